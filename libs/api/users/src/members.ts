import type { Role } from '@tsunagu/contracts';
import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';

/**
 * Which of these users are active members of the center (with one of `roles`, when given): who
 * may be named as staff on a record, as a lead or second coordinator, as responsible for a referral.
 */
export async function activeMembersOf(m: EntityManager, centerId: string, ids: readonly string[], roles?: readonly Role[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const users = await m.find(User, { select: { id: true }, where: { id: In([...ids]), centerId, active: true, ...(roles ? { role: In([...roles]) } : {}) } });
  return new Set(users.map((u) => u.id));
}

/** The center's active users by name and email (to find who a spreadsheet names), in a stable order. */
export function activeMembers(m: EntityManager, centerId: string): Promise<Array<Pick<User, 'id' | 'name' | 'email' | 'role'>>> {
  return m.find(User, { select: { id: true, name: true, email: true, role: true }, where: { centerId, active: true }, order: { email: 'ASC' } });
}
