/**
 * The `code` of every refusal the API answers with (beside NestJS's `statusCode`, `message` and
 * `error`). The API raises only these (`DomainError` takes an `ErrorCode`); the web app has a
 * Japanese and an English message for each.
 */
export const ERROR_CODES = [
  // Signing in and access
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'LOGIN_LOCKED',
  'LOGIN_THROTTLED',
  'SESSION_ENDED',
  'CSRF_INVALID',
  'SECOND_FACTOR_INVALID',
  'PASSWORD_WEAK',
  'CURRENT_PASSWORD_WRONG',
  'PASSWORD_CHANGE_REQUIRED',
  'TWO_FACTOR_ENROLMENT_REQUIRED',
  'TWO_FACTOR_STATE',
  'ROLE_FORBIDDEN',
  'SUPERVISOR_ONLY',
  'NO_ACCESS_RULE',
  'CASE_FORBIDDEN',
  'AUDIT_FORBIDDEN',
  'ORG_FORBIDDEN',
  // Any record
  'NOT_FOUND',
  'STALE_VERSION',
  'INVALID_LIST_QUERY',
  'FUTURE_DATE',
  // Centers and users
  'CENTER_CODE_TAKEN',
  'USER_EMAIL_TAKEN',
  'USER_SELF_LOCKOUT',
  'USER_CENTER',
  // Cases and families
  'CASE_STATUS',
  'CASE_CLOSURE_REASON',
  'CASE_CLOSURE_FIELDS',
  'CASE_CLOSED_BEFORE_OPENED',
  'CASE_COORDINATORS',
  'CASE_LEAD_REQUIRED',
  'CASE_BIRTH',
  'CASE_FIELD_FORBIDDEN',
  'DUPLICATE_QUERY',
  'SUMMARY_SHEET_PERIOD',
  'CASE_POSSIBLE_DUPLICATE',
  'CLOSURE_REQUEST_PENDING',
  'CLOSURE_NOT_REQUESTED',
  'CASE_MERGE',
  'CASE_PAUSE_NOTE',
  'FAMILY_UNKNOWN',
  // Consents
  'CONSENT_WITHDRAWN',
  'CONSENT_DATES',
  'CONSENT_GIVER',
  'CONSENT_AGENCY',
  'CONSENT_CATEGORIES',
  'CONSENT_SUBJECT',
  // Contact records and programs
  'OUTREACH_CONSENT_REQUIRED',
  'CONTACT_BEFORE_OPENED',
  'NEXT_CONTACT_BEFORE_RECORD',
  'NOTE_AUTHOR_ONLY',
  'CORRECTION_AUTHOR_ONLY',
  'STAFF_UNKNOWN',
  'AGENCY_UNKNOWN',
  'ATTENDEE',
  'PROGRAM_CENTER',
  'SESSION_IN_FUTURE',
  'SESSION_HAS_ATTENDANCE',
  // First contacts
  'INQUIRY_CALLER',
  'INQUIRY_REFERRAL',
  'INQUIRY_CONVERTED',
  // The support process
  'ASSESSMENT_SUPERSEDED',
  'ASSESSMENT_ASSESSOR',
  'PLAN_SUPERSEDED',
  'PLAN_DAYS',
  'PLAN_GOALS',
  'PLAN_EVALUATIONS',
  'PLAN_EVALUATION_REQUIRED',
  'CONFERENCE_PLEDGE_REQUIRED',
  'CONFERENCE_ATTENDEES',
  // Spreadsheet import
  'IMPORT_FILE_TYPE',
  'IMPORT_FILE_UNREADABLE',
  'IMPORT_MACRO',
  'IMPORT_ENCRYPTED',
  'IMPORT_TOO_BIG',
  'IMPORT_NO_SHEETS',
  'IMPORT_MAPPING',
  'IMPORT_NOT_DRAFT',
  'IMPORT_UNRESOLVED',
  'IMPORT_NOT_COMMITTED',
  'IMPORT_DECISION',
  // Agencies, referrals and disclosures
  'AGENCY_CENTER',
  'REFERRAL_STATUS',
  'REFERRAL_STEP_DATE',
  'REFERRAL_SENT',
  'REFERRAL_BASIS',
  'REFERRAL_SUBJECT',
  'REFERRAL_RESPONSIBLE',
  'DISCLOSURE_CONSENT_REQUIRED',
  'DISCLOSURE_CONSENT_AGENCY',
  'DISCLOSURE_BEYOND_CONSENT',
  'DISCLOSURE_REASON_REQUIRED',
  'DISCLOSURE_CATEGORIES',
  // Reports
  'REPORT_CENTER',
  'REPORT_PERIOD',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The body of every refusal (4xx): NestJS's standard body, with the domain's code where the domain refused.
 * @public (named in the OpenAPI document, by apps/api/openapi/generate.ts)
 */
export interface ErrorBody {
  statusCode: number;
  /** What is wrong, for the person using the app; validation lists one message per field. */
  message: string | string[];
  /** The status's reason phrase, e.g. "Bad Request". */
  error: string;
  code?: ErrorCode;
}
