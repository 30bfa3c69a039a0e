import { EntityManager, In, IsNull } from 'typeorm';
import { Agency } from './agency.entity';

/** Whether every one of these ids is a (not voided) partner agency of the center; true for none. */
export async function areAgenciesOfCenter(m: EntityManager, centerId: string, ids: readonly string[]): Promise<boolean> {
  if (!ids.length) return true;
  const found = await m.countBy(Agency, { id: In([...new Set(ids)]), centerId, voidedAt: IsNull() });
  return found === new Set(ids).size;
}
