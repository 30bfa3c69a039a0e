import { japanDate } from '@tsunagu/contracts';
import { fiscalYearOf, isValidPeriod, monthsOf, periodOf, shortcutPeriod } from './period';

describe('period shortcuts', () => {
  it('this month runs from its first day to today', () => {
    expect(shortcutPeriod('this_month', '2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-27' });
  });

  it('last month is the whole previous month, across the turn of the year and in leap years', () => {
    expect(shortcutPeriod('last_month', '2026-11-27')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(shortcutPeriod('last_month', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(shortcutPeriod('last_month', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shortcutPeriod('last_month', '2027-03-31')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });

  it('the fiscal year starts on 1 April: 31 March still belongs to the year before', () => {
    expect(shortcutPeriod('this_fiscal_year', '2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(shortcutPeriod('this_fiscal_year', '2027-04-01')).toEqual({ from: '2027-04-01', to: '2027-04-01' });
    expect(shortcutPeriod('this_fiscal_year', '2027-01-15')).toEqual({ from: '2026-04-01', to: '2027-01-15' });
    expect(shortcutPeriod('last_fiscal_year', '2027-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
    expect(shortcutPeriod('last_fiscal_year', '2027-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('counts days in Japan time: 15:00 UTC on 31 March is already April in Japan', () => {
    const today = japanDate(new Date('2027-03-31T15:30:00Z'));
    expect(today).toBe('2027-04-01');
    expect(shortcutPeriod('this_fiscal_year', today)).toEqual({ from: '2027-04-01', to: '2027-04-01' });
    const stillMarch = japanDate(new Date('2027-03-31T14:59:59Z'));
    expect(shortcutPeriod('this_fiscal_year', stillMarch)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(shortcutPeriod('this_month', stillMarch)).toEqual({ from: '2027-03-01', to: '2027-03-31' });
  });

  it('a custom choice is its own dates', () => {
    expect(periodOf({ shortcut: 'custom', from: '2026-06-01', to: '2026-06-30' }, '2026-11-27')).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(periodOf({ shortcut: 'last_month' }, '2026-11-27')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});

describe('periods', () => {
  it('accepts real days in order within ten years, as the API does', () => {
    expect(isValidPeriod({ from: '2026-04-01', to: '2027-03-31' })).toBe(true);
    expect(isValidPeriod({ from: '2026-04-01', to: '2026-04-01' })).toBe(true);
    expect(isValidPeriod({ from: '2026-05-01', to: '2026-04-30' })).toBe(false);
    expect(isValidPeriod({ from: '2026-02-30', to: '2026-03-31' })).toBe(false);
    expect(isValidPeriod({ from: '', to: '2026-03-31' })).toBe(false);
    expect(isValidPeriod({ from: '2016-01-01', to: '2026-12-31' })).toBe(true);
    expect(isValidPeriod({ from: '2015-12-31', to: '2026-01-01' })).toBe(false);
  });

  it('names a whole fiscal year', () => {
    expect(fiscalYearOf({ from: '2026-04-01', to: '2027-03-31' })).toBe(2026);
    expect(fiscalYearOf({ from: '2026-04-01', to: '2027-03-30' })).toBeNull();
  });

  it('lists the months a period touches', () => {
    expect(monthsOf({ from: '2026-04-15', to: '2026-06-01' })).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOf({ from: '2026-11-01', to: '2027-02-10' })).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf({ from: '2026-04-01', to: '2027-03-31' })).toHaveLength(12);
  });
});
