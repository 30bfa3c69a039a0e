import { ENUM_LABELS_JA, type EnumName } from '@tsunagu/contracts';
import {
  ENUM_SYNONYMS,
  isBlank,
  normaliseText,
  parseBoolean,
  parseDate,
  parseDateTime,
  parseEnum,
  parseEnumList,
  parseInteger,
  parseYearMonth,
  type CellValue,
} from './normalise';

const utc = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date =>
  new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));

const DATE_EXAMPLES = '（例: 2024/4/1、R6.4.1、令和6年4月1日）';
const YEAR_MONTH_EXAMPLES = '（例: 2015/4、H27.4、平成27年4月）';
const DATE_TIME_EXAMPLES = '（例: 2024/4/1 14:30、令和6年4月1日 14時30分）';
const INTERVIEW_METHODS_ALLOWED = '使える値: 来所、電話、オンライン、メール、SNS、同行支援';

describe('isBlank', () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ['', true],
    ['   ', true],
    ['\u3000', true],
    [' \t\r\n\u3000 ', true],
    ['a', false],
    ['－', false],
    [0, false],
    [false, false],
    [utc(2024, 4, 1), false],
  ])('%j → %p', (cell, expected) => {
    expect(isBlank(cell)).toBe(expected);
  });
});

describe('normaliseText', () => {
  describe('single line', () => {
    it.each<[CellValue, string]>([
      ['ﾀﾅｶ ｼｮｳﾀ', 'タナカ ショウタ'],
      [' ﾀﾅｶ\u3000ｼｮｳﾀ ', 'タナカ ショウタ'],
      ['ｶﾞｯｺｳ', 'ガッコウ'],
      ['ﾊﾟﾝﾌﾚｯﾄ', 'パンフレット'],
      ['ｳﾞｨｰﾅｽ', 'ヴィーナス'],
      ['カﾞ', 'ガ'],
      ['｢ﾃｽﾄ｣､ﾃｽﾄ｡', '「テスト」、テスト。'],
      ['田中\u3000\u3000太郎', '田中 太郎'],
      ['  田中 \t 太郎  ', '田中 太郎'],
      ['一行目\r\n二行目', '一行目 二行目'],
      ['ＡＢＣ１２３', 'ABC123'],
      ['ａｂｃ　ｘｙｚ', 'abc xyz'],
      ['（注）本人に連絡！', '（注）本人に連絡！'],
      ['東京都千代田区１－２－３', '東京都千代田区1－2－3'],
      [123, '123'],
      [true, 'TRUE'],
      [null, ''],
      [utc(2024, 4, 1), '2024-04-01'],
      [utc(2024, 4, 1, 14, 30), '2024-04-01 14:30'],
    ])('%j → %j', (cell, expected) => {
      expect(normaliseText(cell, false)).toBe(expected);
    });
  });

  describe('multiline', () => {
    it.each<[string, string]>([
      ['一行目  \r\n二行目\r三行目', '一行目\n二行目\n三行目'],
      ['\n\n  本文です。  \n\n', '本文です。'],
      ['一段落目。\n\n\u3000二段落目。', '一段落目。\n\n\u3000二段落目。'],
      ['ＡＢＣ（注）！', 'ＡＢＣ（注）！'],
      ['ﾀﾅｶさん来所\u3000\r\nｶﾞｯｺｳの話', 'タナカさん来所\nガッコウの話'],
      ['a  b', 'a  b'],
    ])('%j → %j', (cell, expected) => {
      expect(normaliseText(cell, true)).toBe(expected);
    });
  });
});


