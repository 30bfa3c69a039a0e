import { AuthUser, DomainError } from '@tsunagu/api-core';
import { EntityManager } from 'typeorm';
import { ContactRecord } from './contact.entities';
import { visibleNote } from './contacts.policy';

/** Family members named on a record must belong to its case. */
export async function assertFamilyOfCase(m: EntityManager, caseId: string, ids: string[] | undefined, field = 'familyMemberIds') {
  if (!ids?.length) return;
  const rows: Array<{ n: number }> = await m.query(
    `SELECT count(*)::int AS n FROM family_members WHERE id = ANY($1) AND case_id = $2 AND voided_at IS NULL`,
    [ids, caseId],
  );
  if (rows[0].n !== ids.length) throw new DomainError('invalid', 'FAMILY_UNKNOWN', `${field} must name family members of this case`);
}

/** Staff named on a record are active users of the case's center. */
export async function assertStaffOfCenter(m: EntityManager, centerId: string, ids: string[]) {
  const rows: Array<{ n: number }> = await m.query(
    `SELECT count(*)::int AS n FROM users WHERE id = ANY($1) AND center_id = $2 AND active`,
    [ids, centerId],
  );
  if (rows[0].n !== ids.length) throw new DomainError('invalid', 'STAFF_UNKNOWN', 'staffIds must name active staff of this center');
}

/** Partner agencies named on a record belong to the case's center. */
export async function assertAgenciesOfCenter(m: EntityManager, centerId: string, ids: string[] | undefined) {
  if (!ids?.length) return;
  const rows: Array<{ n: number }> = await m.query(
    `SELECT count(*)::int AS n FROM agencies WHERE id = ANY($1) AND center_id = $2 AND voided_at IS NULL`,
    [ids, centerId],
  );
  if (rows[0].n !== ids.length) throw new DomainError('invalid', 'AGENCY_UNKNOWN', 'agencyIds must name partner agencies of this center');
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
