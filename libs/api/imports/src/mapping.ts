import { foldWord, IMPORT_COLUMNS, IMPORT_SHEET_NAMES_JA, IMPORT_SHEETS, importColumnNamed, type ImportColumn, type ImportSheet } from '@tsunagu/contracts';
import type { SheetHead } from './read-file';

export const columnOf = (sheet: ImportSheet, field: string): ImportColumn | undefined => IMPORT_COLUMNS[sheet].find((c) => c.field === field);

/** How many of the headers name a column of the sheet. */
const matches = (sheet: ImportSheet, headers: string[]) => headers.filter((h) => h && importColumnNamed(sheet, h)).length;

/** A header row names at least two known columns of some sheet. */
export const isHeaderRow = (cells: string[]): boolean => IMPORT_SHEETS.some((s) => matches(s, cells) >= 2);

/**
 * Which sheet of the template a read sheet is: by its name (ケース, 家族, 支援経過, or the English
 * names, also inside a CSV's file name), else by the sheet whose columns its headers name most.
 */
export function recogniseSheet(raw: SheetHead): ImportSheet | null {
  const source = foldWord(raw.source);
  const byName = IMPORT_SHEETS.find((s) => source.includes(foldWord(IMPORT_SHEET_NAMES_JA[s])) || source.includes(s));
  if (byName) return byName;
  const [best] = IMPORT_SHEETS.map((s) => ({ s, n: matches(s, raw.headers) })).sort((a, b) => b.n - a.n);
  return best && best.n >= 2 ? best.s : null;
}
