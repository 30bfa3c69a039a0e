import { EntityManager, In, IsNull } from 'typeorm';
import { FamilyMember } from './family-member.entity';

/** Whether every one of these ids is a (not voided) family member of the case; true for none. */
export async function areFamilyOfCase(m: EntityManager, caseId: string, ids: readonly string[]): Promise<boolean> {
  if (!ids.length) return true;
  const found = await m.countBy(FamilyMember, { id: In([...new Set(ids)]), caseId, voidedAt: IsNull() });
  return found === new Set(ids).size;
}
