export { auditLogs, CaseAccessHistory } from './audit-logs';
export { centers } from './centers';
export { users } from './users';
export { AccountPage } from './account';
