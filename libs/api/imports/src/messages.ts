import type { ValidationError } from 'class-validator';

/** The number an English class-validator message names (a length, a bound), if any. */
const numberIn = (message: string) => message.match(/-?\d+/)?.[0] ?? '';

/** Japanese for each validator the DTOs use, by constraint name; `n` is the bound the message names. */
const JAPANESE: Record<string, (header: string, n: string) => string> = {
  isDefined: (h) => `「${h}」が空です`,
  isNotNull: (h) => `「${h}」が空です`,
  isNotBlank: (h) => `「${h}」が空白だけです`,
  minLength: (h, n) => (n === '1' ? `「${h}」が空です` : `「${h}」は${n}文字以上にしてください`),
  maxLength: (h, n) => `「${h}」が長すぎます（${n}文字まで）`,
  isString: (h) => `「${h}」は文字で書いてください`,
  isSingleLine: (h) => `「${h}」には改行を入れられません`,
  isKana: (h) => `「${h}」はひらがなかカタカナで書いてください`,
  matches: (h) => `「${h}」の書き方が正しくありません`,
  isInt: (h) => `「${h}」は整数で書いてください`,
  min: (h, n) => `「${h}」は${n}以上にしてください`,
  max: (h, n) => `「${h}」は${n}以下にしてください`,
  isBoolean: (h) => `「${h}」は「はい」か「いいえ」で書いてください`,
  isIn: (h) => `「${h}」は使えない値です`,
  isDateOnly: (h) => `「${h}」は日付で書いてください`,
  isYearMonth: (h) => `「${h}」は年月で書いてください`,
  isTimestamp: (h) => `「${h}」は日時で書いてください`,
  isNotFuture: (h) => `「${h}」が未来の日付です`,
  arrayUnique: (h) => `「${h}」に同じ値が重なっています`,
  arrayMaxSize: (h, n) => `「${h}」は${n}個までです`,
  whitelistValidation: (h) => `「${h}」はこのシートでは取り込めない列です`,
};

/** A validation failure of one field, in Japanese, naming the column by the file's header. */
export function problemInJapanese(error: ValidationError, header: string): string {
  const [name, message] = Object.entries(error.constraints ?? {})[0] ?? ['', ''];
  // The kana reading's pattern says so in its message.
  const japanese = JAPANESE[name === 'matches' && /kana/i.test(message) ? 'isKana' : name];
  return japanese ? japanese(header, numberIn(message)) : `「${header}」: ${message}`;
}