describe('parseDate', () => {
  it.each<[string, string]>([
    ['2024/4/1', '2024-04-01'],
    ['2024/04/01', '2024-04-01'],
    ['2024-04-01', '2024-04-01'],
    ['2024.4.1', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['20240401', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['R6/4/1', '2024-04-01'],
    ['r6.4.1', '2024-04-01'],
    ['R06.04.01', '2024-04-01'],
    ['R.6.4.1', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和 6年 4月 1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['H30.12.3', '2018-12-03'],
    ['h30.12.3', '2018-12-03'],
    ['平成30年12月3日', '2018-12-03'],
    ['㍻30年12月3日', '2018-12-03'],
    ['S59.6.2', '1984-06-02'],
    ['昭和59年6月2日', '1984-06-02'],
    ['T12.9.1', '1923-09-01'],
    ['大正12年9月1日', '1923-09-01'],
    ['大正元年7月30日', '1912-07-30'],
    ['M45.7.29', '1912-07-29'],
    ['明治45年7月29日', '1912-07-29'],
    ['２０２４／４／１', '2024-04-01'],
    ['２０２４年４月１日', '2024-04-01'],
    ['Ｒ６．４．１', '2024-04-01'],
    ['令和６年４月１日', '2024-04-01'],
    ['  2024/4/1  ', '2024-04-01'],
    ['\u3000R6.4.1\u3000', '2024-04-01'],
    ['2024年4月1日(月)', '2024-04-01'],
    ['2024/4/1（月）', '2024-04-01'],
    ['2024/2/29', '2024-02-29'],
    ['2000/2/29', '2000-02-29'],
    ['R6.2.29', '2024-02-29'],
  ])('%p → %p', (cell, expected) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: expected });
  });

  describe('era boundaries', () => {
    it.each<[string, string]>([
      ['T15.12.24', '1926-12-24'],
      ['S1.12.25', '1926-12-25'],
      ['昭和元年12月25日', '1926-12-25'],
      ['S64.1.7', '1989-01-07'],
      ['昭和64年1月7日', '1989-01-07'],
      ['H1.1.8', '1989-01-08'],
      ['平成元年1月8日', '1989-01-08'],
      ['H31.4.30', '2019-04-30'],
      ['平成31年4月30日', '2019-04-30'],
      ['R1.5.1', '2019-05-01'],
      ['令和元年5月1日', '2019-05-01'],
    ])('%p → %p', (cell, expected) => {
      expect(parseDate(cell)).toEqual({ ok: true, value: expected });
    });

    it.each<[string, string]>([
      ['H31.5.1', '「H31.5.1」は平成の期間外です（平成は2019年4月30日まで）'],
      ['平成31年5月1日', '「平成31年5月1日」は平成の期間外です（平成は2019年4月30日まで）'],
      ['Ｈ３１．５．１', '「Ｈ３１．５．１」は平成の期間外です（平成は2019年4月30日まで）'],
      ['R1.4.30', '「R1.4.30」は令和の期間外です（令和は2019年5月1日から）'],
      ['令和0年4月1日', '「令和0年4月1日」は令和の期間外です（令和は2019年5月1日から）'],
      ['S64.1.8', '「S64.1.8」は昭和の期間外です（昭和は1989年1月7日まで）'],
      ['H1.1.7', '「H1.1.7」は平成の期間外です（平成は1989年1月8日から）'],
      ['T15.12.25', '「T15.12.25」は大正の期間外です（大正は1926年12月24日まで）'],
      ['M45.7.30', '「M45.7.30」は明治の期間外です（明治は1912年7月29日まで）'],
    ])('%p is refused', (cell, problem) => {
      expect(parseDate(cell)).toEqual({ ok: false, problem });
    });
  });

  it.each<[string, string]>([
    ['R6.2.30', '「R6.2.30」は存在しない日付です'],
    ['2024/13/1', '「2024/13/1」は存在しない日付です'],
    ['2024/0/1', '「2024/0/1」は存在しない日付です'],
    ['2024/4/31', '「2024/4/31」は存在しない日付です'],
    ['2024/4/0', '「2024/4/0」は存在しない日付です'],
    ['2023/2/29', '「2023/2/29」は存在しない日付です'],
    ['2100/2/29', '「2100/2/29」は存在しない日付です'],
    ['令和5年2月29日', '「令和5年2月29日」は存在しない日付です'],
  ])('%p does not exist', (cell, problem) => {
    expect(parseDate(cell)).toEqual({ ok: false, problem });
  });

  it.each<string>(['あした', '24/4/1', '2024/4', '4/1', 'R6', 'X6.4.1', '2024/4/1 14:30', '令和六年四月一日'])('%p is unreadable', (cell) => {
    expect(parseDate(cell)).toEqual({ ok: false, problem: `「${cell}」を日付として読めません${DATE_EXAMPLES}` });
  });

  it('refuses a blank cell', () => {
    expect(parseDate('\u3000')).toEqual({ ok: false, problem: '空欄です' });
    expect(parseDate(null)).toEqual({ ok: false, problem: '空欄です' });
  });

  describe('Excel cells', () => {
    it.each<[Date, string]>([
      [utc(2024, 4, 1), '2024-04-01'],
      [utc(1989, 1, 7), '1989-01-07'],
      // The UTC day, not the day in the machine's zone: 23:30 UTC is already the next day in Japan.
      [utc(2024, 4, 1, 23, 30), '2024-04-01'],
    ])('Date %p → %p', (cell, expected) => {
      expect(parseDate(cell)).toEqual({ ok: true, value: expected });
    });

    it.each<[number, string]>([
      [45383, '2024-04-01'],
      [45383.75, '2024-04-01'],
      [43586, '2019-05-01'],
      [1, '1900-01-01'],
      [59, '1900-02-28'],
      [61, '1900-03-01'],
      [2958465, '9999-12-31'],
    ])('serial %p → %p', (cell, expected) => {
      expect(parseDate(cell)).toEqual({ ok: true, value: expected });
    });

    it('refuses serial 60, the 1900-02-29 that never was', () => {
      expect(parseDate(60)).toEqual({ ok: false, problem: '「60」は存在しない日付です（Excelの1900年2月29日）' });
    });

    it.each<CellValue>([0, -1, 2958466, true])('refuses %p', (cell) => {
      expect(parseDate(cell)).toEqual({ ok: false, problem: `「${cell === true ? 'TRUE' : String(cell)}」を日付として読めません${DATE_EXAMPLES}` });
    });

    it('refuses an invalid Date', () => {
      expect(parseDate(new Date(Number.NaN))).toEqual({ ok: false, problem: `「Invalid Date」を日付として読めません${DATE_EXAMPLES}` });
    });
  });
});

