import { HttpError } from 'ra-core';

/** API error codes (the `code` of an error body) that have a message of their own. */
const BY_CODE: Record<string, string> = {
  STALE_VERSION: 'tsunagu.errors.stale_version',
  USER_EMAIL_TAKEN: 'tsunagu.errors.email_taken',
  CENTER_CODE_TAKEN: 'tsunagu.errors.center_code_taken',
  USER_SELF_LOCKOUT: 'tsunagu.errors.self_lockout',
  USER_CENTER: 'tsunagu.errors.user_center',
  OUTREACH_CONSENT_REQUIRED: 'tsunagu.errors.outreach_consent_required',
  DISCLOSURE_CONSENT_REQUIRED: 'tsunagu.errors.disclosure_consent_required',
  DISCLOSURE_CONSENT_AGENCY: 'tsunagu.errors.disclosure_consent_agency',
  DISCLOSURE_BEYOND_CONSENT: 'tsunagu.errors.disclosure_beyond_consent',
  DISCLOSURE_REASON_REQUIRED: 'tsunagu.errors.disclosure_reason_required',
  CASE_STATUS: 'tsunagu.errors.illegal_status',
  REFERRAL_STATUS: 'tsunagu.errors.illegal_status',
  REFERRAL_STEP_DATE: 'tsunagu.errors.step_date',
  REFERRAL_SENT: 'tsunagu.errors.referral_sent',
  CASE_CLOSURE_REASON: 'tsunagu.errors.closure_reason_required',
  CASE_CLOSED_BEFORE_OPENED: 'tsunagu.errors.closed_before_opened',
  CASE_COORDINATORS: 'tsunagu.errors.case_coordinators',
  CONSENT_WITHDRAWN: 'tsunagu.errors.consent_withdrawn',
  CONSENT_DATES: 'tsunagu.errors.consent_dates',
  SUPERVISOR_ONLY: 'tsunagu.errors.supervisor_only',
  NOTE_AUTHOR_ONLY: 'tsunagu.errors.note_author_only',
  SESSION_IN_FUTURE: 'tsunagu.errors.session_in_future',
  SESSION_HAS_ATTENDANCE: 'tsunagu.errors.session_has_attendance',
};

const BY_STATUS: Record<number, string> = {
  400: 'tsunagu.errors.invalid',
  403: 'tsunagu.errors.forbidden',
  404: 'tsunagu.errors.not_found',
  409: 'tsunagu.errors.conflict',
  422: 'tsunagu.errors.rule',
  429: 'tsunagu.errors.too_many_attempts',
};

/** Every i18n key errorMessageKey can answer with (the catalogs must hold each one). */
export const ERROR_MESSAGE_KEYS: readonly string[] = [...new Set([...Object.values(BY_CODE), ...Object.values(BY_STATUS), 'tsunagu.errors.server'])];

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

/** The API's error code of a failed call, if it gave one. */
export function errorCode(error: unknown): string | undefined {
  const body = (error as { body?: unknown } | null)?.body;
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Keeps status and body (checkError and forms rely on them) and swaps the message for an i18n key. */
export function toAppError(error: unknown): unknown {
  if (error instanceof HttpError && error.status !== 401) {
    return new HttpError(errorMessageKey(error.status, error.body), error.status, error.body);
  }
  return error;
}
