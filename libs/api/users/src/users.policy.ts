import { ROLES } from '@tsunagu/contracts';
import { AuthUser, DomainError, ListSpec } from '@tsunagu/api-core';

/**
 * Who sees which users and centers: admin everything; a supervisor the users and the center
 * of their own center. Every query takes the scope this returns, so nothing else leaks.
 */
export function orgScope(actor: AuthUser): { centerId?: string } {
  if (actor.role === 'admin') return {};
  if (actor.role === 'supervisor' && actor.centerId) return { centerId: actor.centerId };
  throw new DomainError('forbidden', 'ORG_FORBIDDEN', 'Only administrators and supervisors read users and centers');
}

type UserField = 'email' | 'name' | 'nameKana' | 'role' | 'centerId' | 'active' | 'createdAt';
export const USER_LIST_SPEC: ListSpec<UserField> = {
  sortable: ['email', 'name', 'nameKana', 'role', 'centerId', 'active', 'createdAt'],
  filters: { q: 'string', role: { enum: ROLES }, centerId: 'uuid', active: 'boolean' },
  // By reading (よみ), then by name for those without one: kanji in code-point order is no order.
  defaultSort: { field: 'nameKana', order: 'ASC' },
};
export const USER_COLUMNS: Record<UserField, string> = {
  email: 'u.email',
  name: 'u.name',
  nameKana: 'u.sort_name',
  role: 'u.role',
  centerId: 'u.center_id',
  active: 'u.active',
  createdAt: 'u.created_at',
};

type CenterField = 'name' | 'code' | 'createdAt';
export const CENTER_LIST_SPEC: ListSpec<CenterField> = {
  sortable: ['name', 'code', 'createdAt'],
  filters: { q: 'string', code: 'string' },
  defaultSort: { field: 'code', order: 'ASC' },
};
export const CENTER_COLUMNS: Record<CenterField, string> = { name: 'c.name', code: 'c.code', createdAt: 'c.created_at' };
