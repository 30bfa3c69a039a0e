export * from './reports.module';
export { activitySql } from './activity.sql';
export { REPORT_CASE_COLUMNS, REPORT_WORK_MEM } from './report-scope';
export { caseloadSql } from './caseload.sql';
