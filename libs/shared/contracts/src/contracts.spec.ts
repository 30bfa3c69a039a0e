import { addMonths, ageOn, consentStateOn, fiscalYear, foldForSearch, foldWord, initialsOf, japanDate, japaneseEraYear, japaneseFiscalYear } from './index';

describe('japanDate', () => {
  it('is the calendar date in Japan, whatever the server time zone', () => {
    expect(japanDate(new Date('2026-03-31T14:59:59Z'))).toBe('2026-03-31');
    expect(japanDate(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
  });
});

describe('japanDate of now', () => {
  afterEach(() => jest.useRealTimers());

  it('turns at midnight in Japan, forward and back, though it keeps today between calls', () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T14:59:59Z') });
    expect(japanDate()).toBe('2026-12-06');
    jest.setSystemTime(new Date('2026-12-06T15:00:00Z'));
    expect(japanDate()).toBe('2026-12-07');
    jest.setSystemTime(new Date('2026-12-06T14:59:59Z'));
    expect(japanDate()).toBe('2026-12-06');
  });
});

describe('fiscalYear', () => {
  it('runs April to March', () => {
    expect(fiscalYear('2026-04-01')).toBe(2026);
    expect(fiscalYear('2027-03-31')).toBe(2026);
    expect(fiscalYear('2026-03-31')).toBe(2025);
  });
});

describe('japaneseEraYear', () => {
  it('names the era year of a day, with 元年 for an era\'s first year', () => {
    expect(japaneseEraYear('2019-04-30')).toBe('平成31年');
    expect(japaneseEraYear('2019-05-01')).toBe('令和元年');
    expect(japaneseEraYear('2020-01-01')).toBe('令和2年');
    expect(japaneseEraYear('2025-04-01')).toBe('令和7年');
    expect(japaneseEraYear('1989-01-07')).toBe('昭和64年');
    expect(japaneseEraYear('1989-01-08')).toBe('平成元年');
  });

  it('reads an instant in Japan time, whatever the server time zone', () => {
    expect(japaneseEraYear(new Date('2019-04-30T14:59:59Z'))).toBe('平成31年');
    expect(japaneseEraYear(new Date('2019-04-30T15:00:00Z'))).toBe('令和元年');
  });
});

describe('japaneseFiscalYear', () => {
  it('names a fiscal year by the era of its first day, 1 April', () => {
    expect(japaneseFiscalYear(2025)).toBe('令和7年度');
    expect(japaneseFiscalYear(2020)).toBe('令和2年度');
    expect(japaneseFiscalYear(2019)).toBe('平成31年度');
    expect(japaneseFiscalYear(2018)).toBe('平成30年度');
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

describe('foldWord', () => {
  it.each<[string, string]>([
    ['（来所）', '来所'],
    ['(来所)', '来所'],
    ['In Person', 'inperson'],
    ['in_person', 'inperson'],
    ['生年月日（西暦）', '生年月日西暦'],
    ['ＡＢＣ・ｄｅｆ', 'abcdef'],
    ['氏名 ※', '氏名'],
    ['【必須】氏名', '必須氏名'],
    ['ﾌﾘｶﾞﾅ', 'フリガナ'],
    ['ふりがな\u3000', 'ふりがな'],
    ['―', '-'],
    ['－', '-'],
  ])('%p → %p', (word, expected) => {
    expect(foldWord(word)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-06-01', 6, '2026-12-01'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-10-15', 3, '2027-01-15'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('%s + %i months → %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});