describe('parseYearMonth', () => {
  it.each<[CellValue, string]>([
    ['2015/4', '2015-04'],
    ['2015-04', '2015-04'],
    ['2015.4', '2015-04'],
    ['2015年4月', '2015-04'],
    ['H27.4', '2015-04'],
    ['H27/4', '2015-04'],
    ['平成27年4月', '2015-04'],
    ['R2.5', '2020-05'],
    ['令和2年5月', '2020-05'],
    ['令和元年5月', '2019-05'],
    ['２０１５／４', '2015-04'],
    ['Ｈ２７．４', '2015-04'],
    [' 2015年 4月 ', '2015-04'],
    ['2015/4/15', '2015-04'],
    ['H27.4.15', '2015-04'],
    ['平成27年4月15日', '2015-04'],
    [utc(2015, 4, 1), '2015-04'],
    [45383, '2024-04'],
    // Months in which an era ended or began belong to both eras.
    ['S64.1', '1989-01'],
    ['H1.1', '1989-01'],
    ['H31.4', '2019-04'],
    ['R1.5', '2019-05'],
  ])('%p → %p', (cell, expected) => {
    expect(parseYearMonth(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    ['H31.5', '「H31.5」は平成の期間外です（平成は2019年4月30日まで）'],
    ['R1.4', '「R1.4」は令和の期間外です（令和は2019年5月1日から）'],
    ['S64.2', '「S64.2」は昭和の期間外です（昭和は1989年1月7日まで）'],
    ['2015/13', '「2015/13」は存在しない年月です'],
    ['2015/2/30', '「2015/2/30」は存在しない日付です'],
    ['H31.5.1', '「H31.5.1」は平成の期間外です（平成は2019年4月30日まで）'],
    ['そのうち', `「そのうち」を年月として読めません${YEAR_MONTH_EXAMPLES}`],
    ['2015', `「2015」を年月として読めません${YEAR_MONTH_EXAMPLES}`],
    [false, `「FALSE」を年月として読めません${YEAR_MONTH_EXAMPLES}`],
    ['', '空欄です'],
  ])('%p is refused', (cell, problem) => {
    expect(parseYearMonth(cell)).toEqual({ ok: false, problem });
  });
});

describe('parseDateTime', () => {
  it.each<[CellValue, string]>([
    ['2024/4/1 14:30', '2024-04-01T14:30:00+09:00'],
    ['2024/4/1 14:30:15', '2024-04-01T14:30:15+09:00'],
    ['2024/4/1 9:05', '2024-04-01T09:05:00+09:00'],
    ['2024-04-01T14:30:00', '2024-04-01T14:30:00+09:00'],
    ['R6.4.1 14:30', '2024-04-01T14:30:00+09:00'],
    ['令和6年4月1日 14時30分', '2024-04-01T14:30:00+09:00'],
    ['令和6年4月1日14時30分', '2024-04-01T14:30:00+09:00'],
    ['2024年4月1日(月) 14時', '2024-04-01T14:00:00+09:00'],
    ['2024/4/1 14時30分15秒', '2024-04-01T14:30:15+09:00'],
    ['2024/4/1 午後2時30分', '2024-04-01T14:30:00+09:00'],
    ['2024/4/1 午前9時', '2024-04-01T09:00:00+09:00'],
    ['２０２４／４／１\u3000１４：３０', '2024-04-01T14:30:00+09:00'],
    ['令和６年４月１日　１４時３０分', '2024-04-01T14:30:00+09:00'],
    ['2024/4/1', '2024-04-01T00:00:00+09:00'],
    ['H31.4.30 23:59', '2019-04-30T23:59:00+09:00'],
    [utc(2024, 4, 1, 14, 30), '2024-04-01T14:30:00+09:00'],
    [utc(2024, 4, 1), '2024-04-01T00:00:00+09:00'],
    [utc(2024, 4, 1, 14, 29, 59, 999), '2024-04-01T14:30:00+09:00'],
    [45383.6041666667, '2024-04-01T14:30:00+09:00'],
    [45383, '2024-04-01T00:00:00+09:00'],
  ])('%p → %p', (cell, expected) => {
    expect(parseDateTime(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    ['2024/4/1 25:00', '「2024/4/1 25:00」は存在しない時刻です'],
    ['2024/4/1 14:60', '「2024/4/1 14:60」は存在しない時刻です'],
    ['2024/4/1 午後13時', '「2024/4/1 午後13時」は存在しない時刻です'],
    ['2024/2/30 10:00', '「2024/2/30 10:00」は存在しない日付です'],
    ['H31.5.1 10:00', '「H31.5.1 10:00」は平成の期間外です（平成は2019年4月30日まで）'],
    ['14:30', `「14:30」を日時として読めません${DATE_TIME_EXAMPLES}`],
    ['明日の午後', `「明日の午後」を日時として読めません${DATE_TIME_EXAMPLES}`],
    [60, '「60」は存在しない日付です（Excelの1900年2月29日）'],
    [null, '空欄です'],
  ])('%p is refused', (cell, problem) => {
    expect(parseDateTime(cell)).toEqual({ ok: false, problem });
  });
});

describe('parseInteger', () => {
  it.each<[CellValue, number]>([
    ['30', 30],
    [30, 30],
    [45.0, 45],
    ['45.0', 45],
    ['0', 0],
    [0, 0],
    ['-3', -3],
    ['１２', 12],
    ['1,200', 1200],
    ['１，２００', 1200],
    ['30分', 30],
    ['60 分', 60],
    ['６０分', 60],
    ['90分間', 90],
    ['1時間', 60],
    ['1時間30分', 90],
    ['１時間３０分', 90],
    ['2 時間 15 分', 135],
    ['1.5時間', 90],
    ['1.25時間', 75],
    ['3回', 3],
    ['45歳', 45],
    ['1990年', 1990],
    [0.1 * 3 * 10, 3],
  ])('%p → %p', (cell, expected) => {
    expect(parseInteger(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    ['1.5', '「1.5」は整数ではありません'],
    [1.5, '「1.5」は整数ではありません'],
    ['1.01時間', '「1.01時間」は整数ではありません'],
    ['1時間0.5分', '「1時間0.5分」は整数ではありません'],
    ['たくさん', '「たくさん」を数値として読めません'],
    ['約30分', '「約30分」を数値として読めません'],
    ['1,2', '「1,2」を数値として読めません'],
    ['30分くらい', '「30分くらい」を数値として読めません'],
    [true, '「TRUE」を数値として読めません'],
    [utc(2024, 4, 1), '「2024-04-01」を数値として読めません'],
    [Number.NaN, '「NaN」を数値として読めません'],
    ['', '空欄です'],
  ])('%p is refused', (cell, problem) => {
    expect(parseInteger(cell)).toEqual({ ok: false, problem });
  });
});

describe('parseBoolean', () => {
  it.each<[CellValue, boolean]>([
    ['はい', true],
    ['いいえ', false],
    ['○', true],
    ['〇', true],
    ['×', false],
    ['✕', false],
    ['有', true],
    ['無', false],
    ['あり', true],
    ['なし', false],
    ['する', true],
    ['しない', false],
    ['yes', true],
    ['no', false],
    ['Yes', true],
    ['NO', false],
    ['ＹＥＳ', true],
    ['ｎｏ', false],
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['１', true],
    ['０', false],
    [1, true],
    [0, false],
    [true, true],
    [false, false],
    ['同居', true],
    ['別居', false],
    [' はい ', true],
    ['\u3000いいえ\u3000', false],
  ])('%p → %p', (cell, expected) => {
    expect(parseBoolean(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    ['たぶん', '「たぶん」をはい・いいえとして読めません（例: はい、いいえ、○、×）'],
    [2, '「2」をはい・いいえとして読めません（例: はい、いいえ、○、×）'],
    [utc(2024, 4, 1), '「2024-04-01」をはい・いいえとして読めません（例: はい、いいえ、○、×）'],
    [null, '空欄です'],
  ])('%p is refused', (cell, problem) => {
    expect(parseBoolean(cell)).toEqual({ ok: false, problem });
  });
});

describe('parseEnum', () => {
  it.each<[EnumName, string, string]>([
    ['sex', '男', 'male'],
    ['sex', '男性', 'male'],
    ['sex', 'M', 'male'],
    ['sex', 'm', 'male'],
    ['sex', 'male', 'male'],
    ['sex', 'Male', 'male'],
    ['sex', '女', 'female'],
    ['sex', '女性', 'female'],
    ['sex', 'F', 'female'],
    ['sex', 'Ｆ', 'female'],
    ['sex', 'female', 'female'],
    ['sex', '不明', 'unknown'],
    ['sex', '未確認', 'unknown'],
    ['sex', '-', 'unknown'],
    ['sex', '－', 'unknown'],
    ['sex', 'その他', 'other'],
    ['relationship', '母', 'mother'],
    ['relationship', '母親', 'mother'],
    ['relationship', '実母', 'mother'],
    ['relationship', '義母', 'mother'],
    ['relationship', 'お母さん', 'mother'],
    ['relationship', '父', 'father'],
    ['relationship', '父親', 'father'],
    ['relationship', '実父', 'father'],
    ['relationship', '義父', 'father'],
    ['relationship', '兄', 'sibling'],
    ['relationship', '弟', 'sibling'],
    ['relationship', '姉', 'sibling'],
    ['relationship', '妹', 'sibling'],
    ['relationship', '兄弟', 'sibling'],
    ['relationship', '姉妹', 'sibling'],
    ['relationship', '兄弟姉妹', 'sibling'],
    ['relationship', 'きょうだい', 'sibling'],
    ['relationship', '夫', 'spouse'],
    ['relationship', '妻', 'spouse'],
    ['relationship', '配偶者', 'spouse'],
    ['relationship', '息子', 'child'],
    ['relationship', '娘', 'child'],
    ['relationship', '子', 'child'],
    ['relationship', '祖父', 'grandparent'],
    ['relationship', '祖母', 'grandparent'],
    ['relationship', '祖父母', 'grandparent'],
    ['relationship', 'その他', 'other'],
    ['interview_method', '面談', 'in_person'],
    ['interview_method', '来所面談', 'in_person'],
    ['interview_method', '来所', 'in_person'],
    ['interview_method', '（来所）', 'in_person'],
    ['interview_method', 'in_person', 'in_person'],
    ['interview_method', 'In Person', 'in_person'],
    ['interview_method', '電話', 'phone'],
    ['interview_method', 'TEL', 'phone'],
    ['interview_method', 'Tel', 'phone'],
    ['interview_method', 'ＴＥＬ', 'phone'],
    ['interview_method', '電話相談', 'phone'],
    ['interview_method', 'オンライン', 'online'],
    ['interview_method', 'ｵﾝﾗｲﾝ', 'online'],
    ['interview_method', 'Zoom', 'online'],
    ['interview_method', 'ｚｏｏｍ', 'online'],
    ['interview_method', 'ビデオ通話', 'online'],
    ['interview_method', 'web面談', 'online'],
    ['interview_method', 'WEB面談', 'online'],
    ['interview_method', 'メール', 'email'],
    ['interview_method', 'ﾒｰﾙ', 'email'],
    ['interview_method', 'Eメール', 'email'],
    ['interview_method', 'email', 'email'],
    ['interview_method', 'LINE', 'sns'],
    ['interview_method', 'SNS', 'sns'],
    ['interview_method', 'sns', 'sns'],
    ['interview_method', '同行', 'accompanied'],
    ['interview_method', '同行支援', 'accompanied'],
    ['interview_method', ' 電話 ', 'phone'],
    ['risk_flag', '自傷・自殺の危険', 'self_harm'],
    ['closure_reason', '重複登録(統合済み)', 'duplicate'],
  ])('%s: %p → %p', (group, cell, expected) => {
    expect(parseEnum(group, cell)).toEqual({ ok: true, value: expected });
  });

  it('reads every code and every Japanese label of every group', () => {
    for (const [group, labels] of Object.entries(ENUM_LABELS_JA) as [EnumName, Record<string, string>][]) {
      for (const [value, label] of Object.entries(labels)) {
        expect([group, value, parseEnum(group, value)]).toEqual([group, value, { ok: true, value }]);
        expect([group, label, parseEnum(group, label)]).toEqual([group, label, { ok: true, value }]);
      }
    }
  });

  it('reads every synonym as its own value (none is shadowed by another value)', () => {
    for (const [group, synonyms] of Object.entries(ENUM_SYNONYMS) as [EnumName, Record<string, readonly string[]>][]) {
      for (const [value, words] of Object.entries(synonyms)) {
        for (const word of words) expect([group, word, parseEnum(group, word)]).toEqual([group, word, { ok: true, value }]);
      }
    }
  });

  it.each<[EnumName, CellValue, string]>([
    ['interview_method', '訪問', `「訪問」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    ['interview_method', 'FAX', `「FAX」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    ['interview_method', 3, `「3」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    ['sex', 'X', '「X」は使えない値です。使える値: 女性、男性、その他、不明'],
    ['sex', '男の子', '「男の子」は使えない値です。使える値: 女性、男性、その他、不明'],
    ['relationship', 'おじ', '「おじ」は使えない値です。使える値: 母、父、きょうだい、配偶者、子、祖父母、その他'],
    ['interview_method', '', `空欄です。${INTERVIEW_METHODS_ALLOWED}`],
    ['interview_method', null, `空欄です。${INTERVIEW_METHODS_ALLOWED}`],
  ])('%s: %p is refused', (group, cell, problem) => {
    expect(parseEnum(group, cell)).toEqual({ ok: false, problem });
  });

  it('does not read a word of another group', () => {
    expect(parseEnum('sex', '電話')).toEqual({ ok: false, problem: '「電話」は使えない値です。使える値: 女性、男性、その他、不明' });
  });
});

describe('parseEnumList', () => {
  it.each<[EnumName, CellValue, string[]]>([
    ['interview_method', '来所', ['in_person']],
    ['interview_method', 'SNS、電話', ['sns', 'phone']],
    ['interview_method', '来所,電話，メール', ['in_person', 'phone', 'email']],
    ['interview_method', '来所/電話／メール', ['in_person', 'phone', 'email']],
    ['interview_method', '来所・電話', ['in_person', 'phone']],
    ['interview_method', '来所･電話', ['in_person', 'phone']],
    ['interview_method', '来所;電話；オンライン', ['in_person', 'phone', 'online']],
    ['interview_method', '来所 電話\u3000メール', ['in_person', 'phone', 'email']],
    ['interview_method', '来所\n電話\r\nLINE', ['in_person', 'phone', 'sns']],
    ['interview_method', ' 来所 、 電話 ', ['in_person', 'phone']],
    ['interview_method', '来所、面談、来所', ['in_person']],
    ['interview_method', '電話、TEL、来所、電話', ['phone', 'in_person']],
    ['relationship', '母、父', ['mother', 'father']],
    // ・ separates values but also sits inside labels: the longest label wins.
    ['risk_flag', '自傷・自殺の危険', ['self_harm']],
    ['risk_flag', '自傷・自殺の危険・家庭内暴力', ['self_harm', 'violence_at_home']],
    ['risk_flag', '家庭内暴力、自傷・自殺の危険、経済的困窮', ['violence_at_home', 'self_harm', 'financial_hardship']],
  ])('%s: %j → %j', (group, cell, expected) => {
    expect(parseEnumList(group, cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[EnumName, CellValue, string]>([
    ['interview_method', '来所、訪問、ＦＡＸ', `「訪問」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    ['interview_method', '訪問・来所', `「訪問」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    [
      'risk_flag',
      '自傷・家庭内暴力',
      '「自傷」は使えない値です。使える値: 自傷・自殺の危険、家庭内暴力、経済的困窮、健康上の課題',
    ],
    ['interview_method', '、、', `「、、」は使えない値です。${INTERVIEW_METHODS_ALLOWED}`],
    ['interview_method', '\u3000', `空欄です。${INTERVIEW_METHODS_ALLOWED}`],
  ])('%s: %p is refused', (group, cell, problem) => {
    expect(parseEnumList(group, cell)).toEqual({ ok: false, problem });
  });
});
