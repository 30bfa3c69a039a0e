import type { ImportCounts, ImportRowOutcome, ImportSheet } from '@tsunagu/contracts';

/** The views of the dry run a supervisor switches between, and the outcome each one lists. */
export const ROW_VIEWS = ['all', 'error', 'duplicates', 'create', 'skip', 'already_imported'] as const;
export type RowView = (typeof ROW_VIEWS)[number];

const OUTCOME_OF: Partial<Record<RowView, ImportRowOutcome>> = {
  error: 'error',
  create: 'create',
  skip: 'skip',
  already_imported: 'already_imported',
};

/** One sheet, or every sheet of the batch. */
export type SheetChoice = ImportSheet | 'all';

/** The import-rows filter of a view on a sheet (the batch id is the list's own, permanent filter). */
export function rowFilter(sheet: SheetChoice, view: RowView): Record<string, unknown> {
  const outcome = OUTCOME_OF[view];
  return {
    ...(sheet === 'all' ? {} : { sheet }),
    ...(outcome ? { outcome } : {}),
    ...(view === 'duplicates' ? { duplicates: true } : {}),
  };
}

/**
 * How many rows a view lists, from the batch's counts; undefined where the counts cannot say
 * (possible duplicates: decided ones count under their outcome).
 */
export function viewCount(counts: ImportCounts, sheets: readonly ImportSheet[], view: RowView): number | undefined {
  if (view === 'duplicates') return undefined;
  const outcome = OUTCOME_OF[view];
  return sheets.reduce((n, s) => n + (outcome ? counts[s][outcome] : Object.values(counts[s]).reduce((a, b) => a + b, 0)), 0);
}

/** The sheet and view a list's filter values stand for (the inverse of rowFilter). */
export function viewOf(filter: Record<string, unknown>): { sheet: SheetChoice; view: RowView } {
  const sheet = (filter['sheet'] as ImportSheet | undefined) ?? 'all';
  if (filter['duplicates']) return { sheet, view: 'duplicates' };
  const outcome = filter['outcome'] as RowView | undefined;
  return { sheet, view: outcome && (ROW_VIEWS as readonly string[]).includes(outcome) ? outcome : 'all' };
}
