import { isDeepStrictEqual } from 'node:util';
import { isAuthorOrSupervisor, japanDate, mayDo, RESOURCES, type ContactCorrectionDto } from '@tsunagu/contracts';
import { assertCan, AuthUser, DomainError, invalid, ListQuery, ruleBroken } from '@tsunagu/api-core';
import { areAgenciesOfCenter } from '@tsunagu/api-agencies';
import { areFamilyOfCase } from '@tsunagu/api-cases';
import { activeMembersOf } from '@tsunagu/api-users';
import { EntityManager } from 'typeorm';
import { ContactRecord, ContactRecordChange, CorrectableKind } from './contact.entities';
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

type ContactResource = typeof RESOURCES.interviews | typeof RESOURCES.outreachVisits;

/**
 * Which records a list shows: the current ones, or with `filter.voided` the voided ones, which
 * only supervisors list (to see what was voided, by whom and why).
 */
export function listedState(actor: AuthUser, resource: ContactResource, list: ListQuery): 'current' | 'voided' {
  if (list.filter['voided'] !== true) return 'current';
  assertCan(actor, resource, 'list_voided', 'list voided records');
  return 'voided';
}

/** Whether a voided record still opens for this reader (supervisors: it shows its void reason and author). */
export const readsVoided = (actor: AuthUser, resource: ContactResource) => mayDo(actor.role, resource, 'list_voided');

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
    voidedAt: r.voidedAt?.toISOString() ?? null,
    voidedBy: r.voidedBy,
    voidReason: r.voidReason,
  };
}

/**
 * Corrections (docs/domain.md, rule 9): typos happen, and the author or a supervisor corrects the
 * record; another coordinator of the case adds a record of their own instead.
 */
export function assertMayCorrect(actor: AuthUser, createdBy: string | null): void {
  if (!isAuthorOrSupervisor(actor, createdBy)) {
    throw new DomainError('forbidden', 'CORRECTION_AUTHOR_ONLY', 'Only the author of a record or a supervisor can correct it');
  }
}

/** Fields a correction never lists: the server's own bookkeeping. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'corrections']);

/**
 * Keeps a correction's history: each field whose value differs between the record as it was and
 * as it is now (both as the API shows them to the author), with the old and the new value.
 */
export async function recordCorrection<V extends object>(
  m: EntityManager,
  actor: AuthUser,
  record: { kind: CorrectableKind; id: string; caseId: string },
  before: V,
  after: V,
): Promise<string[]> {
  const was = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const changes = Object.keys(now)
    .filter((field) => !BOOKKEEPING.has(field) && !isDeepStrictEqual(was[field], now[field]))
    .map((field) => ({ field, from: was[field] ?? null, to: now[field] ?? null }));
  if (changes.length) {
    await m.save(m.create(ContactRecordChange, { recordType: record.kind, recordId: record.id, caseId: record.caseId, changedBy: actor.id, changes }));
  }
  return changes.map((c) => c.field);
}

/** A record's corrections, oldest first; a confidential note's values only for those who may read it. */
export async function correctionsOf(m: EntityManager, actor: AuthUser, record: ContactRecord): Promise<ContactCorrectionDto[]> {
  const rows = await m.find(ContactRecordChange, { where: { recordId: record.id }, order: { changedAt: 'ASC' } });
  return rows.map((r) => ({
    changedAt: r.changedAt.toISOString(),
    changedBy: r.changedBy,
    changes: r.changes.map((c) =>
      c.field === 'confidentialNote'
        ? { field: c.field, from: visibleNote(actor, record.createdBy, c.from as string | null), to: visibleNote(actor, record.createdBy, c.to as string | null) }
        : c,
    ),
  }));
}
