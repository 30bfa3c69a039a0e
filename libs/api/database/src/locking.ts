import { notFound, staleVersion } from '@tsunagu/api-core';
import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { BaseRecord } from './base.entity';

/**
 * Loads a record for change inside a transaction, locking its row, and refuses a stale edit:
 * `where` carries the caller's scope (center, assignment), so a record outside it is "not found".
 */
export async function lockForUpdate<T extends BaseRecord>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  expectedVersion: number | undefined,
  label: string,
): Promise<T> {
  const record = await manager.findOne(entity, { where, lock: { mode: 'pessimistic_write' } });
  if (!record) throw notFound(label);
  if (expectedVersion !== undefined && expectedVersion !== record.version) throw staleVersion(label.toLowerCase());
  return record;
}

/** Names of the fields of `patch` whose values differ from `record` (for audit detail, without values). */
export function changedFields<T extends object>(record: T, patch: Partial<T>): string[] {
  return Object.entries(patch)
    .filter(([key, value]) => value !== undefined && (record as Record<string, unknown>)[key] !== value)
    .map(([key]) => key);
}
