import { AuthUser } from './auth-user';

/**
 * The center a user's queries are confined to: their own, or none for an admin (who works across
 * centers). Every query on center-owned data puts this in its WHERE clause.
 */
export function tenantOf(actor: Pick<AuthUser, 'role' | 'centerId'>): string | undefined {
  if (actor.role === 'admin') return undefined;
  if (!actor.centerId) throw new Error(`A ${actor.role} without a center`);
  return actor.centerId;
}
