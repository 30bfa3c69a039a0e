import { ValidateBy, ValidationOptions } from 'class-validator';
import { japanDate } from '@tsunagu/contracts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isRealDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** A calendar date written YYYY-MM-DD (2026-02-30 is refused). */
export const IsDateOnly = (options?: ValidationOptions) =>
  ValidateBy(
    { name: 'isDateOnly', validator: { validate: isRealDate, defaultMessage: (a) => `${a?.property} must be a date (YYYY-MM-DD)` } },
    options,
  );

/** Date and time with seconds optional, and `Z` or an offset required. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/**
 * An instant written ISO 8601 with `Z` or an offset (`2026-11-27T16:30:00+09:00`). Without one
 * the server's time zone would decide the record's Japan date, so it is refused.
 */
export const IsTimestamp = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (v) => {
          const m = typeof v === 'string' ? TIMESTAMP.exec(v) : null;
          return m !== null && isRealDate(m[1]) && m[1] >= '1900-01-01';
        },
        defaultMessage: (a) => `${a?.property} must be a date and time with an offset, e.g. 2026-11-27T16:30:00+09:00`,
      },
    },
    options,
  );

/** A year and month written YYYY-MM. */
export const IsYearMonth = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isYearMonth',
      validator: {
        validate: (v) => typeof v === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) && v >= '1900-01',
        defaultMessage: (a) => `${a?.property} must be a year and month (YYYY-MM)`,
      },
    },
    options,
  );

/**
 * For things that already happened: not after today in Japan. Works on YYYY-MM-DD dates,
 * YYYY-MM months and ISO timestamps (compared as instants).
 */
export const IsNotFuture = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isNotFuture',
      validator: {
        validate: (v) => {
          if (typeof v !== 'string') return true;
          if (v.length === 10) return v <= japanDate();
          if (v.length === 7) return v <= japanDate().slice(0, 7);
          const t = Date.parse(v);
          return Number.isNaN(t) || t <= Date.now() + 60_000;
        },
        defaultMessage: (a) => `${a?.property} cannot be in the future`,
      },
    },
    options,
  );
