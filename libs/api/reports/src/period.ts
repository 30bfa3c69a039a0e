import { japanDate, periodProblem } from '@tsunagu/contracts';
import { invalid } from '@tsunagu/api-core';
import { sql, type Sql } from '@tsunagu/api-database';

/** A report's period: first and last day, inclusive, as Japan dates (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** The period asked for, defaulting to this month so far; at most ten years, `from` not after `to`. */
export function periodOf(q: { from?: string; to?: string }): Period {
  const today = japanDate();
  const from = q.from ?? `${today.slice(0, 7)}-01`;
  const to = q.to ?? today;
  const problem = periodProblem(from, to);
  if (problem === 'order') throw invalid('REPORT_PERIOD', 'from must not be after to');
  if (problem === 'too_long') throw invalid('REPORT_PERIOD', 'A report covers at most ten years');
  return { from, to };
}

/**
 * The period in a report's SQL: F and T, its first and last day as parameters; start and end, the
 * instants its Japan days begin and end (for timestamps), whatever the server's time zone.
 */
export function periodBounds(period: Period): { F: Sql; T: Sql; start: Sql; end: Sql } {
  const F = sql`${period.from}`;
  const T = sql`${period.to}`;
  return {
    F,
    T,
    start: sql`(${F}::date::timestamp AT TIME ZONE 'Asia/Tokyo')`,
    end: sql`((${T}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`,
  };
}
