import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ATTENDEES, japanDate, PROGRAM_KINDS, type AttendanceDto, type ProgramDto, type ProgramSessionDto, type UsualAttendeeDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, ListSpec, notFound, staleVersion, tenantOf, VoidDto } from '@tsunagu/api-core';
import { changedFields, escapeLike, findPage, lockForUpdate } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { CaseAccess } from '@tsunagu/api-cases';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Attendance, Program, ProgramSession } from './contact.entities';
import { assertFamilyOfCase } from './contact-records';
import { seesContactRecords } from './contacts.policy';
import {
  CreateAttendanceDto,
  CreateProgramDto,
  CreateProgramSessionDto,
  RecordAttendanceDto,
  UpdateProgramDto,
  UpdateProgramSessionDto,
} from './dto/contact.dto';

export const PROGRAM_LIST_SPEC: ListSpec<'name' | 'kind' | 'createdAt'> = {
  sortable: ['name', 'kind', 'createdAt'],
  filters: { q: 'string', kind: { enum: PROGRAM_KINDS } },
  defaultSort: { field: 'name', order: 'ASC' },
};
export const SESSION_LIST_SPEC: ListSpec<'programId' | 'heldOn'> = {
  sortable: ['heldOn'],
  filters: { programId: 'uuid', heldOn: 'date' },
  defaultSort: { field: 'heldOn', order: 'DESC' },
};
export const ATTENDANCE_LIST_SPEC: ListSpec<'sessionId' | 'caseId' | 'attendee' | 'createdAt'> = {
  sortable: ['createdAt'],
  filters: { sessionId: 'uuid', caseId: 'uuid', attendee: { enum: ATTENDEES } },
  defaultSort: { field: 'createdAt', order: 'ASC' },
};

