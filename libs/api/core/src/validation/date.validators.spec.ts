import { validateSync } from 'class-validator';
import { japanDate } from '@tsunagu/contracts';
import { IsDateOnly, IsNotFuture, IsYearMonth } from './date.validators';

class Sample {
  @IsDateOnly()
  @IsNotFuture()
  day: unknown;

  @IsYearMonth()
  @IsNotFuture()
  month: unknown = '2020-01';
}

const errorsFor = (day: unknown, month: unknown = '2020-01') =>
  validateSync(Object.assign(new Sample(), { day, month })).flatMap((e) => Object.values(e.constraints ?? {}));

describe('date validators', () => {
  it('accept real past dates and months', () => {
    expect(errorsFor('2024-02-29')).toEqual([]);
    expect(errorsFor(japanDate(), japanDate().slice(0, 7))).toEqual([]);
  });
  it.each([['2026-02-30'], ['2026-13-01'], ['26-01-01'], ['2026/01/01'], [20260101]])('refuse %p as a date', (day) => {
    expect(errorsFor(day)).toContain('day must be a date (YYYY-MM-DD)');
  });
  it('refuse tomorrow and next month (Japan time)', () => {
    const tomorrow = new Date(Date.now() + 86_400_000 * 1.5);
    expect(errorsFor(japanDate(tomorrow))).toEqual(['day cannot be in the future']);
    const nextMonth = new Date(Date.now() + 86_400_000 * 32);
    expect(errorsFor('2020-01-01', japanDate(nextMonth).slice(0, 7))).toEqual(['month cannot be in the future']);
  });
  it('refuse a malformed month', () => {
    expect(errorsFor('2020-01-01', '2020-13')).toEqual(['month must be a year and month (YYYY-MM)']);
  });
});
