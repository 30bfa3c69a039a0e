export * from './choices';
export * from './validation';
export { DateTimeField } from './DateTimeField';
export { AuditEntityField } from './AuditEntityField';
