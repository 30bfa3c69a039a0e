import { ageOn, consentStateOn, fiscalYear, foldForSearch, initialsOf, japanDate } from './index';

describe('japanDate', () => {
  it('is the calendar date in Japan, whatever the server time zone', () => {
    expect(japanDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(japanDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});

describe('fiscalYear', () => {
  it('runs April to March', () => {
    expect(fiscalYear('2026-04-01')).toBe(2026);
    expect(fiscalYear('2027-03-31')).toBe(2026);
    expect(fiscalYear('2026-03-31')).toBe(2025);
  });
});

describe('ageOn', () => {
  it('counts full years from a birth date, or from a birth year', () => {
    expect(ageOn('2026-11-27', '1980-11-27', null)).toBe(46);
    expect(ageOn('2026-11-26', '1980-11-27', null)).toBe(45);
    expect(ageOn('2026-11-27', null, 1980)).toBe(46);
    expect(ageOn('2026-11-27', null, null)).toBeNull();
  });
});

describe('consentStateOn', () => {
  const c = { givenOn: '2026-04-01', expiresOn: '2026-09-30', withdrawnOn: null };
  it('is active from the day given through the expiry day', () => {
    expect(consentStateOn(c, '2026-03-31')).toBe('not_yet');
    expect(consentStateOn(c, '2026-04-01')).toBe('active');
    expect(consentStateOn(c, '2026-09-30')).toBe('active');
    expect(consentStateOn(c, '2026-10-01')).toBe('expired');
  });
  it('stops on the day it is withdrawn', () => {
    const w = { ...c, expiresOn: null, withdrawnOn: '2026-06-10' };
    expect(consentStateOn(w, '2026-06-09')).toBe('active');
    expect(consentStateOn(w, '2026-06-10')).toBe('withdrawn');
  });
});

describe('foldForSearch', () => {
  it('matches half-width, full-width, hiragana and katakana alike', () => {
    const folded = foldForSearch('サトウタロウ');
    expect(foldForSearch('ｻﾄｳ ﾀﾛｳ')).toBe(folded);
    expect(foldForSearch('さとう　たろう')).toBe(folded);
    expect(foldForSearch('サトウ・タロウ')).toBe(folded);
    expect(foldForSearch('ＳＡＴＯ Taro')).toBe('satotaro');
  });
  it('gives initials without the name', () => {
    expect(initialsOf('佐藤 太郎')).toBe('佐.太.');
    expect(initialsOf('佐藤　太郎')).toBe('佐.太.');
  });
});
