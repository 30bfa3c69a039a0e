import { IMPORT_SHEETS, type ImportCounts, type ImportSheet } from '@tsunagu/contracts';

/** Rows that keep a batch from being committed: those with errors, and those waiting for a decision on a possible duplicate. */
export function openRows(counts: ImportCounts): { errors: number; undecided: number } {
  return IMPORT_SHEETS.reduce(
    (open, sheet) => ({ errors: open.errors + counts[sheet].error, undecided: open.undecided + counts[sheet].undecided }),
    { errors: 0, undecided: 0 },
  );
}

/** The records a commit creates (a draft) or created (a committed batch), by sheet: the rows whose outcome is `create`. */
export function createdCounts(counts: ImportCounts): Record<ImportSheet, number> {
  return { cases: counts.cases.create, family: counts.family.create, contacts: counts.contacts.create };
}
