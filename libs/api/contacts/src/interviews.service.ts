import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVIEW_METHODS, RESOURCES, type InterviewDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, ListQuery, ListResult, ListSpec, notFound, VoidDto } from '@tsunagu/api-core';
import { findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { CaseAccess } from '@tsunagu/api-cases';
import { DataSource } from 'typeorm';
import { Interview } from './contact.entities';
import { assertAgenciesOfCenter, assertFamilyOfCase, assertRecordDates, assertStaffOfCenter, assertMayCorrect, contactBase, correctionsOf, listedState, readsVoided, recordCorrection } from './contact-records';
import { assertMayWriteNote, seesContactRecords } from './contacts.policy';
import { CreateInterviewDto, UpdateInterviewDto } from './dto/contact.dto';

type InterviewField = 'voided' | 'caseId' | 'heldAt' | 'method' | 'createdBy' | 'nextContactOn';
export const INTERVIEW_LIST_SPEC: ListSpec<InterviewField> = {
  sortable: ['heldAt', 'method', 'nextContactOn'],
  filters: { caseId: 'uuid', method: { enum: INTERVIEW_METHODS }, createdBy: 'uuid', voided: 'boolean' },
  defaultSort: { field: 'heldAt', order: 'DESC' },
};
const COLUMNS: Record<Exclude<InterviewField, 'voided'>, string> = {
  caseId: 'i.case_id',
  heldAt: 'i.held_at',
  method: 'i.method',
  createdBy: 'i.created_by',
  nextContactOn: 'i.next_contact_on',
};

export const toInterviewDto = (actor: AuthUser, i: Interview): InterviewDto => ({
  ...contactBase(actor, i),
  heldAt: i.heldAt.toISOString(),
  method: i.method,
  participants: i.participants,
  agencyIds: i.agencyIds,
});

/** Family members met means the family took part. */
function participantsOf(dto: { participants?: InterviewDto['participants']; familyMemberIds?: string[]; agencyIds?: string[] }) {
  const set = new Set(dto.participants ?? []);
  if (dto.familyMemberIds?.length) set.add('family');
  if (dto.agencyIds?.length) set.add('agency');
  return [...set];
}

/** The fields of a new interview (from the form or a spreadsheet row): staff default to its author, `heldAt` to now. */
export function newInterviewRecord(actor: AuthUser, dto: CreateInterviewDto) {
  return {
    ...dto,
    heldAt: dto.heldAt ? new Date(dto.heldAt) : new Date(),
    staffIds: dto.staffIds?.length ? dto.staffIds : [actor.id],
    familyMemberIds: dto.familyMemberIds ?? [],
    agencyIds: dto.agencyIds ?? [],
    participants: participantsOf(dto),
    createdBy: actor.id,
  };
}

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<InterviewDto>> {
    if (!seesContactRecords(actor)) return new ListResult('interviews', [], list.start, 0);
    const { items, total } = await findPage(this.access.children(actor, Interview, 'i', undefined, listedState(actor, RESOURCES.interviews, list)), list, COLUMNS);
    return new ListResult('interviews', items.map((i) => toInterviewDto(actor, i)), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<InterviewDto> {
    if (!seesContactRecords(actor)) throw notFound('Interview');
    const record = await this.access.findChild(actor, Interview, id, 'Interview', { withVoided: readsVoided(actor, RESOURCES.interviews) });
    return { ...toInterviewDto(actor, record), corrections: await correctionsOf(this.db.manager, actor, record) };
  }

  create(actor: AuthUser, dto: CreateInterviewDto): Promise<InterviewDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      const record = newInterviewRecord(actor, dto);
      assertRecordDates(c.openedOn, record.heldAt, dto.nextContactOn);
      await assertStaffOfCenter(m, c.centerId, record.staffIds);
      await assertFamilyOfCase(m, c.id, dto.familyMemberIds);
      await assertAgenciesOfCenter(m, c.centerId, dto.agencyIds);
      const saved = await m.save(m.create(Interview, record));
      await this.audit.record({ actor, action: 'create', entity: 'interview', entityId: saved.id, caseId: c.id }, m);
      return { ...toInterviewDto(actor, saved), corrections: [] };
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateInterviewDto): Promise<InterviewDto> {
    return this.db.transaction(async (m) => {
      const i = await this.access.findChild(actor, Interview, id, 'Interview', { m, lock: true, expectedVersion: dto.version });
      assertMayCorrect(actor, i.createdBy);
      // As GET shows it (corrections included), so a whole record sent back is judged field by field.
      const before = { ...toInterviewDto(actor, i), corrections: await correctionsOf(m, actor, i) };
      const { heldAt, ...patch } = changesOf(dto, before);
      if (patch.confidentialNote !== undefined) assertMayWriteNote(actor, i.createdBy);
      const c = await this.access.findVisible(actor, i.caseId, m);
      if (patch.staffIds) await assertStaffOfCenter(m, c.centerId, patch.staffIds);
      await assertFamilyOfCase(m, i.caseId, patch.familyMemberIds);
      await assertAgenciesOfCenter(m, c.centerId, patch.agencyIds);
      if (heldAt || patch.nextContactOn !== undefined) {
        assertRecordDates(c.openedOn, heldAt ? new Date(heldAt) : i.heldAt, patch.nextContactOn !== undefined ? patch.nextContactOn : i.nextContactOn);
      }
      Object.assign(i, patch);
      if (heldAt) i.heldAt = new Date(heldAt);
      i.participants = participantsOf(i);
      const saved = await m.save(i);
      const after = toInterviewDto(actor, saved);
      const fields = await recordCorrection(m, actor, { kind: 'interview', id, caseId: i.caseId }, before, after);
      await this.audit.record({ actor, action: 'update', entity: 'interview', entityId: id, caseId: i.caseId, detail: { fields } }, m);
      return { ...after, corrections: await correctionsOf(m, actor, saved) };
    });
  }

  async remove(actor: AuthUser, id: string, dto: VoidDto): Promise<InterviewDto> {
    return toInterviewDto(actor, await this.access.voidChild(actor, Interview, id, 'Interview', 'interview', dto.reason));
  }
}
