import { HttpError } from 'ra-core';

/** API error codes (the `code` of an error body) that have a message of their own. */
const BY_CODE: Record<string, string> = {
  STALE_VERSION: 'tsunagu.errors.stale_version',
  USER_EMAIL_TAKEN: 'tsunagu.errors.email_taken',
  CENTER_CODE_TAKEN: 'tsunagu.errors.center_code_taken',
  USER_SELF_LOCKOUT: 'tsunagu.errors.self_lockout',
  USER_CENTER: 'tsunagu.errors.user_center',
};

const BY_STATUS: Record<number, string> = {
  400: 'tsunagu.errors.invalid',
  403: 'tsunagu.errors.forbidden',
  404: 'tsunagu.errors.not_found',
  409: 'tsunagu.errors.conflict',
  422: 'tsunagu.errors.rule',
  429: 'tsunagu.errors.too_many_attempts',
};

/**
 * The i18n key to show for an API error. react-admin translates a notification's message, so
 * mapping here means the person sees Japanese (or English), never the API's English text.
 */
export function errorMessageKey(status: number, body: unknown): string {
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && BY_CODE[code]) return BY_CODE[code];
  if (BY_STATUS[status]) return BY_STATUS[status];
  if (status >= 500) return 'tsunagu.errors.server';
  return 'ra.notification.http_error';
}

/** Keeps status and body (checkError and forms rely on them) and swaps the message for an i18n key. */
export function toAppError(error: unknown): unknown {
  if (error instanceof HttpError && error.status !== 401) {
    return new HttpError(errorMessageKey(error.status, error.body), error.status, error.body);
  }
  return error;
}
