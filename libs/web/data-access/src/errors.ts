import type { ErrorCode } from '@tsunagu/contracts';
import { HttpError } from 'ra-core';
import { fieldErrorsOf } from './field-errors';

/** The message of each API error code (the `code` of an error body), as an i18n key. */
const BY_CODE: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'tsunagu.errors.unauthenticated',
  INVALID_CREDENTIALS: 'tsunagu.errors.invalid_credentials',
  LOGIN_LOCKED: 'tsunagu.errors.too_many_attempts',
  LOGIN_THROTTLED: 'tsunagu.errors.too_many_from_here',
  SESSION_ENDED: 'tsunagu.errors.session_ended',
  CSRF_INVALID: 'tsunagu.errors.session_ended',
  SECOND_FACTOR_INVALID: 'tsunagu.errors.second_factor_invalid',
  PASSWORD_WEAK: 'tsunagu.errors.password_weak',
  CURRENT_PASSWORD_WRONG: 'tsunagu.errors.current_password_wrong',
  PASSWORD_CHANGE_REQUIRED: 'tsunagu.errors.password_change_required',
  TWO_FACTOR_ENROLMENT_REQUIRED: 'tsunagu.errors.two_factor_required',
  TWO_FACTOR_STATE: 'tsunagu.errors.two_factor_state',
  ROLE_FORBIDDEN: 'tsunagu.errors.forbidden',
  SUPERVISOR_ONLY: 'tsunagu.errors.supervisor_only',
  NO_ACCESS_RULE: 'tsunagu.errors.forbidden',
  CASE_FORBIDDEN: 'tsunagu.errors.forbidden',
  AUDIT_FORBIDDEN: 'tsunagu.errors.forbidden',
  ORG_FORBIDDEN: 'tsunagu.errors.forbidden',
  NOT_FOUND: 'tsunagu.errors.not_found',
  STALE_VERSION: 'tsunagu.errors.stale_version',
  INVALID_LIST_QUERY: 'tsunagu.errors.invalid',
  FUTURE_DATE: 'tsunagu.errors.future_date',
  CENTER_CODE_TAKEN: 'tsunagu.errors.center_code_taken',
  USER_EMAIL_TAKEN: 'tsunagu.errors.email_taken',
  USER_SELF_LOCKOUT: 'tsunagu.errors.self_lockout',
  USER_CENTER: 'tsunagu.errors.user_center',
  CASE_STATUS: 'tsunagu.errors.illegal_status',
  CASE_CLOSURE_REASON: 'tsunagu.errors.closure_reason_required',
  CASE_CLOSURE_FIELDS: 'tsunagu.errors.closure_fields',
  CASE_CLOSED_BEFORE_OPENED: 'tsunagu.errors.closed_before_opened',
  CASE_COORDINATORS: 'tsunagu.errors.case_coordinators',
  CASE_LEAD_REQUIRED: 'tsunagu.errors.lead_required',
  CASE_BIRTH: 'tsunagu.errors.birth_mismatch',
  CASE_FIELD_FORBIDDEN: 'tsunagu.errors.referral_view_field',
  DUPLICATE_QUERY: 'tsunagu.errors.duplicate_query',
  SUMMARY_SHEET_PERIOD: 'tsunagu.errors.summary_sheet_period',
  CASE_POSSIBLE_DUPLICATE: 'tsunagu.errors.possible_duplicate',
  CLOSURE_REQUEST_PENDING: 'tsunagu.errors.closure_request_pending',
  CLOSURE_NOT_REQUESTED: 'tsunagu.errors.closure_not_requested',
  CASE_MERGE: 'tsunagu.errors.case_merge',
  CASE_PAUSE_NOTE: 'tsunagu.errors.pause_note',
  FAMILY_UNKNOWN: 'tsunagu.errors.family_unknown',
  CONSENT_WITHDRAWN: 'tsunagu.errors.consent_withdrawn',
  CONSENT_DATES: 'tsunagu.errors.consent_dates',
  CONSENT_GIVER: 'tsunagu.errors.consent_giver',
  CONSENT_AGENCY: 'tsunagu.errors.consent_agency',
  CONSENT_CATEGORIES: 'tsunagu.errors.consent_categories',
  CONSENT_SUBJECT: 'tsunagu.errors.consent_subject',
  OUTREACH_CONSENT_REQUIRED: 'tsunagu.errors.outreach_consent_required',
  CONTACT_BEFORE_OPENED: 'tsunagu.errors.contact_before_opened',
  NEXT_CONTACT_BEFORE_RECORD: 'tsunagu.errors.next_contact_before_record',
  NOTE_AUTHOR_ONLY: 'tsunagu.errors.note_author_only',
  CORRECTION_AUTHOR_ONLY: 'tsunagu.errors.correction_author_only',
  STAFF_UNKNOWN: 'tsunagu.errors.staff_unknown',
  AGENCY_UNKNOWN: 'tsunagu.errors.agency_unknown',
  ATTENDEE: 'tsunagu.errors.attendee',
  PROGRAM_CENTER: 'tsunagu.errors.program_center',
  SESSION_IN_FUTURE: 'tsunagu.errors.session_in_future',
  SESSION_HAS_ATTENDANCE: 'tsunagu.errors.session_has_attendance',
  AGENCY_CENTER: 'tsunagu.errors.agency_center',
  REFERRAL_STATUS: 'tsunagu.errors.illegal_status',
  REFERRAL_STEP_DATE: 'tsunagu.errors.step_date',
  REFERRAL_SENT: 'tsunagu.errors.referral_sent',
  REFERRAL_BASIS: 'tsunagu.errors.referral_basis',
  REFERRAL_SUBJECT: 'tsunagu.errors.referral_subject',
  REFERRAL_RESPONSIBLE: 'tsunagu.errors.referral_responsible',
  DISCLOSURE_CONSENT_REQUIRED: 'tsunagu.errors.disclosure_consent_required',
  DISCLOSURE_CONSENT_AGENCY: 'tsunagu.errors.disclosure_consent_agency',
  DISCLOSURE_BEYOND_CONSENT: 'tsunagu.errors.disclosure_beyond_consent',
  DISCLOSURE_REASON_REQUIRED: 'tsunagu.errors.disclosure_reason_required',
  DISCLOSURE_CATEGORIES: 'tsunagu.errors.disclosure_categories',
  REPORT_CENTER: 'tsunagu.errors.report_center',
  REPORT_PERIOD: 'tsunagu.errors.report_period',
  INQUIRY_CALLER: 'tsunagu.errors.inquiry_caller',
  INQUIRY_REFERRAL: 'tsunagu.errors.inquiry_referral',
  INQUIRY_CONVERTED: 'tsunagu.errors.inquiry_converted',
  ASSESSMENT_SUPERSEDED: 'tsunagu.errors.assessment_superseded',
  ASSESSMENT_ASSESSOR: 'tsunagu.errors.assessment_assessor',
  PLAN_SUPERSEDED: 'tsunagu.errors.plan_superseded',
  PLAN_DAYS: 'tsunagu.errors.plan_days',
  PLAN_GOALS: 'tsunagu.errors.plan_goals',
  PLAN_EVALUATIONS: 'tsunagu.errors.plan_evaluations',
  PLAN_EVALUATION_REQUIRED: 'tsunagu.errors.plan_evaluation_required',
  CONFERENCE_PLEDGE_REQUIRED: 'tsunagu.errors.conference_pledge_required',
  CONFERENCE_ATTENDEES: 'tsunagu.errors.conference_attendees',
  IMPORT_FILE_TYPE: 'tsunagu.errors.import_file_type',
  IMPORT_FILE_UNREADABLE: 'tsunagu.errors.import_file_unreadable',
  IMPORT_MACRO: 'tsunagu.errors.import_macro',
  IMPORT_ENCRYPTED: 'tsunagu.errors.import_encrypted',
  IMPORT_TOO_BIG: 'tsunagu.errors.import_too_big',
  IMPORT_NO_SHEETS: 'tsunagu.errors.import_no_sheets',
  IMPORT_MAPPING: 'tsunagu.errors.import_mapping',
  IMPORT_NOT_DRAFT: 'tsunagu.errors.import_not_draft',
  IMPORT_UNRESOLVED: 'tsunagu.errors.import_unresolved',
  IMPORT_NOT_COMMITTED: 'tsunagu.errors.import_not_committed',
  IMPORT_DECISION: 'tsunagu.errors.import_decision',
};

const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && Object.hasOwn(BY_CODE, code);

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
  if (isErrorCode(code)) return BY_CODE[code];
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

/** Keeps status and body (checkError and forms rely on them), adds a 400's errors by field, and swaps the message for an i18n key. */
export function toAppError(error: unknown): unknown {
  if (error instanceof HttpError && error.status !== 401) {
    // A 400 names its fields: react-admin's forms show `body.errors` on the inputs themselves.
    const errors = error.status === 400 ? fieldErrorsOf(error.body) : undefined;
    const body = errors && typeof error.body === 'object' ? { ...(error.body as object), errors } : error.body;
    return new HttpError(errorMessageKey(error.status, error.body), error.status, body);
  }
  return error;
}
