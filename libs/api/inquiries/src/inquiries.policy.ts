import { mayDo, RESOURCES } from '@tsunagu/contracts';
import { AuthUser, tenantOf } from '@tsunagu/api-core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * First contacts belong to the center (docs/domain.md, "Who sees what"): coordinators and the
 * supervisor read the whole log, since nobody is assigned yet; liaison staff, who answer the phone
 * too, read the contacts they logged; the administrator and other centers read none.
 */
const readsWholeLog = (actor: AuthUser) => mayDo(actor.role, RESOURCES.inquiries, 'chain');

/** Restricts a query over `inquiries` (alias `i`) to what the actor may read. */
export function scopeInquiries<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: AuthUser): SelectQueryBuilder<T> {
  qb.andWhere('i.center_id = :tenant', { tenant: tenantOf(actor) });
  if (!readsWholeLog(actor)) qb.andWhere('i.created_by = :me', { me: actor.id });
  return qb;
}

