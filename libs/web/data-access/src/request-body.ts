type Values = Record<string, unknown>;

/** Fields the server owns: never sent back (the API refuses unknown fields with 400). */
const SERVER_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'version']);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The body of a PUT: only the fields that differ from the record as it was loaded, plus the
 * `version` it was loaded at (a stale version answers 409). A field the record never had and the
 * form left blank (e.g. an optional new password) is not sent.
 */
export function updateBody(data: Values, previousData: Values | undefined): Values {
  const before = previousData ?? {};
  const body: Values = {};
  for (const [key, value] of Object.entries(data)) {
    if (SERVER_FIELDS.has(key) || value === undefined) continue;
    if (!(key in before) && isBlank(value)) continue;
    if (!same(value, before[key])) body[key] = value;
  }
  const version = before['version'] ?? data['version'];
  if (version !== undefined) body['version'] = version;
  return body;
}

/** The body of a POST: the fields the form filled in, without blanks or server-owned fields. */
export function createBody(data: Values): Values {
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !SERVER_FIELDS.has(key) && !isBlank(value)));
}
