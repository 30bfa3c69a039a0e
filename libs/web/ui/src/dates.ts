import { japanClock, japanDate } from '@tsunagu/contracts';

const JST_OFFSET = '+09:00';

/** Now as Japan wall-clock time for a datetime-local input ("2026-11-27T16:30"), whatever the browser's zone. */
export function japanNowLocal(at: Date = new Date()): string {
  const { year, month, day, hour, minute } = japanClock(at);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/**
 * A datetime-local value read as Japan time, as ISO 8601 with its offset
 * ("2026-11-27T16:30" → "2026-11-27T16:30:00+09:00"). Anything else passes unchanged.
 */
export function japanLocalToIso(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(value);
  return local ? `${local[1]}T${local[2]}${local[3] ?? ':00'}${JST_OFFSET}` : value;
}

/** The Japan calendar day of a datetime-local value or ISO timestamp (for consent checks). */
export function japanDayOf(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return value.slice(0, 10);
  if (typeof value === 'string' || value instanceof Date) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return japanDate(at);
  }
  return japanDate();
}

/** A YYYY-MM-DD day for display: 2026/11/27 in Japanese, 27/11/2026 in English. */
export function formatDay(day: string | null | undefined, locale: string): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day ?? '';
  const [y, m, d] = day.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${y}/${m}/${d}`;
}

/** A timestamp in Japan time for display. */
export function formatDateTime(at: string | null | undefined, locale: string): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
