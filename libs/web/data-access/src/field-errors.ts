/**
 * The API names each bad field in a 400's `message` ("summary must be a string", "heldAt must be a
 * date and time with an offset…"). These rules turn each into the field it concerns and a message
 * a person reads (an i18n key), so that a form shows it on the input, in Japanese.
 */
const RULES: ReadonlyArray<[RegExp, string]> = [
  [/ should not be empty$| must be longer than or equal to 1 characters$/, 'tsunagu.validation.required'],
  [/ must be shorter than or equal to \d+ characters$/, 'tsunagu.validation.too_long'],
  [/ must be longer than or equal to \d+ characters$/, 'tsunagu.validation.too_short'],
  [/ must be a single line/, 'tsunagu.validation.single_line'],
  [/ must not contain control characters$/, 'tsunagu.validation.control_characters'],
  [/ must be written in kana$/, 'tsunagu.validation.kana'],
  [/ cannot be in the future$/, 'tsunagu.validation.future'],
  [/ must be a date and time with an offset/, 'tsunagu.validation.datetime'],
  [/ must be a date \(YYYY-MM-DD\)$/, 'tsunagu.validation.date'],
  [/ must be a year and month/, 'tsunagu.validation.month'],
  [/ must be an email$/, 'tsunagu.validation.email'],
  [/ must be one of the following values/, 'tsunagu.validation.choice'],
  [/ must not be (less|greater) than /, 'tsunagu.validation.range'],
];

/** The i18n key for a failing field's message; anything else about the field is "check this value". */
const keyOf = (message: string) => RULES.find(([pattern]) => pattern.test(message))?.[1] ?? 'tsunagu.validation.invalid';

/** The field a message is about: its first word (`each value in riskFlags …` names riskFlags). */
function fieldOf(message: string): string | undefined {
  const m = /^(?:each value in )?([A-Za-z][A-Za-z0-9]*)(?:\.\d+)?[ .]/.exec(message);
  return m && !/^(property|the|The|A|An)$/.test(m[1]) ? m[1] : undefined;
}

/**
 * The errors of a 400 body by field, as react-admin's forms take them from a rejected save
 * (`body.errors`): the first message of each field wins. Messages that name no input field
 * (an unknown property, a malformed body) are left to the notification.
 */
export function fieldErrorsOf(body: unknown): Record<string, string> | undefined {
  const message = (body as { message?: unknown } | null)?.message;
  const messages = Array.isArray(message) ? message : typeof message === 'string' ? [message] : [];
  const errors: Record<string, string> = {};
  for (const text of messages) {
    if (typeof text !== 'string') continue;
    const field = fieldOf(text);
    if (field && !errors[field]) errors[field] = keyOf(text);
  }
  return Object.keys(errors).length ? errors : undefined;
}
