import { japanDate } from '@tsunagu/contracts';
import { AuthUser, invalid, ruleBroken } from '@tsunagu/api-core';
import { areAgenciesOfCenter } from '@tsunagu/api-agencies';
import { areFamilyOfCase } from '@tsunagu/api-cases';
import { activeMembersOf } from '@tsunagu/api-users';
import { EntityManager } from 'typeorm';
import { ContactRecord } from './contact.entities';
import { visibleNote } from './contacts.policy';

/** Family members named on a record must belong to its case. */
export async function assertFamilyOfCase(m: EntityManager, caseId: string, ids: string[] | undefined, field = 'familyMemberIds') {
  if (!(await areFamilyOfCase(m, caseId, ids ?? []))) throw invalid('FAMILY_UNKNOWN', `${field} must name family members of this case`);
}

/** Staff named on a record are active users of the case's center. */
export async function assertStaffOfCenter(m: EntityManager, centerId: string, ids: string[]) {
  if ((await activeMembersOf(m, centerId, ids)).size !== new Set(ids).size) {
    throw invalid('STAFF_UNKNOWN', 'staffIds must name active staff of this center');
  }
}

/** Partner agencies named on a record belong to the case's center. */
export async function assertAgenciesOfCenter(m: EntityManager, centerId: string, ids: string[] | undefined) {
  if (!(await areAgenciesOfCenter(m, centerId, ids ?? []))) throw invalid('AGENCY_UNKNOWN', 'agencyIds must name partner agencies of this center');
}

/**
 * Dates that make sense (docs/domain.md, rule 5): a record is not dated before its case was
 * opened, and its next-contact date is not before the day of the record itself.
 */
export function assertRecordDates(openedOn: string, at: Date, nextContactOn: string | null | undefined): void {
  const day = japanDate(at);
  if (day < openedOn) throw ruleBroken('CONTACT_BEFORE_OPENED', `The record is dated ${day}, before the case was opened (${openedOn})`);
  if (nextContactOn && nextContactOn < day) throw invalid('NEXT_CONTACT_BEFORE_RECORD', 'nextContactOn cannot be before the day of the record');
}

/** The fields every contact record shows, with its confidential note only for those allowed. */
export function contactBase(actor: AuthUser, r: ContactRecord) {
  return {
    id: r.id,
    caseId: r.caseId,
    staffIds: r.staffIds,
    familyMemberIds: r.familyMemberIds,
    durationMinutes: r.durationMinutes,
    summary: r.summary,
    confidentialNote: visibleNote(actor, r.createdBy, r.confidentialNote),
    nextContactOn: r.nextContactOn,
    createdBy: r.createdBy,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}
