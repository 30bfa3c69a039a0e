import { CASE_TRANSITIONS, RESOURCES, type CaseDto, type CaseStatus, type Role } from '@tsunagu/contracts';
import { canAccess, CASE_ACTIONS } from '@tsunagu/web-data-access';

type Values = Record<string, unknown>;

/**
 * The case form as the API takes it: the birth year only when there is no birth date (the API
 * derives it), kana without stray spaces at the ends.
 */
export function caseFormToApi<T extends Values>(values: T): T {
  const out: Values = { ...values };
  if (typeof out['clientNameKana'] === 'string') out['clientNameKana'] = (out['clientNameKana'] as string).trim();
  if (out['birthDate']) delete out['birthYear'];
  if (out['birthYear'] === '' || out['birthYear'] === undefined) delete out['birthYear'];
  return out as T;
}

/** A move on a case's status offered as a button: which, and what it asks first. */
export interface CaseMove {
  to: CaseStatus;
  /** i18n key of the button. */
  label: string;
  /** closure: reason and date; pause: why, in words; confirm: a yes/no question; none: done at once. */
  asks: 'closure' | 'pause' | 'confirm' | 'none';
}

/**
 * The legal next statuses (CASE_TRANSITIONS) the role may make, as canAccess allows them: closing
 * and reopening are the supervisor's; a coordinator asks for closure instead (`canRequestClosure`).
 */
export function caseMoves(status: CaseStatus, role: Role | null): CaseMove[] {
  const may = (action: string) => canAccess(role, { action, resource: RESOURCES.cases });
  if (!may('edit')) return [];
  return CASE_TRANSITIONS[status].flatMap((to): CaseMove[] => {
    if (to === 'closed') return may(CASE_ACTIONS.close) ? [{ to, label: 'tsunagu.cases.moves.close', asks: 'closure' }] : [];
    if (status === 'closed') return may(CASE_ACTIONS.reopen) ? [{ to, label: 'tsunagu.cases.moves.reopen', asks: 'confirm' }] : [];
    if (to === 'paused') return [{ to, label: 'tsunagu.cases.moves.pause', asks: 'pause' }];
    return [{ to, label: status === 'intake' ? 'tsunagu.cases.moves.start' : 'tsunagu.cases.moves.resume', asks: 'none' }];
  });
}

/** A coordinator on an open case may ask the supervisor to close it, once. */
export function canRequestClosure(record: Pick<CaseDto, 'status' | 'closureRequested'>, role: Role | null): boolean {
  return canAccess(role, { action: CASE_ACTIONS.requestClosure, resource: RESOURCES.cases }) && record.status !== 'closed' && !record.closureRequested;
}

/** Whether a record is the full case or only the referral view (what staff get). */
export function isFullCase(record: unknown): record is CaseDto {
  return typeof record === 'object' && record !== null && 'status' in record;
}
