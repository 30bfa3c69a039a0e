import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CASE_TRANSITIONS,
  fiscalYear,
  foldForSearch,
  initialsOf,
  japanDate,
  mayDo,
  RESOURCES,
  type CaseDto,
  type CaseDuplicateDto,
  type CaseReferralViewDto,
} from '@tsunagu/contracts';
import { assertCan, AuthUser, changesOf, DomainError, invalid, ListQuery, ListResult, ruleBroken, staleVersion, tenantOf, VoidDto } from '@tsunagu/api-core';
import { changedFields, escapeLike, findRawPage, runSql } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { activeMembersOf } from '@tsunagu/api-users';
import { DataSource, DeepPartial, EntityManager } from 'typeorm';
import { Case, NO_DECLINE, NO_REQUEST } from './case.entity';
import { CaseAccess } from './case-access.service';
import { CaseSecondCoordinator, CaseStatusChange } from './case-links.entity';
import { CASE_COLUMNS, caseViewFor, REFERRAL_VIEW_FIELDS, scopeCases } from './cases.policy';
import { CaseExtras, caseFromRow, CaseRow, mapCase, toCaseDto } from './cases.mapper';
import { duplicateCandidatesSql, DuplicateRow, nextCaseNumberSql, unevaluatedPlanSql, withCaseExtras } from './cases.queries';
import { CreateCaseDto, DeclineClosureDto, DuplicateQueryDto, NewCaseDto, RequestClosureDto, UpdateCaseDto } from './dto/case.dto';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<CaseDto | CaseReferralViewDto>> {
    const view = caseViewFor(actor);
    if (view === 'referral') {
      const off = [...Object.keys(list.filter), list.sort.field].find((k) => !REFERRAL_VIEW_FIELDS.includes(k));
      if (off) throw invalid('CASE_FIELD_FORBIDDEN', `"${off}" is not available in the referral view of cases`);
    }
    // The busiest screen: one statement for the page, its total, second coordinators and the 8050 flag.
    const qb = withCaseExtras(this.db.createQueryBuilder().from('cases', 'c').select('c.*'));
    scopeCases(qb, 'c', actor);
    const { q, riskFlag, coordinatorId } = list.filter;
    if (typeof q === 'string' && foldForSearch(q)) {
      // The main search finds a case by name, kana reading or its number (MNT-2026-0012, or 0012).
      const term = `%${escapeLike(foldForSearch(q))}%`;
      const number = `%${escapeLike(q.trim())}%`;
      qb.andWhere(`((c.search_name || ' ' || coalesce(c.search_kana, '')) LIKE :term OR c.case_number ILIKE :number)`, { term, number });
    }
    if (typeof riskFlag === 'string') qb.andWhere(':riskFlag = ANY(c.risk_flags)', { riskFlag });
    if (typeof coordinatorId === 'string') {
      qb.andWhere(
        `(c.lead_coordinator_id = :coordinatorId OR EXISTS (
           SELECT 1 FROM case_second_coordinators f_sc WHERE f_sc.case_id = c.id AND f_sc.user_id = :coordinatorId))`,
        { coordinatorId },
      );
    }
    const { rows, total } = await findRawPage<CaseRow>(qb, list, CASE_COLUMNS);
    const items = rows.map((r) => mapCase(view, caseFromRow(r), { secondCoordinatorIds: r.second_ids, elderlyParentAtHome: r.elderly_parent_at_home }));
    return new ListResult('cases', items, list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<CaseDto | CaseReferralViewDto> {
    const view = caseViewFor(actor);
    const found = await this.access.findVisible(actor, id);
    await this.audit.record({ actor, action: 'read', entity: 'case', entityId: id, caseId: id, centerId: found.centerId });
    return mapCase(view, found, (await this.extras([id]))(id));
  }

  /** A new case; `within` runs it inside a caller's transaction (opening a case from a first contact). */
  create(actor: AuthUser, dto: NewCaseDto, within?: EntityManager): Promise<CaseDto> {
    const centerId = tenantOf(actor) as string;
    const { leadCoordinatorId, secondCoordinatorIds = [], openedOn = japanDate(), duplicateReason, ...client } = dto;
    let lead = leadCoordinatorId;
    // One who may not assign coordinators creates the case as its lead.
    if (!mayDo(actor.role, RESOURCES.cases, 'assign')) {
      if ((lead && lead !== actor.id) || secondCoordinatorIds.length) assertCan(actor, RESOURCES.cases, 'assign', 'assign coordinators');
      lead = actor.id;
    }
    if (!lead) throw invalid('CASE_LEAD_REQUIRED', 'leadCoordinatorId is required');
    const birthYear = birthYearOf(client.birthDate, client.birthYear);
    const inTransaction = <T>(work: (m: EntityManager) => Promise<T>) => (within ? work(within) : this.db.transaction(work));
    return inTransaction(async (m) => {
      await this.assertCoordinators(m, centerId, lead, secondCoordinatorIds);
      const duplicates = await this.possibleDuplicates(m, centerId, client.clientName, client.clientNameKana ?? null, birthYear);
      if (duplicates.length && !duplicateReason) {
        throw new DomainError(
          'conflict',
          'CASE_POSSIBLE_DUPLICATE',
          `The center already has a case that may be the same person (${duplicates.join(', ')}). Check it; to register this one anyway, give duplicateReason.`,
        );
      }
      const [caseNumber] = await allocateCaseNumbers(m, centerId, openedOn, 1);
      const saved = await m.save(m.create(Case, newCaseRecord(client, { centerId, caseNumber, lead, openedOn, createdBy: actor.id })));
      await this.setSecondCoordinators(m, saved.id, secondCoordinatorIds);
      await m.insert(CaseStatusChange, { caseId: saved.id, fromStatus: null, toStatus: 'intake', changedOn: openedOn, changedBy: actor.id });
      const despite = duplicates.length ? { possibleDuplicates: duplicates, duplicateReason: duplicateReason ?? null } : undefined;
      await this.audit.record({ actor, action: 'create', entity: 'case', entityId: saved.id, caseId: saved.id, detail: despite }, m);
      return mapCase('full', saved, { secondCoordinatorIds, elderlyParentAtHome: false }) as CaseDto;
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateCaseDto): Promise<CaseDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, id, m, 'update');
      if (dto.version !== undefined && dto.version !== c.version) throw staleVersion('case');
      const extras = (await this.extras([id], m))(id);
      const { status, closureReason, closedOn, statusNote, leadCoordinatorId, secondCoordinatorIds, ...client } = changesOf(dto, toCaseDto(c, extras));
      const fields = changedFields(c, client);
      const currentSeconds = extras.secondCoordinatorIds;
      const lead = leadCoordinatorId ?? c.leadCoordinatorId;
      const seconds = secondCoordinatorIds ?? currentSeconds;
      const reassigned = lead !== c.leadCoordinatorId || !sameSet(seconds, currentSeconds);
      if (reassigned) {
        assertCan(actor, RESOURCES.cases, 'assign', 'assign coordinators');
        await this.assertCoordinators(m, c.centerId, lead, seconds);
        fields.push('coordinators');
      }
      if (statusNote !== undefined && status !== 'paused') throw invalid('CASE_PAUSE_NOTE', 'statusNote is given only when pausing support');
      if (status && status !== c.status) {
        const from = c.status;
        this.applyStatus(actor, c, status, closureReason ?? null, closedOn ?? null);
        if (status === 'paused' && !statusNote?.trim()) throw invalid('CASE_PAUSE_NOTE', 'statusNote (why support is paused) is required to pause a case');
        if (status === 'closed' && (await runSql(m, unevaluatedPlanSql(id))).length) {
          throw ruleBroken('PLAN_EVALUATION_REQUIRED', 'Evaluate the goals of the support plan in force (a review) before closing the case');
        }
        await m.insert(CaseStatusChange, {
          caseId: id,
          fromStatus: from,
          toStatus: status,
          closureReason: c.closureReason,
          changedOn: c.closedOn ?? japanDate(),
          changedBy: actor.id,
          note: statusNote?.trim() || null,
        });
        fields.push('status');
      } else if (closureReason !== undefined || closedOn !== undefined) {
        if (c.status !== 'closed' || !mayDo(actor.role, RESOURCES.cases, 'close')) {
          throw ruleBroken('CASE_CLOSURE_FIELDS', 'closureReason and closedOn are set by a supervisor when closing a case');
        }
        Object.assign(c, { closureReason: closureReason ?? c.closureReason, closedOn: closedOn ?? c.closedOn });
        fields.push('closure');
      }
      Object.assign(c, client, { leadCoordinatorId: lead });
      if (client.clientName !== undefined || client.clientNameKana !== undefined) {
        Object.assign(c, searchFields(c.clientName, c.clientNameKana));
      }
      if (client.birthDate !== undefined || client.birthYear !== undefined) {
        c.birthYear = birthYearOf(c.birthDate, client.birthDate ? undefined : c.birthYear);
      }
      const saved = await m.save(c);
      if (reassigned) await this.setSecondCoordinators(m, id, seconds);
      await this.audit.record({ actor, action: 'update', entity: 'case', entityId: id, caseId: id, detail: { fields } }, m);
      return mapCase('full', saved, (await this.extras([id], m))(id)) as CaseDto;
    });
  }

  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<CaseDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, id, m, 'update');
      const extras = (await this.extras([id], m))(id);
      const saved = await m.save(Object.assign(c, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason }));
      await this.audit.record({ actor, action: 'void', entity: 'case', entityId: id, caseId: id }, m);
      return mapCase('full', saved, extras) as CaseDto;
    });
  }

  /** A coordinator asks the supervisor to close the case, with a reason and a note (one request at a time). */
  requestClosure(actor: AuthUser, id: string, dto: RequestClosureDto): Promise<CaseDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, id, m, 'update');
      if (c.status === 'closed') throw ruleBroken('CASE_STATUS', 'A closed case cannot be asked to close');
      if (c.closureRequested) throw new DomainError('conflict', 'CLOSURE_REQUEST_PENDING', 'Closure has already been requested for this case');
      Object.assign(c, {
        closureRequested: true,
        closureRequestReason: dto.reason,
        closureRequestNote: dto.note?.trim() || null,
        closureRequestedBy: actor.id,
        closureRequestedAt: new Date(),
        ...NO_DECLINE,
      });
      const saved = await m.save(c);
      await this.audit.record({ actor, action: 'update', entity: 'case_closure_request', entityId: id, caseId: id, detail: { reason: dto.reason } }, m);
      return mapCase('full', saved, (await this.extras([id], m))(id)) as CaseDto;
    });
  }

  /** The supervisor keeps the case open and tells the coordinator why (approving is closing the case). */
  declineClosure(actor: AuthUser, id: string, dto: DeclineClosureDto): Promise<CaseDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, id, m, 'update');
      if (!c.closureRequested) throw ruleBroken('CLOSURE_NOT_REQUESTED', 'No closure request waits on this case');
      Object.assign(c, NO_REQUEST, { closureDeclineNote: dto.note, closureDeclinedBy: actor.id, closureDeclinedAt: new Date() });
      const saved = await m.save(c);
      await this.audit.record({ actor, action: 'update', entity: 'case_closure_request', entityId: id, caseId: id, detail: { decision: 'declined' } }, m);
      return mapCase('full', saved, (await this.extras([id], m))(id)) as CaseDto;
    });
  }

  /**
   * Possible duplicates across the whole center (also cases the coordinator is not on):
   * same kana reading or same name, with a compatible birth year. Limited fields only.
   */
  async duplicates(actor: AuthUser, query: DuplicateQueryDto): Promise<CaseDuplicateDto[]> {
    const centerId = tenantOf(actor) as string;
    const name = query.name ? foldForSearch(query.name) : '';
    const kana = query.kana ? foldForSearch(query.kana) : '';
    if (!name && !kana) throw invalid('DUPLICATE_QUERY', 'name or kana is required');
    const year = query.birthDate ? Number(query.birthDate.slice(0, 4)) : query.birthYear ? Number(query.birthYear) : null;
    const rows = await runSql<DuplicateRow>(this.db, duplicateCandidatesSql({ centerId, name, kana, birthYear: year }));
    await this.audit.record({ actor, action: 'read', entity: 'case_duplicate_check', detail: { matches: rows.length } });
    const openable = await this.openable(actor, rows.map((r) => r.id));
    return rows.map((r) => ({
      ...(openable.has(r.id) ? { id: r.id } : {}),
      caseNumber: r.case_number,
      initials: initialsOf(r.client_name),
      birthYear: r.birth_year,
      leadCoordinatorId: r.lead_id,
      leadCoordinatorName: r.lead_name,
    }));
  }

  /** Which of these cases the actor may open, by the one case policy. */
  private async openable(actor: AuthUser, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const qb = this.db.createQueryBuilder().from('cases', 'c').select('c.id', 'id').where('c.id IN (:...ids)', { ids });
    scopeCases(qb, 'c', actor);
    return new Set((await qb.getRawMany<{ id: string }>()).map((r) => r.id));
  }

  private applyStatus(actor: AuthUser, c: Case, to: Case['status'], reason: Case['closureReason'], closedOn: string | null) {
    if (!CASE_TRANSITIONS[c.status].includes(to)) {
      throw ruleBroken('CASE_STATUS', `A case cannot go from ${c.status} to ${to}`);
    }
    if (to === 'closed') {
      assertCan(actor, RESOURCES.cases, 'close', 'close a case (a coordinator can request closure)');
      const on = closedOn ?? japanDate();
      assertClosure(c.openedOn, to, reason, on);
      Object.assign(c, { status: to, closureReason: reason, closedOn: on }, NO_REQUEST, NO_DECLINE);
      return;
    }
    assertClosure(c.openedOn, to, reason, closedOn);
    if (c.status === 'closed') {
      assertCan(actor, RESOURCES.cases, 'reopen', 'reopen a case');
      Object.assign(c, { status: to, closureReason: null, closedOn: null }, NO_REQUEST, NO_DECLINE);
      return;
    }
    c.status = to;
  }

  /** Case numbers of the center's cases that may be this person (the duplicate check's rule). */
  private async possibleDuplicates(m: EntityManager, centerId: string, name: string, kana: string | null, birthYear: number | null): Promise<string[]> {
    const rows = await runSql<DuplicateRow>(m, duplicateCandidatesSql({ centerId, name: foldForSearch(name), kana: kana ? foldForSearch(kana) : '', birthYear }));
    return rows.map((r) => r.case_number);
  }

  /** Lead and second coordinators are distinct active coordinators or supervisors of the case's center. */
  private async assertCoordinators(m: EntityManager, centerId: string, lead: string, seconds: string[]) {
    if (seconds.includes(lead)) throw invalid('CASE_COORDINATORS', 'secondCoordinatorIds must not include the lead coordinator');
    const ids = [lead, ...seconds];
    const ok = await activeMembersOf(m, centerId, ids, LEAD_ROLES);
    if (!ok.has(lead)) throw invalid('CASE_COORDINATORS', 'leadCoordinatorId does not name an active coordinator of this center');
    if (seconds.some((s) => !ok.has(s))) {
      throw invalid('CASE_COORDINATORS', 'secondCoordinatorIds must name active coordinators of this center');
    }
  }

  private async setSecondCoordinators(m: EntityManager, caseId: string, userIds: string[]) {
    await m.delete(CaseSecondCoordinator, { caseId });
    if (userIds.length) await m.insert(CaseSecondCoordinator, userIds.map((userId) => ({ caseId, userId })));
  }

  /** Second coordinators and the 8050 household flag of the given cases (for single-case answers). */
  private async extras(ids: string[], m: EntityManager = this.db.manager): Promise<(id: string) => CaseExtras> {
    const rows = await withCaseExtras(m.createQueryBuilder().from('cases', 'c').select('c.id', 'id'))
      .where('c.id IN (:...ids)', { ids })
      .getRawMany<{ id: string; second_ids: string[]; elderly_parent_at_home: boolean }>();
    const byId = new Map(rows.map((r) => [r.id, { secondCoordinatorIds: r.second_ids, elderlyParentAtHome: r.elderly_parent_at_home }]));
    return (id) => byId.get(id) ?? { secondCoordinatorIds: [], elderlyParentAtHome: false };
  }
}

