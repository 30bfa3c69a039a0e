import { ValidateBy, ValidationOptions } from 'class-validator';
import { japanDate } from '@tsunagu/contracts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(value: unknown): value is string {
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
