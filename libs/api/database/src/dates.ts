import { japanDate } from '@tsunagu/contracts';
import { DomainError } from '@tsunagu/api-core';

/** Refuses a date in the future (Japan time) for something that already happened. */
export function assertNotFuture(field: string, date: string | null | undefined): void {
  if (date && date > japanDate()) {
    throw new DomainError('invalid', 'FUTURE_DATE', `${field} cannot be in the future`);
  }
}

/** Converts a `date` column value (pg returns 'YYYY-MM-DD' strings for date) for a DTO. */
export const dateOnly = (value: string | Date | null): string | null =>
  value === null ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10);