/**
 * The closure fields fit the status: closing takes a reason and a day not before the case was
 * opened; any other status takes neither.
 */
export function assertClosure(openedOn: string, status: Case['status'], reason: Case['closureReason'], closedOn: string | null): void {
  if (status !== 'closed') {
    if (reason || closedOn) throw ruleBroken('CASE_CLOSURE_FIELDS', 'closureReason and closedOn apply only when closing a case');
    return;
  }
  if (!reason) throw ruleBroken('CASE_CLOSURE_REASON', 'closureReason is required to close a case');
  if (closedOn && closedOn < openedOn) throw ruleBroken('CASE_CLOSED_BEFORE_OPENED', 'closedOn cannot be before the case was opened');
}

/** Who may lead a case or be its second coordinator: active coordinators and supervisors of its center. */
export const LEAD_ROLES = ['coordinator', 'supervisor'] as const;

/** The fields of a new case (from the form or a spreadsheet row), before it is saved. */
export function newCaseRecord(
  client: Omit<CreateCaseDto, 'leadCoordinatorId' | 'secondCoordinatorIds' | 'openedOn'>,
  at: { centerId: string; caseNumber: string; lead: string; openedOn: string; createdBy: string },
): DeepPartial<Case> {
  return {
    ...client,
    ...searchFields(client.clientName, client.clientNameKana ?? null),
    birthYear: birthYearOf(client.birthDate, client.birthYear),
    sex: client.sex ?? 'unknown',
    riskFlags: client.riskFlags ?? [],
    clientContact: client.clientContact ?? 'none',
    centerId: at.centerId,
    caseNumber: at.caseNumber,
    status: 'intake',
    leadCoordinatorId: at.lead,
    openedOn: at.openedOn,
    createdBy: at.createdBy,
  };
}

/**
 * The next `count` case numbers of a center's fiscal year (SAP-2026-0012), from the counter row
 * the upsert locks until the transaction ends (numbers never repeat).
 */
export async function allocateCaseNumbers(m: EntityManager, centerId: string, openedOn: string, count: number): Promise<string[]> {
  const fy = fiscalYear(openedOn);
  const [{ code, last_seq }] = await runSql<{ code: string; last_seq: number }>(m, nextCaseNumberSql(centerId, fy, count));
  return Array.from({ length: count }, (_, i) => `${code}-${fy}-${String(last_seq - count + 1 + i).padStart(4, '0')}`);
}

function searchFields(name: string, kana: string | null) {
  return { searchName: foldForSearch(name), searchKana: kana ? foldForSearch(kana) : null };
}

/** The birth year, from the birth date when there is one; both given and disagreeing is a 400. */
export function birthYearOf(birthDate: string | null | undefined, birthYear: number | null | undefined): number | null {
  if (birthDate) {
    const fromDate = Number(birthDate.slice(0, 4));
    if (birthYear && birthYear !== fromDate) throw invalid('CASE_BIRTH', 'birthYear does not match birthDate');
    return fromDate;
  }
  return birthYear ?? null;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
