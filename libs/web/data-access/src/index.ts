export { canAccess, CASE_ACTIONS, CONSENT_ACTIONS, REFERRAL_ACTIONS, REPORT_ACTIONS, REPORTS } from './can-access';
export { account, userAdmin, useSession } from './account';
export { ACCOUNT_PATH, authProvider, SecondFactorRequired, type SignOut } from './auth-provider';
export {
  dataProvider,
  timelineResource,
  type AttendanceEntry,
  type ConsentCoverage,
  type ConsentCoverageQuery,
  type DuplicateQuery,
  type ReportName,
  type ReportQuery,
  type SummarySheetQuery,
  type UsualAttendee,
} from './data-provider';
export { drafts } from './drafts';
export { errorCode, toAppError } from './errors';
export { fieldErrorsOf } from './field-errors';
export { watchIdle } from './idle';
export { session } from './session';
export { useApiQuery, useTsunaguDataProvider } from './use-api';
