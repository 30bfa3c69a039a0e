/** Intl locale of the app's locale: Japanese figures and dates unless English was chosen. */
export const intlLocale = (locale: string | undefined) => (locale === 'en' ? 'en-GB' : 'ja-JP');

const counts = new Map<string, Intl.NumberFormat>();
const months = new Map<string, Intl.DateTimeFormat>();

/** A count as people read it: 1,234 (ja-JP and en alike group by thousands). */
export function formatCount(n: number | null | undefined, locale?: string): string {
  const key = intlLocale(locale);
  if (!counts.has(key)) counts.set(key, new Intl.NumberFormat(key));
  return counts.get(key)!.format(n ?? 0);
}

/** A month (YYYY-MM): 2026年4月 in Japanese, Apr 2026 in English. */
export function formatMonth(month: string, locale?: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  const key = intlLocale(locale);
  if (!months.has(key)) months.set(key, new Intl.DateTimeFormat(key, { year: 'numeric', month: 'short', timeZone: 'UTC' }));
  return months.get(key)!.format(new Date(Date.UTC(y, m - 1, 1)));
}
