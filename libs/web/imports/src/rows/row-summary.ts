import { enumKey, formatDateTime, formatDay } from '@tsunagu/web-ui';
import type { ImportDuplicateDto, ImportRowDto } from '@tsunagu/contracts';
import type { TranslateFunction } from 'react-admin';

/** What a row of the dry run says at a glance: its main values, and the lead coordinator (a case), shown by name elsewhere. */
export interface RowSummary {
  headline: string;
  details: string[];
  leadId: string | null;
}

/** Longer texts are cut to this many characters in the table. */
const EXCERPT = 40;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const excerpt = (value: string) => (value.length > EXCERPT ? `${value.slice(0, EXCERPT)}…` : value);

/**
 * The values of a row as read (normalised by the API): a case by name, birth and sex; a family member
 * by relationship and name; a contact by day, method and the start of its summary. A value the file
 * did not give (or that could not be read) is left out.
 */
export function summaryOf(row: Pick<ImportRowDto, 'sheet' | 'values'>, translate: TranslateFunction, locale: string): RowSummary {
  const v = row.values;
  const label = (group: Parameters<typeof enumKey>[0], value: unknown) => (text(value) ? translate(enumKey(group, String(value)), { _: String(value) }) : null);
  const year = (value: unknown) => (typeof value === 'number' ? translate('tsunagu.imports.rows.born_in', { year: value }) : null);
  const present = (parts: Array<string | null>) => parts.filter((p): p is string => !!p);
  if (row.sheet === 'cases') {
    const birth = text(v['birthDate']) ? formatDay(String(v['birthDate']), locale) : year(v['birthYear']);
    return { headline: text(v['clientName']) ?? '—', details: present([birth, label('sex', v['sex'])]), leadId: text(v['leadCoordinatorId']) };
  }
  if (row.sheet === 'family') {
    return { headline: present([label('relationship', v['relationship']), text(v['name'])]).join(' ') || '—', details: present([year(v['birthYear'])]), leadId: null };
  }
  const summary = text(v['summary']);
  return {
    headline: present([text(v['heldAt']) ? formatDateTime(String(v['heldAt']), locale) : null, label('interview_method', v['method'])]).join(' ') || '—',
    details: present([summary ? excerpt(summary) : null]),
    leadId: null,
  };
}

/** A possible duplicate as the check may show it: a case by number, or another row of the same file; initials and birth year only. */
export function duplicateText(d: ImportDuplicateDto, translate: TranslateFunction): string {
  const where = d.caseNumber ? translate('tsunagu.imports.rows.duplicate_case', { caseNumber: d.caseNumber }) : translate('tsunagu.imports.rows.duplicate_row', { row: d.row ?? '?' });
  const born = d.birthYear ? ` ${translate('tsunagu.imports.rows.born_in', { year: d.birthYear })}` : '';
  return `${where}: ${d.initials}${born}`;
}

/** What a supervisor may decide on a row: undo a decision; skip it; import a possible duplicate as a new case anyway. */
export type RowAction = 'skip' | 'import' | 'undo';

export function actionsFor(row: Pick<ImportRowDto, 'decision' | 'outcome' | 'duplicates'>): RowAction[] {
  if (row.decision) return ['undo'];
  // Already in the center, or skipped with its case: nothing to decide on the row itself.
  if (row.outcome === 'already_imported' || row.outcome === 'skip') return [];
  return row.outcome === 'undecided' && row.duplicates.length ? ['skip', 'import'] : ['skip'];
}
