export const AUDIT_ACTIONS = ['read', 'create', 'update', 'void', 'export', 'login', 'login_failed'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditLogDto {
  id: string;
  at: string;
  userId: string | null;
  centerId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  caseId: string | null;
}
