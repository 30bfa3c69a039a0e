export {
  canAccess,
  CASE_ACTIONS,
  CONSENT_ACTIONS,
  REFERRAL_ACTIONS,
  REPORT_ACTIONS,
  REPORTS,
  USER_ACTIONS,
  type AccessActor,
  type CanAccessParams,
} from './can-access';
export { authProvider, createAuthProvider, type Credentials } from './auth-provider';
export {
  createDataProvider,
  dataProvider,
  timelineResource,
  type AttendanceEntry,
  type ConsentCoverage,
  type ConsentCoverageQuery,
  type DuplicateQuery,
  type ExportQuery,
  REPORT_NAMES,
  type ReportName,
  type ReportQuery,
  type TsunaguDataProvider,
  type UsualAttendee,
  type WithdrawConsentBody,
} from './data-provider';
export { errorCode, errorMessageKey } from './errors';
export { API_URL, downloadFile, filenameOf, httpClient, type DownloadedFile } from './http-client';
export { createBody, updateBody } from './request-body';
export { session } from './session';
export { useApiQuery, useTsunaguDataProvider, type ApiQueryState } from './use-api';
