import { fiscalYear, japanDate, MAX_PERIOD_YEARS, periodProblem } from '@tsunagu/contracts';

/** A report's period: first and last day (YYYY-MM-DD, Japan time), both included. */
export interface Period {
  from: string;
  to: string;
}

export const PERIOD_SHORTCUTS = ['this_month', 'last_month', 'this_fiscal_year', 'last_fiscal_year'] as const;
export type PeriodShortcut = (typeof PERIOD_SHORTCUTS)[number];

/** What the person chose: a shortcut (which moves with the calendar) or two dates. */
export type PeriodChoice = { shortcut: PeriodShortcut } | { shortcut: 'custom'; from: string; to: string };

/** The API refuses periods longer than this many calendar years apart (report-scope.ts). */

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Last day of month `m` (1–12) of year `y`. */
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The period of a shortcut on `today` (Japan time). Periods that have not ended stop at today:
 * figures "at the end of the period" (no contact for 30 days, overdue follow-ups) are then
 * today's, never a future day's. The fiscal year runs from April to March.
 */
export function shortcutPeriod(shortcut: PeriodShortcut, today: string = japanDate()): Period {
  const [y, m] = today.split('-').map(Number);
  switch (shortcut) {
    case 'this_month':
      return { from: day(y, m, 1), to: today };
    case 'last_month': {
      const [ly, lm] = m === 1 ? [y - 1, 12] : [y, m - 1];
      return { from: day(ly, lm, 1), to: day(ly, lm, lastDayOf(ly, lm)) };
    }
    case 'this_fiscal_year':
      return { from: day(fiscalYear(today), 4, 1), to: today };
    case 'last_fiscal_year': {
      const fy = fiscalYear(today) - 1;
      return { from: day(fy, 4, 1), to: day(fy + 1, 3, 31) };
    }
  }
}

/** The period a choice stands for on `today`. */
export function periodOf(choice: PeriodChoice, today: string = japanDate()): Period {
  return choice.shortcut === 'custom' ? { from: choice.from, to: choice.to } : shortcutPeriod(choice.shortcut, today);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m);
}

/** Two real days in order, at most ten years apart (what the API accepts). */
export function isValidPeriod({ from, to }: Period): boolean {
  return isDay(from) && isDay(to) && periodProblem(from, to) === null;
}

/** The Japanese fiscal year a period is exactly (1 April to 31 March), else null. */
export function fiscalYearOf({ from, to }: Period): number | null {
  const fy = fiscalYear(from);
  return from === day(fy, 4, 1) && to === day(fy + 1, 3, 31) ? fy : null;
}

/** Every month a period touches, as YYYY-MM, in order. */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 12 * (MAX_PERIOD_YEARS + 1); guard++) {
    const month = `${y}-${pad(m)}`;
    if (month > end) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}