const toProgramDto = (p: Program): ProgramDto => ({ id: p.id, centerId: p.centerId, name: p.name, kind: p.kind, description: p.description, version: p.version });
const toSessionDto = (s: ProgramSession): ProgramSessionDto => ({
  id: s.id,
  programId: s.programId,
  heldOn: s.heldOn,
  topic: s.topic,
  facilitator: s.facilitator,
  version: s.version,
});
const toAttendanceDto = (a: Attendance): AttendanceDto => ({
  id: a.id,
  sessionId: a.sessionId,
  caseId: a.caseId,
  attendee: a.attendee,
  familyMemberId: a.familyMemberId,
});

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  // Programs: a center's own; admins across centers.
  async listPrograms(actor: AuthUser, list: ListQuery): Promise<ListResult<ProgramDto>> {
    const qb = this.db.getRepository(Program).createQueryBuilder('p').where('p.voided_at IS NULL');
    const centerId = tenantOf(actor);
    if (centerId) qb.andWhere('p.center_id = :centerId', { centerId });
    if (typeof list.filter.q === 'string' && list.filter.q.trim()) qb.andWhere('p.name ILIKE :q', { q: `%${escapeLike(list.filter.q.trim())}%` });
    const { items, total } = await findPage(qb, list, { name: 'p.name', kind: 'p.kind', createdAt: 'p.created_at' });
    return new ListResult('programs', items.map(toProgramDto), list.start, total);
  }

  async getProgram(actor: AuthUser, id: string): Promise<ProgramDto> {
    return toProgramDto(await this.findProgram(this.db.manager, actor, id));
  }

  createProgram(actor: AuthUser, dto: CreateProgramDto): Promise<ProgramDto> {
    const centerId = tenantOf(actor) ?? dto.centerId;
    if (dto.centerId && dto.centerId !== centerId) throw new DomainError('invalid', 'PROGRAM_CENTER', 'centerId must be your own center');
    if (!centerId) throw new DomainError('invalid', 'PROGRAM_CENTER', 'centerId is required when an admin adds a program');
    return this.db.transaction(async (m) => {
      const saved = await m.save(m.create(Program, { ...dto, centerId, createdBy: actor.id }));
      await this.audit.record({ actor, action: 'create', entity: 'program', entityId: saved.id, centerId }, m);
      return toProgramDto(saved);
    });
  }

  updateProgram(actor: AuthUser, id: string, dto: UpdateProgramDto): Promise<ProgramDto> {
    return this.db.transaction(async (m) => {
      const centerId = tenantOf(actor);
      const p = await lockForUpdate(m, Program, { id, voidedAt: IsNull(), ...(centerId ? { centerId } : {}) }, dto.version, 'Program');
      const patch = changesOf(dto, toProgramDto(p));
      const fields = changedFields(p, patch);
      const saved = await m.save(Object.assign(p, patch));
      await this.audit.record({ actor, action: 'update', entity: 'program', entityId: id, centerId: p.centerId, detail: { fields } }, m);
      return toProgramDto(saved);
    });
  }

  // Sessions: of the center's programs.
  async listSessions(actor: AuthUser, list: ListQuery): Promise<ListResult<ProgramSessionDto>> {
    const qb = this.sessions(actor);
    const { items, total } = await findPage(qb, list, { programId: 's.program_id', heldOn: 's.held_on' });
    return new ListResult('program-sessions', items.map(toSessionDto), list.start, total);
  }

  async getSession(actor: AuthUser, id: string): Promise<ProgramSessionDto> {
    return toSessionDto(await this.findSession(this.db.manager, actor, id));
  }

  createSession(actor: AuthUser, dto: CreateProgramSessionDto): Promise<ProgramSessionDto> {
    return this.db.transaction(async (m) => {
      const p = await this.findProgram(m, actor, dto.programId);
      const saved = await m.save(m.create(ProgramSession, { ...dto, createdBy: actor.id }));
      await this.audit.record({ actor, action: 'create', entity: 'program_session', entityId: saved.id, centerId: p.centerId }, m);
      return toSessionDto(saved);
    });
  }

  updateSession(actor: AuthUser, id: string, dto: UpdateProgramSessionDto): Promise<ProgramSessionDto> {
    return this.db.transaction(async (m) => {
      const s = await this.findSession(m, actor, id, true);
      if (dto.version !== undefined && dto.version !== s.version) throw staleVersion('session');
      const patch = changesOf(dto, toSessionDto(s));
      if (patch.heldOn && patch.heldOn > japanDate() && (await m.existsBy(Attendance, { sessionId: id, voidedAt: IsNull() }))) {
        throw new DomainError('rule', 'SESSION_HAS_ATTENDANCE', 'A session with recorded attendance cannot move to the future');
      }
      const fields = changedFields(s, patch);
      const saved = await m.save(Object.assign(s, patch));
      await this.audit.record({ actor, action: 'update', entity: 'program_session', entityId: id, detail: { fields } }, m);
      return toSessionDto(saved);
    });
  }

  // Attendance: only of cases the user may see, so one family's case never shows to another's coordinator.
  async listAttendances(actor: AuthUser, list: ListQuery): Promise<ListResult<AttendanceDto>> {
    if (!seesContactRecords(actor)) return new ListResult('attendances', [], list.start, 0);
    const qb = this.access.children(actor, Attendance, 'a');
    const { items, total } = await findPage(qb, list, { sessionId: 'a.session_id', caseId: 'a.case_id', attendee: 'a.attendee', createdAt: 'a.created_at' });
    return new ListResult('attendances', items.map(toAttendanceDto), list.start, total);
  }

  async getAttendance(actor: AuthUser, id: string): Promise<AttendanceDto> {
    if (!seesContactRecords(actor)) throw notFound('Attendance');
    return toAttendanceDto(await this.access.findChild(actor, Attendance, id, 'Attendance'));
  }

  async createAttendance(actor: AuthUser, dto: CreateAttendanceDto): Promise<AttendanceDto> {
    const { sessionId, ...entry } = dto;
    const [created] = await this.recordAttendance(actor, sessionId, { entries: [entry] });
    return created;
  }

  /** Records a whole session's attendance in one transaction; entries already recorded are left as they are. */
  recordAttendance(actor: AuthUser, sessionId: string, dto: RecordAttendanceDto): Promise<AttendanceDto[]> {
    return this.db.transaction(async (m) => {
      const session = await this.findSession(m, actor, sessionId);
      if (session.heldOn > japanDate()) {
        throw new DomainError('rule', 'SESSION_IN_FUTURE', `Attendance cannot be recorded before the session (${session.heldOn})`);
      }
      const result: AttendanceDto[] = [];
      for (const entry of dto.entries) {
        const c = await this.access.findVisible(actor, entry.caseId, m, 'share');
        if ((entry.attendee === 'family') !== !!entry.familyMemberId) {
          throw new DomainError('invalid', 'ATTENDEE', 'familyMemberId is required for a family attendee, and only for one');
        }
        if (entry.familyMemberId) await assertFamilyOfCase(m, c.id, [entry.familyMemberId], 'familyMemberId');
        const existing = await m.findOneBy(Attendance, {
          sessionId,
          caseId: c.id,
          attendee: entry.attendee,
          familyMemberId: entry.familyMemberId ?? IsNull(),
          voidedAt: IsNull(),
        });
        if (existing) {
          result.push(toAttendanceDto(existing));
          continue;
        }
        const saved = await m.save(m.create(Attendance, { sessionId, caseId: c.id, attendee: entry.attendee, familyMemberId: entry.familyMemberId ?? null, createdBy: actor.id }));
        await this.audit.record({ actor, action: 'create', entity: 'attendance', entityId: saved.id, caseId: c.id }, m);
        result.push(toAttendanceDto(saved));
      }
      return result;
    });
  }

  async removeAttendance(actor: AuthUser, id: string, dto: VoidDto): Promise<AttendanceDto> {
    return toAttendanceDto(await this.access.voidChild(actor, Attendance, id, 'Attendance', 'attendance', dto.reason));
  }

  /** Who usually comes to the session's program (any earlier attendance), among the cases the user may see. */
  async usualAttendees(actor: AuthUser, sessionId: string): Promise<UsualAttendeeDto[]> {
    const session = await this.findSession(this.db.manager, actor, sessionId);
    if (!seesContactRecords(actor)) return [];
    const qb = this.access
      .children(actor, Attendance, 'a')
      .innerJoin(ProgramSession, 's', 's.id = a.session_id')
      .leftJoin('family_members', 'f', 'f.id = a.family_member_id')
      .andWhere('s.program_id = :programId AND s.voided_at IS NULL', { programId: session.programId })
      .select(['a.case_id AS "caseId"', 'c.case_number AS "caseNumber"', 'a.attendee AS attendee', 'a.family_member_id AS "familyMemberId"'])
      .addSelect(`CASE WHEN a.attendee = 'family' THEN f.name ELSE c.client_name END`, 'name')
      .addSelect('f.relationship', 'relationship')
      .distinct(true)
      .orderBy('"caseNumber"')
      .addOrderBy('attendee');
    return qb.getRawMany<UsualAttendeeDto>();
  }

  private sessions(actor: AuthUser, m: EntityManager = this.db.manager) {
    const qb = m
      .getRepository(ProgramSession)
      .createQueryBuilder('s')
      .innerJoin(Program, 'p', 'p.id = s.program_id AND p.voided_at IS NULL')
      .where('s.voided_at IS NULL');
    const centerId = tenantOf(actor);
    if (centerId) qb.andWhere('p.center_id = :centerId', { centerId });
    return qb;
  }

  private async findSession(m: EntityManager, actor: AuthUser, id: string, lock = false): Promise<ProgramSession> {
    const qb = this.sessions(actor, m).andWhere('s.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['s']);
    const s = await qb.getOne();
    if (!s) throw notFound('Program session');
    return s;
  }

  private async findProgram(m: EntityManager, actor: AuthUser, id: string): Promise<Program> {
    const centerId = tenantOf(actor);
    const p = await m.findOneBy(Program, { id, voidedAt: IsNull(), ...(centerId ? { centerId } : {}) });
    if (!p) throw notFound('Program');
    return p;
  }
}
