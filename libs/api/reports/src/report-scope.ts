import { AuthUser, invalid } from '@tsunagu/api-core';
import { Case, scopeCases } from '@tsunagu/api-cases';
import { fromBuilder, type Sql } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';

/**
 * The cases a report counts, as SQL selecting their rows (`v`, materialized once per report): a
 * supervisor's center, a coordinator's own caseload, a staff member's center (for referral figures
 * only), or for an admin every center (or the one asked for). Voided cases never count.
 */
export function reportScope(db: DataSource, actor: AuthUser, centerId?: string): Sql {
  if (centerId && actor.role !== 'admin') throw invalid('REPORT_CENTER', 'centerId is for administrators only');
  const qb = db.createQueryBuilder().from(Case, 'c').select('c.*');
  if (actor.role === 'admin') {
    qb.where('c.voided_at IS NULL');
    if (centerId) qb.andWhere('c.center_id = :reportCenter', { reportCenter: centerId });
  } else {
    scopeCases(qb, 'c', actor);
  }
  return fromBuilder(qb);
}
