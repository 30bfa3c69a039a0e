/** Intl locale of the app's locale: Japanese figures and dates unless English was chosen. */
export const intlLocale = (locale: string | undefined) => (locale === 'en' ? 'en-GB' : 'ja-JP');

const counts = new Map<string, Intl.NumberFormat>();
const months = new Map<string, Intl.DateTimeFormat>();

/** A count as people read it: 1,234 (ja-JP and en alike group by thousands). */
export function formatCount(n: number | null | undefined, locale?: string): string {
  const key = intlLocale(locale);
  const format = counts.get(key) ?? new Intl.NumberFormat(key);
  counts.set(key, format);
  return format.format(n ?? 0);
}

/** A month (YYYY-MM): 2026年4月 in Japanese, Apr 2026 in English. */
export function formatMonth(month: string, locale?: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  const key = intlLocale(locale);
  const format = months.get(key) ?? new Intl.DateTimeFormat(key, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  months.set(key, format);
  return format.format(new Date(Date.UTC(y, m - 1, 1)));
}
