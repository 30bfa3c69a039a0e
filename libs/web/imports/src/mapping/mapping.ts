import { autoMapping, missingColumns as missingOf, type ImportHeaderDto, type ImportSheet, type ImportSheetDto } from '@tsunagu/contracts';

/** A sheet of the batch as the mapping step edits it: which kind of rows it holds and the column each header fills. */
export type SheetMapping = Pick<ImportSheetDto, 'source' | 'sheet' | 'headers'>;

/**
 * Header `index` now fills `field` (null: not imported). A column takes one header only, so a
 * header that filled the same column before is let go, as the API would refuse two.
 */
export function withField(headers: ImportHeaderDto[], index: number, field: string | null): ImportHeaderDto[] {
  return headers.map((h, i) => (i === index ? { ...h, field } : field !== null && h.field === field ? { ...h, field: null } : h));
}

/** The sheet said to hold another kind of rows: its headers are matched again, as the API matches them, to that kind's columns. */
export function withSheet(mapping: SheetMapping, sheet: ImportSheet): SheetMapping {
  return { ...mapping, sheet, headers: autoMapping(sheet, mapping.headers.map((h) => h.header)) };
}

/** The template headers of the required columns no header fills (every row would be refused for them). */
export const missingColumns = ({ sheet, headers }: SheetMapping): string[] => missingOf(sheet, headers);

/** Whether the mapping differs from the batch's as saved. */
export function isChanged(edited: SheetMapping[], saved: SheetMapping[]): boolean {
  const shape = (sheets: SheetMapping[]) => JSON.stringify(sheets.map(({ source, sheet, headers }) => ({ source, sheet, headers })));
  return shape(edited) !== shape(saved);
}
