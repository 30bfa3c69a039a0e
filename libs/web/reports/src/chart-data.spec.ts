import { countRows, monthlyContacts, municipalityRows, referralRows, totalOf } from './chart-data';
import { formatCount, formatMonth } from './format';
import { AGE_BANDS } from '@tsunagu/contracts';

describe('monthly contacts by method', () => {
  it('has a bar for every month of the period, zeros where nothing happened, a series per method used', () => {
    const { rows, methods } = monthlyContacts(
      {
        '2026-04': { phone: 3, in_person: 1 },
        '2026-06': { outreach: 2, program: 4, phone: 0 },
      },
      { from: '2026-04-01', to: '2026-07-15' },
    );
    expect(methods).toEqual(['in_person', 'phone', 'outreach', 'program']);
    expect(rows.map((r) => r.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07']);
    expect(rows[0]).toEqual({ month: '2026-04', in_person: 1, phone: 3, outreach: 0, program: 0, total: 4 });
    expect(rows[1]).toEqual({ month: '2026-05', in_person: 0, phone: 0, outreach: 0, program: 0, total: 0 });
    expect(rows[2].total).toBe(6);
  });

  it('keeps a method the screen does not know yet, after the known ones', () => {
    const { methods } = monthlyContacts({ '2026-04': { letter: 1, phone: 1 } }, { from: '2026-04-01', to: '2026-04-30' });
    expect(methods).toEqual(['phone', 'letter']);
  });

  it('is empty of series when nothing was recorded', () => {
    const { rows, methods } = monthlyContacts({}, { from: '2026-04-01', to: '2027-03-31' });
    expect(methods).toEqual([]);
    expect(rows).toHaveLength(12);
  });
});

describe('distributions', () => {
  it('lists every age band in order, unknown last, zeros included', () => {
    const rows = countRows({ '40s': 2, unknown: 1, '20s': 3 }, AGE_BANDS);
    expect(rows.map((r) => r.key)).toEqual([...AGE_BANDS]);
    expect(rows.find((r) => r.key === '40s')?.count).toBe(2);
    expect(rows.find((r) => r.key === '10s')?.count).toBe(0);
    expect(totalOf(rows)).toBe(6);
  });
});

describe('referrals by agency type', () => {
  it('orders agency types by number of referrals, statuses by the lifecycle, and drops empty ones', () => {
    const { rows, statuses } = referralRows({
      hello_work: { referred: 1 },
      medical_institution: { completed: 1, planned: 2, accepted: 1 },
      youth_support_station: { referred: 1 },
      company: { planned: 0 },
    });
    expect(rows.map((r) => r.type)).toEqual(['medical_institution', 'youth_support_station', 'hello_work']);
    expect(rows[0]).toEqual({ type: 'medical_institution', total: 4, planned: 2, accepted: 1, completed: 1 });
    expect(statuses).toEqual(['planned', 'referred', 'accepted', 'completed']);
  });

  it('is empty without referrals', () => {
    expect(referralRows(undefined)).toEqual({ rows: [], statuses: [] });
  });
});

describe('formatting for Japanese readers', () => {
  it('groups thousands and names months in Japanese by default', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatCount(null)).toBe('0');
    expect(formatMonth('2026-04')).toBe('2026年4月');
    expect(formatMonth('2027-01', 'en')).toBe('Jan 2027');
  });
});

describe('consultations by municipality', () => {
  it('lists the most consulted first, ties in Japanese order (港 こう before 中 ちゅう), unknown last, and leaves out zeros', () => {
    expect(municipalityRows({ '': 5, 港区: 2, 北区: 3, 中央区: 2, 西区: 0 })).toEqual([
      { key: '北区', count: 3 },
      { key: '港区', count: 2 },
      { key: '中央区', count: 2 },
      { key: '', count: 5 },
    ]);
  });

  it('has no rows when nothing was counted', () => {
    expect(municipalityRows(undefined)).toEqual([]);
    expect(municipalityRows(null)).toEqual([]);
  });
});
