export { auditLogs } from './audit-logs';
export { centers } from './centers';
export { users } from './users';
