export * from './choices';
export * from './validation';
export { DateTimeField } from './DateTimeField';
export { AuditEntityField } from './AuditEntityField';
export { CopyButton } from './CopyButton';
export { useReportError } from './report-error';
