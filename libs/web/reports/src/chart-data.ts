import { AGENCY_TYPES, INTERVIEW_METHODS, REFERRAL_STATUSES, type ActivityReport, type ReferralStatus } from '@tsunagu/contracts';
import { monthsOf, type Period } from './period';

/** How contacts are counted by method: the interview methods, outreach visits, program attendance. */
export const CONTACT_METHODS = [...INTERVIEW_METHODS, 'outreach', 'program'] as const;

/** One bar of the monthly chart: the month and a count per method. */
export type MonthRow = { month: string; total: number } & Record<string, number | string>;

/** A count per key in a fixed order (a chart's bars, a small table's rows). */
export interface CountRow<K extends string = string> {
  key: K;
  count: number;
}

/** `order` first, then any key the API added that the screen does not know yet. */
function keysIn(order: readonly string[], data: Record<string, unknown>): string[] {
  return [...order, ...Object.keys(data).filter((k) => !order.includes(k))];
}

/**
 * The stacked monthly bars: every month of the period (months without contacts as zeros), each
 * with a count per method; only methods used in the period, in the usual order, get a series.
 */
export function monthlyContacts(byMonth: ActivityReport['contactsByMonth'] | undefined, period: Period): { rows: MonthRow[]; methods: string[] } {
  const data = byMonth ?? {};
  const used = new Set(Object.values(data).flatMap((methods) => Object.entries(methods).filter(([, n]) => n > 0).map(([m]) => m)));
  const methods = keysIn(CONTACT_METHODS, Object.fromEntries([...used].map((m) => [m, true]))).filter((m) => used.has(m));
  const months = [...new Set([...monthsOf(period), ...Object.keys(data)])].sort();
  const rows = months.map((month) => {
    const counts = data[month] ?? {};
    const row: MonthRow = { month, total: 0 };
    for (const method of methods) {
      const n = counts[method] ?? 0;
      row[method] = n;
      row.total += n;
    }
    return row;
  });
  return { rows, methods };
}

/** Counts in the given order (every key, zeros included), then unknown keys. */
export function countRows<K extends string>(counts: Partial<Record<K, number>> | undefined, order: readonly K[]): CountRow<K>[] {
  const data = (counts ?? {}) as Record<string, number>;
  return keysIn(order, data).map((key) => ({ key: key as K, count: data[key] ?? 0 }));
}

export const totalOf = (rows: ReadonlyArray<{ count: number }>) => rows.reduce((sum, r) => sum + r.count, 0);

/** One bar of the referral chart: an agency type with its referrals by status. */
export type ReferralRow = { type: string; total: number } & Partial<Record<ReferralStatus, number>>;

/**
 * Referrals by agency type and status, for stacked horizontal bars: only the types referred to,
 * most referrals first (ties in the national statistics' order); statuses in lifecycle order.
 */
export function referralRows(byType: ActivityReport['referralsByAgencyType'] | undefined): { rows: ReferralRow[]; statuses: ReferralStatus[] } {
  const data = byType ?? {};
  const used = new Set<string>();
  const rows = Object.entries(data)
    .map(([type, statuses]) => {
      const row: ReferralRow = { type, total: 0 };
      for (const [status, n] of Object.entries(statuses)) {
        if (!n) continue;
        used.add(status);
        row[status as ReferralStatus] = n;
        row.total += n;
      }
      return row;
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || rank(a.type) - rank(b.type));
  const statuses = keysIn(REFERRAL_STATUSES, Object.fromEntries([...used].map((s) => [s, true]))).filter((s) => used.has(s)) as ReferralStatus[];
  return { rows, statuses };
}

const rank = (type: string) => {
  const i = (AGENCY_TYPES as readonly string[]).indexOf(type);
  return i === -1 ? AGENCY_TYPES.length : i;
};

/** The key of consultations whose municipality is not known (the API's ''). */
export const UNKNOWN_MUNICIPALITY = '';

/**
 * 相談受付 by the person's municipality: most consultations first (ties by name, in Japanese
 * order), those of unknown municipality last; municipalities without any left out.
 */
export function municipalityRows(byMunicipality: Record<string, number> | null | undefined): CountRow[] {
  const collator = new Intl.Collator('ja');
  return Object.entries(byMunicipality ?? {})
    .filter(([, n]) => n > 0)
    .map(([key, count]) => ({ key, count }))
    .sort(
      (a, b) =>
        Number(a.key === UNKNOWN_MUNICIPALITY) - Number(b.key === UNKNOWN_MUNICIPALITY) ||
        b.count - a.count ||
        collator.compare(a.key, b.key),
    );
}
