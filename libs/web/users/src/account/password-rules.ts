/** The API's PASSWORD_WEAK messages name the rule broken (in English); each has its own message here. */
const RULES: ReadonlyArray<[RegExp, string]> = [
  [/at least \d+ characters/, 'tsunagu.account.password.too_short'],
  [/email address/, 'tsunagu.account.password.rule_email'],
  [/most common passwords/, 'tsunagu.account.password.rule_common'],
  [/different characters/, 'tsunagu.account.password.rule_variety'],
  [/differ from the current/, 'tsunagu.account.password.rule_same'],
];

/** The message (an i18n key) for the rule a refused new password broke. */
export function passwordRuleKey(body: unknown): string {
  const message = (body as { message?: unknown } | null)?.message;
  const text = Array.isArray(message) ? message.join(' ') : typeof message === 'string' ? message : '';
  return RULES.find(([pattern]) => pattern.test(text))?.[1] ?? 'tsunagu.errors.password_weak';
}
