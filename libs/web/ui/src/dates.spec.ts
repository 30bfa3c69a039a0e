import { formatDay, japanDayOf, japanLocalToIso, japanNowLocal } from './dates';

describe('dates in Japan time', () => {
  it('gives now as Japan wall-clock time, whatever the zone of the machine', () => {
    expect(japanNowLocal(new Date('2026-03-31T15:04:59Z'))).toBe('2026-04-01T00:04');
    expect(japanNowLocal(new Date('2026-11-27T07:30:00Z'))).toBe('2026-11-27T16:30');
  });

  it('sends a datetime-local value as Japan time with its offset', () => {
    expect(japanLocalToIso('2026-11-27T16:30')).toBe('2026-11-27T16:30:00+09:00');
    expect(japanLocalToIso('2026-11-27T16:30:15')).toBe('2026-11-27T16:30:15+09:00');
    expect(japanLocalToIso('2026-11-27T07:30:00.000Z')).toBe('2026-11-27T07:30:00.000Z');
    expect(japanLocalToIso(undefined)).toBeUndefined();
  });

  it('finds the Japan day of a visit', () => {
    expect(japanDayOf('2026-11-27T23:30')).toBe('2026-11-27');
    expect(japanDayOf('2026-11-27T15:30:00Z')).toBe('2026-11-28');
  });

  it('formats a day per language without moving it across a time zone', () => {
    expect(formatDay('2026-04-01', 'ja')).toBe('2026/04/01');
    expect(formatDay('2026-04-01', 'en')).toBe('01/04/2026');
    expect(formatDay(null, 'ja')).toBe('');
  });
});
