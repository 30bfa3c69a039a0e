import { callerOf, inquiryFormToApi, nameOrNickname, thisWeek, toJapanLocal } from './inquiry-form';

describe('inquiryFormToApi', () => {
  it('sends the time as Japan time and empties the fields of other caller types and outcomes', () => {
    const body = inquiryFormToApi({
      receivedAt: '2026-12-01T10:15',
      callerType: 'family',
      callerRelationship: 'mother',
      callerAgencyType: 'school',
      callerAgencyId: 'a1',
      nickname: ' さくら ',
      summary: ' 息子のこと ',
      outcome: 'informed',
      referredAgencyName: '保健所',
      chainId: '',
    });
    expect(body).toEqual({
      receivedAt: '2026-12-01T10:15:00+09:00',
      callerType: 'family',
      callerRelationship: 'mother',
      callerAgencyType: null,
      callerAgencyId: null,
      nickname: 'さくら',
      summary: '息子のこと',
      outcome: 'informed',
      referredAgencyId: null,
      referredAgencyName: null,
    });
  });

  it('keeps the agency of an agency caller and the agency referred to, and drops the relationship', () => {
    const body = inquiryFormToApi({ callerType: 'agency', callerRelationship: 'mother', callerAgencyType: 'school', outcome: 'referred', referredAgencyName: '保健所', summary: 'x' });
    expect(body).toMatchObject({ callerRelationship: null, callerAgencyType: 'school', referredAgencyName: '保健所' });
    expect(body).not.toHaveProperty('receivedAt');
  });
});

describe('the caller', () => {
  it('is named, or goes by a nickname, never both', () => {
    expect(nameOrNickname(null, { callerName: '山田', nickname: 'さくら' })).toBe('tsunagu.inquiries.name_or_nickname');
    expect(nameOrNickname(null, { callerName: '山田', nickname: '' })).toBeUndefined();
    expect(callerOf({ callerName: null, nickname: 'さくら', callerNumber: 'A-0107' })).toBe('さくら');
    expect(callerOf({ callerName: null, nickname: null, callerNumber: 'A-0107' })).toBe('A-0107');
    expect(callerOf({ callerName: null, nickname: null, callerNumber: null })).toBeNull();
  });
});

describe('dates', () => {
  it('shows a stored time as Japan wall-clock time', () => {
    expect(toJapanLocal('2026-12-01T01:15:00.000Z')).toBe('2026-12-01T10:15');
    expect(toJapanLocal('2026-12-01T10:15')).toBe('2026-12-01T10:15');
    expect(toJapanLocal(null)).toBe('');
  });

  it('finds the Monday of the week in Japan', () => {
    // Wednesday 2 December 2026, 08:00 in Japan (Tuesday 23:00 UTC).
    expect(thisWeek(new Date('2026-12-01T23:00:00Z'))).toEqual({ today: '2026-12-02', monday: '2026-11-30' });
    // Sunday 6 December 2026 in Japan: the week began on Monday 30 November.
    expect(thisWeek(new Date('2026-12-06T10:00:00Z'))).toEqual({ today: '2026-12-06', monday: '2026-11-30' });
    expect(thisWeek(new Date('2026-11-30T03:00:00Z'))).toEqual({ today: '2026-11-30', monday: '2026-11-30' });
  });
});
