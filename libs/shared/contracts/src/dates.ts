/** Every day boundary (today, fiscal years, ages, consent validity) is Japan time. */
export const JAPAN_TIME_ZONE = 'Asia/Tokyo';

/** Built once: constructing an Intl formatter is far costlier than using one. */
const JAPAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: JAPAN_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

const DAY_MS = 86_400_000;
/** Today in Japan, kept until the Japan day it belongs to ends (lists ask it once per row). */
let today: { date: string; from: number; until: number } | undefined;

/** The calendar date in Japan at instant `at` (default now), as YYYY-MM-DD. */
export function japanDate(at?: Date): string {
  if (at) return JAPAN_DAY.format(at);
  const now = Date.now();
  if (!today || now < today.from || now >= today.until) {
    const date = JAPAN_DAY.format(new Date(now));
    const from = Date.parse(`${date}T00:00:00+09:00`);
    today = { date, from, until: from + DAY_MS };
  }
  return today.date;
}

const JAPAN_MINUTE = new Intl.DateTimeFormat('en-CA', {
  timeZone: JAPAN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Japan wall-clock date and minute at instant `at`, as zero-padded parts. */
export function japanClock(at: Date): { year: string; month: string; day: string; hour: string; minute: string } {
  const part = Object.fromEntries(JAPAN_MINUTE.formatToParts(at).map((p) => [p.type, p.value]));
  return { year: part['year'], month: part['month'], day: part['day'], hour: part['hour'], minute: part['minute'] };
}

/** The date and time in Japan at instant `at`, as people write it: 2026/12/02 04:02. */
export function japanDateTimeText(at: Date): string {
  const { year, month, day, hour, minute } = japanClock(at);
  return `${year}/${month}/${day} ${hour}:${minute}`;
}

/** Japanese fiscal year (April–March) of a YYYY-MM-DD date: 2027-03-31 → 2026. */
/** The longest period a report or a case summary sheet covers. */
export const MAX_PERIOD_YEARS = 10;

/**
 * What is wrong with a period of Japan days (YYYY-MM-DD, both included), if anything: `from` after
 * `to`, or more than MAX_PERIOD_YEARS (by calendar year). The API and the screens ask the same.
 */
export function periodProblem(from: string, to: string): 'order' | 'too_long' | null {
  if (from > to) return 'order';
  return Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > MAX_PERIOD_YEARS ? 'too_long' : null;
}

export function fiscalYear(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** Full years between a birth date (or, failing that, a birth year counted from 1 January) and `on`. */
export function ageOn(on: string, birthDate: string | null, birthYear: number | null): number | null {
  const [y, m, d] = on.split('-').map(Number);
  if (birthDate) {
    const [by, bm, bd] = birthDate.split('-').map(Number);
    return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  }
  return birthYear ? y - birthYear : null;
}

/** The Japanese calendar's era and year, from the platform's ICU data (no hand-kept era table). */
const JAPANESE_ERA_YEAR = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: 'UTC', era: 'long', year: 'numeric' });

/**
 * The era year of a day in Japan, as Japanese forms write it beside the Western year: 2025-04-01
 * → 令和7年, 2019-04-30 → 平成31年, 2019-05-01 → 令和元年 (an era's first year is 元年). Takes a
 * YYYY-MM-DD Japan date or an instant (read in Japan time).
 */
export function japaneseEraYear(date: string | Date): string {
  const day = typeof date === 'string' ? date : japanDate(date);
  const [y, m, d] = day.split('-').map(Number);
  const parts = JAPANESE_ERA_YEAR.formatToParts(new Date(Date.UTC(y, m - 1, d, 12)));
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? '';
  return `${era}${year === '1' ? '元' : year}年`;
}

/**
 * The era name of a Japanese fiscal year (April–March), taken on its first day, 1 April: 2025 →
 * 令和7年度. A fiscal year in which the era changed is named by the era it began in: fiscal 2019
 * (April 2019 – March 2020) is 平成31年度, although 令和 began on 1 May 2019 and papers written
 * after that day also call it 令和元年度. One rule, so a fiscal year always has one name here.
 */
export function japaneseFiscalYear(fy: number): string {
  return `${japaneseEraYear(`${fy}-04-01`)}度`;
}
