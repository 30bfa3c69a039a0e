import { AUDIT_ACTIONS } from '@tsunagu/contracts';
import { AuthUser, DomainError, ListSpec } from '@tsunagu/api-core';

type AuditField = 'at' | 'userId' | 'action' | 'entity' | 'entityId' | 'caseId' | 'caseNumber' | 'from' | 'to';

export const AUDIT_LIST_SPEC: ListSpec<AuditField> = {
  sortable: ['at', 'action', 'entity'],
  // `from` and `to` are days (Japan time), both included.
  filters: { userId: 'uuid', action: { enum: AUDIT_ACTIONS }, entity: 'string', entityId: 'uuid', caseId: 'uuid', caseNumber: 'string', from: 'date', to: 'date' },
  defaultSort: { field: 'at', order: 'DESC' },
};

export const AUDIT_COLUMNS: Record<Exclude<AuditField, 'from' | 'to'>, string> = {
  at: 'a.at',
  userId: 'a.user_id',
  action: 'a.action',
  entity: 'a.entity',
  entityId: 'a.entity_id',
  caseId: 'a.case_id',
  caseNumber: 'c.case_number',
};

/** Admin reads the whole trail; a supervisor reads their own center's. Nobody else reads it. */
export function auditScope(actor: AuthUser): { centerId?: string } {
  if (actor.role === 'admin') return {};
  if (actor.role === 'supervisor' && actor.centerId) return { centerId: actor.centerId };
  throw new DomainError('forbidden', 'AUDIT_FORBIDDEN', 'Only administrators and supervisors read the audit log');
}
