/**
 * Folds a name or kana reading for matching: NFKC (half-width kana and full-width latin become
 * standard), hiragana become katakana, spaces and middle dots go, latin is lower-cased.
 * 「ｻﾄｳ ﾀﾛｳ」, 「さとう　たろう」 and 「サトウタロウ」 all fold to 「サトウタロウ」.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[\s\u30fb·・]/g, '')
    .toLowerCase();
}

/** Initials for showing a possible duplicate without the name: 「佐藤 太郎」 → 「佐.太.」. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .map((part) => `${Array.from(part)[0]}.`)
    .join('');
}

/** A kana reading (よみ) as the API takes it: hiragana or katakana (full- or half-width), spaces, ー and ・. */
export const KANA_READING = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s\u3000\uff70\uff9e\uff9f]+$/u;

/** How a header or a word compares: NFKC, lower case, no spaces/（）()・ and similar decoration. */
export function foldWord(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\s()[\]{}【】「」『』〈〉《》・·_*※:]/g, '');
}
