import { IMPORT_COLUMNS, IMPORT_SHEET_NAMES_JA, IMPORT_SHEETS, type ImportColumn, type ImportHeaderDto, type ImportSheet } from '@tsunagu/contracts';
import { foldWord } from './normalise';
import type { RawSheet } from './read-file';

/** Every name a column is known by (its header, the API's field name, its aliases), folded, by sheet. */
const NAMES: Record<ImportSheet, Map<string, ImportColumn>> = Object.fromEntries(
  IMPORT_SHEETS.map((sheet) => [
    sheet,
    new Map(IMPORT_COLUMNS[sheet].flatMap((c) => [c.header, c.field, ...(c.aliases ?? [])].map((name) => [foldWord(name), c] as const))),
  ]),
) as Record<ImportSheet, Map<string, ImportColumn>>;

export const columnOf = (sheet: ImportSheet, field: string): ImportColumn | undefined => IMPORT_COLUMNS[sheet].find((c) => c.field === field);

/** The column a header names on a sheet, if any. */
export function columnNamed(sheet: ImportSheet, header: string): ImportColumn | undefined {
  return NAMES[sheet].get(foldWord(header));
}

/** How many of the headers name a column of the sheet. */
const matches = (sheet: ImportSheet, headers: string[]) => headers.filter((h) => h && columnNamed(sheet, h)).length;

/** A header row names at least two known columns of some sheet. */
export const isHeaderRow = (cells: string[]): boolean => IMPORT_SHEETS.some((s) => matches(s, cells) >= 2);

/**
 * Which sheet of the template a read sheet is: by its name (ケース, 家族, 支援経過, or the English
 * names, also inside a CSV's file name), else by the sheet whose columns its headers name most.
 */
export function recogniseSheet(raw: RawSheet): ImportSheet | null {
  const source = foldWord(raw.source);
  const byName = IMPORT_SHEETS.find((s) => source.includes(foldWord(IMPORT_SHEET_NAMES_JA[s])) || source.includes(s));
  if (byName) return byName;
  const [best] = IMPORT_SHEETS.map((s) => ({ s, n: matches(s, raw.headers) })).sort((a, b) => b.n - a.n);
  return best && best.n >= 2 ? best.s : null;
}

/** Each header with the column it names (null: unknown, to be chosen in the mapping step, or left out). */
export function autoMapping(sheet: ImportSheet, headers: string[]): ImportHeaderDto[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const column = header ? columnNamed(sheet, header) : undefined;
    if (!column || taken.has(column.field)) return { header, field: null };
    taken.add(column.field);
    return { header, field: column.field };
  });
}

/** The headers of required columns no header fills. */
export function missingColumns(sheet: ImportSheet, headers: ImportHeaderDto[]): string[] {
  const mapped = new Set(headers.map((h) => h.field));
  return IMPORT_COLUMNS[sheet].filter((c) => c.required && !mapped.has(c.field)).map((c) => c.header);
}
