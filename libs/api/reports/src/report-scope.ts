import { AuthUser, invalid, tenantOf } from '@tsunagu/api-core';
import { Case, scopeCases } from '@tsunagu/api-cases';
import { fromBuilder, sql, type Sql } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';
import type { Reach } from './activity.sql';

/** Memory for each sort or hash of a report's statement (per operation, and only as much as it uses). */
export const REPORT_WORK_MEM = '64MB';

/** What the reports read of a case (`v`): not whole rows, which for every center would be 300,000 names and notes to carry. */
export const REPORT_CASE_COLUMNS = ['id', 'center_id', 'lead_coordinator_id', 'status', 'opened_on', 'closed_on', 'client_contact', 'sex', 'birth_date', 'birth_year', 'hikikomori_since'];

/**
 * The cases a report counts, as SQL selecting their rows (`v`, materialized once per report): a
 * supervisor's center, a coordinator's own caseload, a staff member's center (for referral figures
 * only), or for an admin every center (or the one asked for). Voided cases never count, nor a
 * duplicate merged into another case (the person is counted once, on the surviving case).
 */
export function reportScope(db: DataSource, actor: AuthUser, centerId?: string): Sql {
  if (centerId && actor.role !== 'admin') throw invalid('REPORT_CENTER', 'centerId is for administrators only');
  const qb = db.createQueryBuilder().from(Case, 'c').select('c.id', 'id');
  for (const column of REPORT_CASE_COLUMNS.slice(1)) qb.addSelect(`c.${column}`, column);
  if (actor.role === 'admin') {
    qb.where('c.voided_at IS NULL');
    if (centerId) qb.andWhere('c.center_id = :reportCenter', { reportCenter: centerId });
  } else {
    scopeCases(qb, 'c', actor);
  }
  qb.andWhere('c.merged_into_id IS NULL');
  return fromBuilder(qb);
}

/** Every center's cases are reached through the period's records, a center's case by case (see `Reach`). */
export function reachOf(actor: AuthUser, centerId?: string): Reach {
  return actor.role === 'admin' && !centerId ? 'by_time' : 'per_case';
}

/**
 * The first contacts a report counts, as SQL selecting their rows: an administrator's every center
 * (or the one asked for), a supervisor's center, and for a coordinator the contacts they took (their
 * own work, as their caseload is). Current and voided alike: the report drops the voided ones.
 */
export function inquiryScope(actor: AuthUser, centerId?: string): Sql {
  if (actor.role === 'admin') return centerId ? sql`SELECT * FROM inquiries WHERE center_id = ${centerId}` : sql`SELECT * FROM inquiries`;
  if (actor.role === 'coordinator') return sql`SELECT * FROM inquiries WHERE center_id = ${tenantOf(actor)} AND created_by = ${actor.id}`;
  return sql`SELECT * FROM inquiries WHERE center_id = ${tenantOf(actor)}`;
}

/**
 * Whom the caseload report has a row for: for an administrator each center (counts only, no
 * names of staff or clients), for a coordinator themselves, for a supervisor every coordinator and
 * supervisor of the center who is active or still leads a case.
 */
export function caseloadRowsFor(actor: AuthUser, centerId?: string): { people: Sql; mode: 'person' | 'center' } {
  if (actor.role === 'admin') {
    return { mode: 'center', people: centerId ? sql`SELECT id, name, name AS sort_name FROM centers WHERE id = ${centerId}` : sql`SELECT id, name, name AS sort_name FROM centers` };
  }
  if (actor.role === 'coordinator') return { mode: 'person', people: sql`SELECT id, name, sort_name FROM users WHERE id = ${actor.id}` };
  return {
    mode: 'person',
    // Staff by their reading (よみ), as every list of people: sort_name (migration UserNameKana).
    people: sql`SELECT u.id, u.name, u.sort_name FROM users u WHERE u.center_id = ${tenantOf(actor)} AND u.role IN ('coordinator', 'supervisor')
                  AND (u.active OR EXISTS (SELECT 1 FROM cases c WHERE c.lead_coordinator_id = u.id AND c.voided_at IS NULL))`,
  };
}
