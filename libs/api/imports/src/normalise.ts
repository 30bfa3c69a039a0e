import { ENUM_LABELS_JA, ENUM_VALUES, foldWord, japaneseEraYear, type EnumName } from '@tsunagu/contracts';

/**
 * Normalising the cells of the spreadsheets support centers keep (Excel workbooks, CSV) before an
 * import: dates in the Western or Japanese calendar, counts with units, yes/no marks, enum values as
 * Japanese staff write them. Pure functions; a cell that cannot be read yields a problem in plain
 * Japanese, which the import shows beside its row and column.
 */

/** A cell as exceljs (Date at UTC midnight for date cells, number, boolean) or a CSV (string) gives it. */
export type CellValue = string | number | boolean | Date | null;

/** A normalised value, or why the cell cannot be read, in plain Japanese (shown to the user beside row and column). */
export type Normalised<T> = { ok: true; value: T } | { ok: false; problem: string };

type Problem = { ok: false; problem: string };

const ok = <T>(value: T): Normalised<T> => ({ ok: true, value });
const fail = (problem: string): Problem => ({ ok: false, problem });
const BLANK_PROBLEM = '空欄です';

// ---------------------------------------------------------------------------------------------
// Text

/** null, '' or only whitespace (JavaScript's whitespace includes U+3000 and the BOM). */
export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Free text as the application stores it: half-width katakana widened, trimmed. Single-line text
 * also gets full-width letters and digits narrowed and every run of whitespace made one space;
 * multiline text keeps its line breaks (as \n) and its full-width characters, with line ends trimmed.
 * No NFKC on the whole text: it would turn the （）！ of a summary into ASCII.
 */
export function normaliseText(cell: CellValue, multiline: boolean): string {
  const text = widenHalfWidthKana(cellText(cell));
  if (multiline) {
    return text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  }
  return narrowAlphanumerics(text).replace(/\s+/g, ' ').trim();
}

/** The text a non-text cell shows in Excel. */
function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return String(cell);
  if (!isValidDate(cell)) return '';
  const { day, hour, minute, second } = utcParts(cell);
  return hour === 0 && minute === 0 && second === 0 ? day : `${day} ${pad(hour)}:${pad(minute)}`;
}

/**
 * ｶﾞｯｺｳ → ガッコウ. NFKC on the half-width runs only; a kana just before a run is taken along so
 * that a lone ﾞ or ﾟ composes with it (カﾞ → ガ).
 */
function widenHalfWidthKana(text: string): string {
  return text.replace(/[\u3040-\u30ff]?[\uff61-\uff9f]+/g, (run) => run.normalize('NFKC'));
}

