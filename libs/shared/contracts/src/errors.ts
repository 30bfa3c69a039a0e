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
  'NOTE_AUTHOR_ONLY',
  'STAFF_UNKNOWN',
  'AGENCY_UNKNOWN',
  'ATTENDEE',
  'PROGRAM_CENTER',
  'SESSION_IN_FUTURE',
  'SESSION_HAS_ATTENDANCE',
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
