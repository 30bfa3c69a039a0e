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
