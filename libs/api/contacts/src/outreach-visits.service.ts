import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { japanDate, OUTREACH_OUTCOMES, RESOURCES, type OutreachVisitDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, ListSpec, notFound, VoidDto } from '@tsunagu/api-core';
import { findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { CaseAccess } from '@tsunagu/api-cases';
import { ConsentChecker } from '@tsunagu/api-consents';
import { DataSource, EntityManager } from 'typeorm';
import { OutreachVisit } from './contact.entities';
import { assertFamilyOfCase, assertRecordDates, assertStaffOfCenter, assertMayCorrect, contactBase, correctionsOf, listedState, readsVoided, recordCorrection } from './contact-records';
import { assertMayWriteNote, seesContactRecords } from './contacts.policy';
import { CreateOutreachVisitDto, UpdateOutreachVisitDto } from './dto/contact.dto';

type OutreachField = 'voided' | 'caseId' | 'visitedAt' | 'outcome' | 'createdBy' | 'nextContactOn';
export const OUTREACH_LIST_SPEC: ListSpec<OutreachField> = {
  sortable: ['visitedAt', 'outcome', 'nextContactOn'],
  filters: { caseId: 'uuid', outcome: { enum: OUTREACH_OUTCOMES }, createdBy: 'uuid', voided: 'boolean' },
  defaultSort: { field: 'visitedAt', order: 'DESC' },
};
const COLUMNS: Record<Exclude<OutreachField, 'voided'>, string> = {
  caseId: 'o.case_id',
  visitedAt: 'o.visited_at',
  outcome: 'o.outcome',
  createdBy: 'o.created_by',
  nextContactOn: 'o.next_contact_on',
};

export const toOutreachVisitDto = (actor: AuthUser, o: OutreachVisit): OutreachVisitDto => ({
  ...contactBase(actor, o),
  visitedAt: o.visitedAt.toISOString(),
  outcome: o.outcome,
  location: o.location,
  consentId: o.consentId,
});

@Injectable()
export class OutreachVisitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly consents: ConsentChecker,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<OutreachVisitDto>> {
    if (!seesContactRecords(actor)) return new ListResult('outreach-visits', [], list.start, 0);
    const { items, total } = await findPage(this.access.children(actor, OutreachVisit, 'o', undefined, listedState(actor, RESOURCES.outreachVisits, list)), list, COLUMNS);
    return new ListResult('outreach-visits', items.map((o) => toOutreachVisitDto(actor, o)), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<OutreachVisitDto> {
    if (!seesContactRecords(actor)) throw notFound('Outreach visit');
    const record = await this.access.findChild(actor, OutreachVisit, id, 'Outreach visit', { withVoided: readsVoided(actor, RESOURCES.outreachVisits) });
    return { ...toOutreachVisitDto(actor, record), corrections: await correctionsOf(this.db.manager, actor, record) };
  }

  create(actor: AuthUser, dto: CreateOutreachVisitDto): Promise<OutreachVisitDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      const visitedAt = dto.visitedAt ? new Date(dto.visitedAt) : new Date();
      assertRecordDates(c.openedOn, visitedAt, dto.nextContactOn);
      const consentId = await this.requireConsent(m, c.id, visitedAt);
      const staffIds = dto.staffIds?.length ? dto.staffIds : [actor.id];
      await assertStaffOfCenter(m, c.centerId, staffIds);
      await assertFamilyOfCase(m, c.id, dto.familyMemberIds);
      const saved = await m.save(
        m.create(OutreachVisit, { ...dto, visitedAt, staffIds, familyMemberIds: dto.familyMemberIds ?? [], consentId, createdBy: actor.id }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'outreach_visit', entityId: saved.id, caseId: c.id }, m);
      return { ...toOutreachVisitDto(actor, saved), corrections: [] };
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateOutreachVisitDto): Promise<OutreachVisitDto> {
    return this.db.transaction(async (m) => {
      const o = await this.access.findChild(actor, OutreachVisit, id, 'Outreach visit', { m, lock: true, expectedVersion: dto.version });
      assertMayCorrect(actor, o.createdBy);
      // As GET shows it (corrections included), so a whole record sent back is judged field by field.
      const before = { ...toOutreachVisitDto(actor, o), corrections: await correctionsOf(m, actor, o) };
      const { visitedAt, ...patch } = changesOf(dto, before);
      if (patch.confidentialNote !== undefined) assertMayWriteNote(actor, o.createdBy);
      const c = await this.access.findVisible(actor, o.caseId, m);
      if (visitedAt || patch.nextContactOn !== undefined) {
        assertRecordDates(c.openedOn, visitedAt ? new Date(visitedAt) : o.visitedAt, patch.nextContactOn !== undefined ? patch.nextContactOn : o.nextContactOn);
      }
      if (patch.staffIds) await assertStaffOfCenter(m, c.centerId, patch.staffIds);
      await assertFamilyOfCase(m, o.caseId, patch.familyMemberIds);
      Object.assign(o, patch);
      if (visitedAt) {
        o.visitedAt = new Date(visitedAt);
        o.consentId = await this.requireConsent(m, o.caseId, o.visitedAt);
      }
      const saved = await m.save(o);
      const after = toOutreachVisitDto(actor, saved);
      const fields = await recordCorrection(m, actor, { kind: 'outreach_visit', id, caseId: o.caseId }, before, after);
      await this.audit.record({ actor, action: 'update', entity: 'outreach_visit', entityId: id, caseId: o.caseId, detail: { fields } }, m);
      return { ...after, corrections: await correctionsOf(m, actor, saved) };
    });
  }

  async remove(actor: AuthUser, id: string, dto: VoidDto): Promise<OutreachVisitDto> {
    return toOutreachVisitDto(actor, await this.access.voidChild(actor, OutreachVisit, id, 'Outreach visit', 'outreach_visit', dto.reason));
  }

  /** Rule 1: an outreach consent from 本人 or a family member, active on the visit date (Japan time). */
  private async requireConsent(m: EntityManager, caseId: string, visitedAt: Date): Promise<string> {
    const on = japanDate(visitedAt);
    const consent = await this.consents.findActive({ caseId, purpose: 'outreach', on, subject: { kind: 'client_or_family' } }, m);
    if (!consent) {
      throw new DomainError(
        'rule',
        'OUTREACH_CONSENT_REQUIRED',
        `An outreach visit needs an outreach consent from the person or a family member that is active on the visit date (${on}). Record the consent first.`,
      );
    }
    return consent.id;
  }
}
