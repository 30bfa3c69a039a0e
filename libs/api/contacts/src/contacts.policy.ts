import { isAuthor, isAuthorOrSupervisor, mayDo, RESOURCES } from '@tsunagu/contracts';
import { AuthUser, DomainError } from '@tsunagu/api-core';

/**
 * Confidential notes: read by their author and by supervisors, by nobody else, wherever the
 * record appears (detail, list, timeline, export). Every mapper passes notes through here.
 */
export function visibleNote(actor: AuthUser, createdBy: string | null, note: string | null): string | null {
  if (note === null) return null;
  return isAuthorOrSupervisor(actor, createdBy) ? note : null;
}

/** Only the author writes a confidential note; anyone else touching it is refused. */
export function assertMayWriteNote(actor: AuthUser, createdBy: string | null): void {
  if (!isAuthor(actor, createdBy)) {
    throw new DomainError('forbidden', 'NOTE_AUTHOR_ONLY', 'Only the author of a record can write its confidential note');
  }
}

/**
 * Contact records are support content: those the role table does not let list them (liaison
 * staff) never see them; for them the records simply do not exist.
 */
export const seesContactRecords = (actor: AuthUser) => mayDo(actor.role, RESOURCES.interviews, 'list');
