import { japanDate } from '@tsunagu/contracts';
import { AuthUser, DomainError } from '@tsunagu/api-core';
import { Case, scopeCases } from '@tsunagu/api-cases';
import { DataSource } from 'typeorm';
import { ReportQueryDto } from './report-query.dto';

export interface Period {
  from: string;
  to: string;
}

/** The period asked for, defaulting to this month so far; at most ten years, `from` not after `to`. */
export function periodOf(q: ReportQueryDto): Period {
  const today = japanDate();
  const from = q.from ?? `${today.slice(0, 7)}-01`;
  const to = q.to ?? today;
  if (from > to) throw new DomainError('invalid', 'REPORT_PERIOD', 'from must not be after to');
  if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10) throw new DomainError('invalid', 'REPORT_PERIOD', 'A report covers at most ten years');
  return { from, to };
}

/**
 * The cases a report counts, as SQL selecting their rows (`v`, materialized once per report): a supervisor's center, a coordinator's own
 * caseload, a staff member's center (for referral figures only), or for an admin every center
 * (or the one asked for). Voided cases never count.
 */
export function reportScope(db: DataSource, actor: AuthUser, centerId?: string): { sql: string; params: unknown[] } {
  if (centerId && actor.role !== 'admin') throw new DomainError('invalid', 'REPORT_CENTER', 'centerId is for administrators only');
  const qb = db.createQueryBuilder().from(Case, 'c').select('c.*');
  if (actor.role === 'admin') {
    qb.where('c.voided_at IS NULL');
    if (centerId) qb.andWhere('c.center_id = :reportCenter', { reportCenter: centerId });
  } else {
    scopeCases(qb, 'c', actor);
  }
  const [sql, params] = qb.getQueryAndParameters();
  return { sql, params };
}
