export { canAccess, CASE_ACTIONS, CONSENT_ACTIONS, REFERRAL_ACTIONS, REPORT_ACTIONS, REPORTS } from './can-access';
export { authProvider } from './auth-provider';
export {
  dataProvider,
  timelineResource,
  type AttendanceEntry,
  type ConsentCoverage,
  type ConsentCoverageQuery,
  type DuplicateQuery,
  type ReportName,
  type ReportQuery,
  type UsualAttendee,
} from './data-provider';
export { errorCode, toAppError } from './errors';
export { useApiQuery, useTsunaguDataProvider } from './use-api';