/** ＡＢＣ１２３ → ABC123 (full-width forms sit 0xFEE0 above their ASCII letters and digits). */
function narrowAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** How a cell is quoted in a problem: as the user typed it, shortened when long. */
function shown(cell: CellValue): string {
  const text = cell instanceof Date ? cellText(cell) || String(cell) : cellText(cell).trim().replace(/\s+/g, ' ');
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** What the parsers read: full-width digits, letters and punctuation narrowed, whitespace collapsed. */
function readable(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Dates

interface Era {
  readonly name: string;
  readonly letter: string;
  readonly start: string;
  readonly end: string | null;
}

/**
 * Used to turn an era year into a Western year and to explain a date outside its era; whether an
 * era year is right is asked of ICU (japaneseEraYear). Meiji starts where ICU starts it (the
 * proclamation, 1868-10-23), not at the back-dated 1868-01-25, so the two never disagree.
 */
const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', start: '1868-10-23', end: '1912-07-29' },
  { name: '大正', letter: 'T', start: '1912-07-30', end: '1926-12-24' },
  { name: '昭和', letter: 'S', start: '1926-12-25', end: '1989-01-07' },
  { name: '平成', letter: 'H', start: '1989-01-08', end: '2019-04-30' },
  { name: '令和', letter: 'R', start: '2019-05-01', end: null },
];

/** A date as written: a Western year, or an era and its year; the day is absent in a year-month. */
interface Written {
  readonly era: Era | null;
  readonly year: number;
  readonly month: number;
  readonly day: number | null;
}

const ERA_PATTERN = `(${ERAS.map((e) => `${e.name}|${e.letter}`).join('|')})`;
const WESTERN_DATE = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/;
const ERA_DATE = new RegExp(`^${ERA_PATTERN}\\/?(元|\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{1,2}))?$`, 'i');
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

const DATE_EXAMPLES = '（例: 2024/4/1、R6.4.1、令和6年4月1日）';
const YEAR_MONTH_EXAMPLES = '（例: 2015/4、H27.4、平成27年4月）';
const DATE_TIME_EXAMPLES = '（例: 2024/4/1 14:30、令和6年4月1日 14時30分）';

/**
 * Reads '2024年4月1日(月)', '2024-04-01', 'R6.4.1', '令和元年5月1日', '20240401', '平成27年4月'
 * (text already made readable) without judging whether the date exists.
 */
function readWritten(text: string): Written | null {
  const uniform = text
    .replace(/\([月火水木金土日](?:曜日?)?\)$/, '')
    .replace(/\s+/g, '')
    .replace(/[年月.-]/g, '/')
    .replace(/日$/, '')
    .replace(/\/$/, '');
  const optionalNumber = (s: string | undefined): number | null => (s === undefined ? null : Number(s));

  const western = WESTERN_DATE.exec(uniform) ?? COMPACT_DATE.exec(uniform);
  if (western) return { era: null, year: Number(western[1]), month: Number(western[2]), day: optionalNumber(western[3]) };

  const era = ERA_DATE.exec(uniform);
  if (!era) return null;
  const written = era[1].toUpperCase();
  return {
    era: ERAS.find((e) => e.name === written || e.letter === written) ?? null,
    year: era[2] === '元' ? 1 : Number(era[2]),
    month: Number(era[3]),
    day: optionalNumber(era[4]),
  };
}

type WrittenDay = Written & { readonly day: number };

const hasDay = (written: Written | null): written is WrittenDay => written !== null && written.day !== null;

function westernYear(written: Written): number {
  return written.era ? Number(written.era.start.slice(0, 4)) + written.year - 1 : written.year;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoDay = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** '2019-04-30' → '2019年4月30日' */
function kanjiDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The written era year agrees with ICU on `iso`: 平成31年 for 2019-04-30, not for 2019-05-01. */
function inEra(era: Era, eraYear: number, iso: string): boolean {
  return japaneseEraYear(iso) === `${era.name}${eraYear === 1 ? '元' : eraYear}年`;
}

/** The problem of a date or a month (first to last day) that its written era does not cover. */
function outOfEra(quoted: string, era: Era, first: string, last: string): Problem {
  const bound =
    last < era.start ? `（${era.name}は${kanjiDate(era.start)}から）` : era.end && first > era.end ? `（${era.name}は${kanjiDate(era.end)}まで）` : '';
  return fail(`「${quoted}」は${era.name}の期間外です${bound}`);
}

function resolveDay(written: WrittenDay, quoted: string): Normalised<string> {
  const year = westernYear(written);
  const { month, day, era } = written;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail(`「${quoted}」は存在しない日付です`);
  }
  const iso = isoDay(year, month, day);
  if (era && !inEra(era, written.year, iso)) return outOfEra(quoted, era, iso, iso);
  return ok(iso);
}

function resolveMonth(written: Written, quoted: string): Normalised<string> {
  const year = westernYear(written);
  const { month, era } = written;
  if (month < 1 || month > 12) return fail(`「${quoted}」は存在しない年月です`);
  const first = isoDay(year, month, 1);
  const last = isoDay(year, month, daysInMonth(year, month));
  // Fine if the era covers any day of the month: 昭和64年1月 and 平成元年1月 are both January 1989.
  if (era && !inEra(era, written.year, first) && !inEra(era, written.year, last)) return outOfEra(quoted, era, first, last);
  return ok(`${pad(year, 4)}-${pad(month)}`);
}

function isValidDate(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** UTC fields of a date, rounded to the second (serials carry floating-point noise). */
function utcParts(date: Date): { day: string; hour: number; minute: number; second: number } {
  const at = new Date(Math.round(date.getTime() / 1000) * 1000);
  return {
    day: isoDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()),
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    second: at.getUTCSeconds(),
  };
}

const EXCEL_LAST_SERIAL = 2958465; // 9999-12-31

/**
 * An Excel serial (1900 date system) as a Date whose UTC fields are the day and time it shows.
 * Serial 60 is 1900-02-29, which Excel keeps from Lotus 1-2-3 but never existed, so the epoch is
 * 1899-12-31 before it and 1899-12-30 after it.
 */
function fromExcelSerial(serial: number, quoted: string, examples: string): Normalised<Date> {
  if (!(serial >= 1 && serial < EXCEL_LAST_SERIAL + 1)) return fail(`「${quoted}」を日付として読めません${examples}`);
  if (Math.floor(serial) === 60) return fail(`「${quoted}」は存在しない日付です（Excelの1900年2月29日）`);
  const epoch = serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return ok(new Date(epoch + Math.round(serial * 86_400) * 1000));
}

/** A Date cell or serial number as a Date; text is for the caller. */
function dateOfCell(cell: Date | number, quoted: string, examples: string): Normalised<Date> {
  if (typeof cell === 'number') return fromExcelSerial(cell, quoted, examples);
  return isValidDate(cell) ? ok(cell) : fail(`「${quoted}」を日付として読めません${examples}`);
}

/** A calendar day → 'YYYY-MM-DD'. */
export function parseDate(cell: CellValue): Normalised<string> {
  if (isBlank(cell)) return fail(BLANK_PROBLEM);
  const quoted = shown(cell);
  if (typeof cell === 'string') {
    const written = readWritten(readable(cell));
    return hasDay(written) ? resolveDay(written, quoted) : fail(`「${quoted}」を日付として読めません${DATE_EXAMPLES}`);
  }
  if (typeof cell === 'boolean' || cell === null) return fail(`「${quoted}」を日付として読めません${DATE_EXAMPLES}`);
  const date = dateOfCell(cell, quoted, DATE_EXAMPLES);
  return date.ok ? ok(utcParts(date.value).day) : date;
}

/** A month → 'YYYY-MM'; a full date gives its month. */
export function parseYearMonth(cell: CellValue): Normalised<string> {
  if (isBlank(cell)) return fail(BLANK_PROBLEM);
  const quoted = shown(cell);
  if (typeof cell === 'string') {
    const written = readWritten(readable(cell));
    if (!written) return fail(`「${quoted}」を年月として読めません${YEAR_MONTH_EXAMPLES}`);
    if (!hasDay(written)) return resolveMonth(written, quoted);
    const day = resolveDay(written, quoted);
    return day.ok ? ok(day.value.slice(0, 7)) : day;
  }
  if (typeof cell === 'boolean' || cell === null) return fail(`「${quoted}」を年月として読めません${YEAR_MONTH_EXAMPLES}`);
  const date = dateOfCell(cell, quoted, YEAR_MONTH_EXAMPLES);
  return date.ok ? ok(utcParts(date.value).day.slice(0, 7)) : date;
}

interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const COLON_TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const KANJI_TIME = /(\d{1,2})時(?:(\d{1,2})分)?(?:(\d{1,2})秒)?$/;

/** Splits '2024/4/1 午後2時30分' into the date text and the time as written (null when none). */
function splitTime(text: string): { date: string; clock: Clock | null; valid: boolean } {
  const match = COLON_TIME.exec(text) ?? KANJI_TIME.exec(text);
  if (!match) return { date: text, clock: null, valid: true };
  let date = text.slice(0, match.index).trim();
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const second = Number(match[3] ?? 0);
  const half = /(午前|午後)$/.exec(date);
  if (half) {
    date = date.slice(0, half.index).trim();
    if (hour > 12) return { date, clock: null, valid: false };
    hour = (hour % 12) + (half[1] === '午後' ? 12 : 0);
  }
  date = date.replace(/T$/i, '').trim();
  const valid = hour <= 23 && minute <= 59 && second <= 59;
  return { date, clock: { hour, minute, second }, valid };
}

function isoDateTime(day: string, { hour, minute, second }: Clock): string {
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}+09:00`;
}

/**
 * A Japan date and time → '2024-04-01T14:30:00+09:00'; a date alone is midnight. A Date cell's
 * UTC fields are the wall-clock time typed into the sheet (exceljs), read as Japan time.
 */
export function parseDateTime(cell: CellValue): Normalised<string> {
  if (isBlank(cell)) return fail(BLANK_PROBLEM);
  const quoted = shown(cell);
  const unreadable = fail(`「${quoted}」を日時として読めません${DATE_TIME_EXAMPLES}`);
  if (typeof cell === 'string') {
    const { date, clock, valid } = splitTime(readable(cell));
    const written = readWritten(date);
    if (!hasDay(written)) return unreadable;
    const day = resolveDay(written, quoted);
    if (!day.ok) return day;
    if (!valid) return fail(`「${quoted}」は存在しない時刻です`);
    return ok(isoDateTime(day.value, clock ?? { hour: 0, minute: 0, second: 0 }));
  }
  if (typeof cell === 'boolean' || cell === null) return unreadable;
  const date = dateOfCell(cell, quoted, DATE_TIME_EXAMPLES);
  if (!date.ok) return date;
  const { day, ...clock } = utcParts(date.value);
  return ok(isoDateTime(day, clock));
}

// ---------------------------------------------------------------------------------------------
// Numbers and yes/no

const NUMBER = String.raw`[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** '1時間30分', '1.5時間', '90分間': minutes. */
const HOURS_MINUTES = new RegExp(`^(${NUMBER})時間(?:(${NUMBER})分間?)?$`);
/** A count or an amount with the unit spreadsheets put after it: '30分', '3回', '45歳', '1,200円'. */
const WITH_UNIT = new RegExp(`^(${NUMBER})(?:分間?|回|人|名|歳|才|件|円|日|年|か月|ヶ月|ヵ月|カ月|ケ月)?$`);

const numberOf = (s: string): number => Number(s.replace(/,/g, ''));

/** The number a text cell holds, before asking whether it is whole. */
function readNumber(text: string): number | null {
  const compact = text.replace(/\s+/g, '');
  const hours = HOURS_MINUTES.exec(compact);
  if (hours) return numberOf(hours[1]) * 60 + (hours[2] ? numberOf(hours[2]) : 0);
  const plain = WITH_UNIT.exec(compact);
  return plain ? numberOf(plain[1]) : null;
}

/** A whole number: '１，２００', '30分', '1時間30分' (→ 90), 45.0; 1.5 is refused. */
export function parseInteger(cell: CellValue): Normalised<number> {
  if (isBlank(cell)) return fail(BLANK_PROBLEM);
  const quoted = shown(cell);
  const value = typeof cell === 'number' ? cell : typeof cell === 'string' ? readNumber(readable(cell)) : null;
  if (value === null || !Number.isFinite(value)) return fail(`「${quoted}」を数値として読めません`);
  const whole = Math.round(value);
  // Formula results such as 0.1 * 3 * 100 land a hair off the whole number they mean.
  if (Math.abs(value - whole) > 1e-9) return fail(`「${quoted}」は整数ではありません`);
  if (!Number.isSafeInteger(whole)) return fail(`「${quoted}」は大きすぎる数値です`);
  return ok(whole);
}

const BOOLEAN_WORDS: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['はい', '○', '〇', '◯', '✓', '✔', '有', '有り', 'あり', 'する', 'yes', 'y', 'true', '1', '同居'],
  false: ['いいえ', '×', '✕', '✖', 'x', '無', '無し', 'なし', 'しない', 'no', 'n', 'false', '0', '別居'],
};

const BOOLEANS = new Map<string, boolean>([
  ...BOOLEAN_WORDS.true.map((w): [string, boolean] => [foldWord(w), true]),
  ...BOOLEAN_WORDS.false.map((w): [string, boolean] => [foldWord(w), false]),
]);

/** はい/いいえ, ○/×, 有/無, あり/なし, する/しない, yes/no, true/false, 1/0, 同居/別居. */
export function parseBoolean(cell: CellValue): Normalised<boolean> {
  if (isBlank(cell)) return fail(BLANK_PROBLEM);
  if (typeof cell === 'boolean') return ok(cell);
  const value = typeof cell === 'string' || typeof cell === 'number' ? BOOLEANS.get(foldWord(String(cell))) : undefined;
  return value === undefined ? fail(`「${shown(cell)}」をはい・いいえとして読めません（例: はい、いいえ、○、×）`) : ok(value);
}

// ---------------------------------------------------------------------------------------------
// Enums

type EnumValue<G extends EnumName> = (typeof ENUM_VALUES)[G][number];
type EnumSynonyms = { readonly [G in EnumName]?: { readonly [V in EnumValue<G>]?: readonly string[] } };

/**
 * What Japanese spreadsheets write for an enum value besides its code and its label in
 * ENUM_LABELS_JA. Compared after foldWord, so case, width and brackets do not matter.
 */
export const ENUM_SYNONYMS: EnumSynonyms = {
  sex: {
    male: ['男', '男性', 'M', 'male'],
    female: ['女', '女性', 'F', 'female'],
    unknown: ['不明', '未確認', '-'],
    other: ['その他'],
  },
  relationship: {
    mother: ['母', '母親', '実母', '義母', 'お母さん'],
    father: ['父', '父親', '実父', '義父', 'お父さん'],
    sibling: ['兄', '弟', '姉', '妹', '兄弟', '姉妹', '兄弟姉妹'],
    spouse: ['夫', '妻'],
    child: ['息子', '娘'],
    grandparent: ['祖父', '祖母'],
  },
  interview_method: {
    in_person: ['面談', '来所面談', '来所'],
    phone: ['電話', 'TEL', '電話相談'],
    online: ['オンライン', 'Zoom', 'ビデオ通話', 'web面談'],
    email: ['メール', 'Eメール', 'email', 'e-mail'],
    sns: ['LINE', 'SNS'],
    accompanied: ['同行', '同行支援'],
  },
};

const enumIndexes = new Map<EnumName, ReadonlyMap<string, string>>();

/** Folded code, label and synonyms → value. The first to claim a word keeps it: codes and labels first. */
function enumIndex(group: EnumName): ReadonlyMap<string, string> {
  const cached = enumIndexes.get(group);
  if (cached) return cached;
  const index = new Map<string, string>();
  const claim = (word: string, value: string) => {
    if (!index.has(foldWord(word))) index.set(foldWord(word), value);
  };
  const labels: Readonly<Record<string, string>> = ENUM_LABELS_JA[group];
  for (const [value, label] of Object.entries(labels)) {
    claim(value, value);
    claim(label, value);
  }
  const synonyms: Readonly<Record<string, readonly string[] | undefined>> = ENUM_SYNONYMS[group] ?? {};
  for (const [value, words] of Object.entries(synonyms)) for (const word of words ?? []) claim(word, value);
  enumIndexes.set(group, index);
  return index;
}

function allowedValues(group: EnumName): string {
  const labels: Readonly<Record<string, string>> = ENUM_LABELS_JA[group];
  return `使える値: ${Object.values(labels).join('、')}`;
}

/** One value of `group`, by its code, its Japanese label or a synonym. */
export function parseEnum(group: EnumName, cell: CellValue): Normalised<string> {
  if (isBlank(cell)) return fail(`${BLANK_PROBLEM}。${allowedValues(group)}`);
  const value = typeof cell === 'string' || typeof cell === 'number' ? enumIndex(group).get(foldWord(String(cell))) : undefined;
  return value === undefined ? fail(`「${shown(cell)}」は使えない値です。${allowedValues(group)}`) : ok(value);
}

/**
 * Splits a run of ・-separated words into values, longest match first, because ・ both separates
 * values and sits inside labels: '自傷・自殺の危険・家庭内暴力' is two risk flags.
 */
function parseDotted(group: EnumName, words: readonly string[]): Normalised<string[]> {
  const values: string[] = [];
  const joined = (from: number, to: number) => words.slice(from, to).join('・');
  let from = 0;
  while (from < words.length) {
    let to = words.length;
    while (to > from + 1 && !parseEnum(group, joined(from, to)).ok) to--;
    const match = parseEnum(group, joined(from, to));
    if (!match.ok) return match;
    values.push(match.value);
    from = to;
  }
  return ok(values);
}

/** Several values of `group`, separated by 、,/・; or whitespace; duplicates dropped, order kept. */
export function parseEnumList(group: EnumName, cell: CellValue): Normalised<string[]> {
  if (isBlank(cell)) return fail(`${BLANK_PROBLEM}。${allowedValues(group)}`);
  const parts = readable(cellText(cell))
    .split(/[、,/;\s]+/)
    .filter((part) => part !== '');
  const values: string[] = [];
  for (const part of parts) {
    const words = part.split('・').filter((word) => word !== '');
    const parsed = parseDotted(group, words.length > 0 ? words : [part]);
    if (!parsed.ok) return parsed;
    values.push(...parsed.value);
  }
  if (values.length === 0) return fail(`「${shown(cell)}」は使えない値です。${allowedValues(group)}`);
  return ok([...new Set(values)]);
}
