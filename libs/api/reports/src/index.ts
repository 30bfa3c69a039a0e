export * from './reports.module';
export { activitySql } from './activity.sql';
export { caseloadSql } from './caseload.sql';
