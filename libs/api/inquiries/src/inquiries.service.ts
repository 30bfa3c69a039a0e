import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CALLER_TYPES,
  CHOSEN_INQUIRY_OUTCOMES,
  INQUIRY_METHODS,
  INQUIRY_OUTCOMES,
  INQUIRY_ROUTES,
  isNamedInquiry,
  RESOURCES,
  type CaseDto,
  type InquiryDto,
} from '@tsunagu/contracts';
import { assertCan, AuthUser, changesOf, DomainError, invalid, ListQuery, ListResult, ListSpec, notFound, ruleBroken, staleVersion, tenantOf, VoidDto } from '@tsunagu/api-core';
import { escapeLike, findRawPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { areAgenciesOfCenter } from '@tsunagu/api-agencies';
import { CasesService, NewCaseDto } from '@tsunagu/api-cases';
import { assertMayCorrect, assertMayWriteNote, visibleNote } from '@tsunagu/api-contacts';
import { DataSource, EntityManager } from 'typeorm';
import { ChainInquiryDto, CreateInquiryDto, UpdateInquiryDto } from './dto/inquiry.dto';
import { Inquiry, InquiryChain } from './inquiry.entities';
import { scopeInquiries } from './inquiries.policy';

type InquiryField = 'receivedAt' | 'method' | 'callerType' | 'route' | 'outcome' | 'createdBy' | 'chainId' | 'chainCaseId' | 'converted' | 'from' | 'to';
export const INQUIRY_LIST_SPEC: ListSpec<InquiryField> = {
  sortable: ['receivedAt', 'method', 'callerType', 'outcome'],
  filters: {
    q: 'string',
    method: { enum: INQUIRY_METHODS },
    callerType: { enum: CALLER_TYPES },
    route: { enum: INQUIRY_ROUTES },
    outcome: { enum: INQUIRY_OUTCOMES },
    createdBy: 'uuid',
    chainId: 'uuid',
    chainCaseId: 'uuid',
    converted: 'boolean',
    from: 'date',
    to: 'date',
  },
  defaultSort: { field: 'receivedAt', order: 'DESC' },
};
const COLUMNS: Partial<Record<InquiryField, string>> = {
  receivedAt: 'i.received_at',
  method: 'i.method',
  callerType: 'i.caller_type',
  route: 'i.route',
  outcome: 'i.outcome',
  createdBy: 'i.created_by',
  chainId: 'i.chain_id',
  chainCaseId: 'ch.case_id',
};

/** A row of the inquiries query: the record's columns, its chain's case and size. */
type InquiryRow = Record<string, unknown> & { chain_case_id: string | null; chain_size: number };

const iso = (d: unknown) => (d === null ? null : new Date(d as string).toISOString());

function toInquiryDto(actor: AuthUser, r: InquiryRow): InquiryDto {
  const createdBy = r['created_by'] as string | null;
  return {
    id: r['id'] as string,
    centerId: r['center_id'] as string,
    chainId: r['chain_id'] as string,
    chainCaseId: r.chain_case_id,
    chainSize: Number(r.chain_size),
    receivedAt: iso(r['received_at']) as string,
    method: r['method'] as InquiryDto['method'],
    durationMinutes: r['duration_minutes'] as number | null,
    callerType: r['caller_type'] as InquiryDto['callerType'],
    callerRelationship: r['caller_relationship'] as InquiryDto['callerRelationship'],
    callerAgencyType: r['caller_agency_type'] as InquiryDto['callerAgencyType'],
    callerAgencyId: r['caller_agency_id'] as string | null,
    callerName: r['caller_name'] as string | null,
    nickname: r['nickname'] as string | null,
    callerNumber: r['caller_number'] as string | null,
    phoneLast4: r['phone_last4'] as string | null,
    personAgeBand: r['person_age_band'] as InquiryDto['personAgeBand'],
    personSex: r['person_sex'] as InquiryDto['personSex'],
    personMunicipality: r['person_municipality'] as string | null,
    withdrawnFor: r['withdrawn_for'] as InquiryDto['withdrawnFor'],
    personSituation: r['person_situation'] as InquiryDto['personSituation'],
    route: r['route'] as InquiryDto['route'],
    concerns: r['concerns'] as InquiryDto['concerns'],
    summary: r['summary'] as string,
    outcome: r['outcome'] as InquiryDto['outcome'],
    referredAgencyId: r['referred_agency_id'] as string | null,
    referredAgencyName: r['referred_agency_name'] as string | null,
    confidentialNote: visibleNote(actor, createdBy, r['confidential_note'] as string | null),
    createdBy,
    version: r['version'] as number,
    createdAt: iso(r['created_at']) as string,
    voidedAt: iso(r['voided_at']),
    voidedBy: r['voided_by'] as string | null,
    voidReason: r['void_reason'] as string | null,
  };
}

/** What a first contact says of its caller and its outcome must hang together. */
function assertCoherent(i: Pick<Inquiry, 'callerType' | 'callerRelationship' | 'callerAgencyType' | 'callerAgencyId' | 'callerName' | 'nickname' | 'outcome' | 'referredAgencyId' | 'referredAgencyName'>) {
  if (i.callerName !== null && i.nickname !== null) {
    throw invalid('INQUIRY_CALLER', "Give the caller's name or a nickname, not both");
  }
  if (i.callerRelationship !== null && i.callerType !== 'family') {
    throw invalid('INQUIRY_CALLER', 'callerRelationship is for a caller of the family (callerType family)');
  }
  if ((i.callerAgencyType !== null || i.callerAgencyId !== null) && i.callerType !== 'agency') {
    throw invalid('INQUIRY_CALLER', 'callerAgencyType and callerAgencyId are for a caller from an agency (callerType agency)');
  }
  const referredTo = i.referredAgencyId !== null || i.referredAgencyName !== null;
  if (i.outcome === 'referred' && !referredTo) {
    throw invalid('INQUIRY_REFERRAL', 'A referral names the agency: referredAgencyId or referredAgencyName');
  }
  if (i.outcome !== 'referred' && referredTo) {
    throw invalid('INQUIRY_REFERRAL', 'referredAgencyId and referredAgencyName are for outcome referred');
  }
}

@Injectable()
export class InquiriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<InquiryDto>> {
    const qb = this.query(this.db.manager, actor);
    const { q, converted, from, to } = list.filter;
    if (typeof q === 'string' && q.trim()) {
      // A repeat caller is found by nickname, name, caller number or the last four digits of the phone.
      const exact = q.trim().normalize('NFKC');
      qb.andWhere(
        `(normalize(coalesce(i.nickname, '') || ' ' || coalesce(i.caller_name, ''), NFKC) ILIKE :term OR i.caller_number = :exact OR i.phone_last4 = :exact)`,
        { term: `%${escapeLike(exact)}%`, exact },
      );
    }
    if (typeof converted === 'boolean') qb.andWhere(converted ? 'ch.case_id IS NOT NULL' : 'ch.case_id IS NULL');
    // Days of Japan time, inclusive.
    if (typeof from === 'string') qb.andWhere(`i.received_at >= (:from::date::timestamp AT TIME ZONE 'Asia/Tokyo')`, { from });
    if (typeof to === 'string') qb.andWhere(`i.received_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`, { to });
    const { rows, total } = await findRawPage<InquiryRow>(qb, list, COLUMNS as Record<string, string>);
    return new ListResult(RESOURCES.inquiries, rows.map((r) => toInquiryDto(actor, r)), list.start, total);
  }

  /** One first contact; reading one that names its caller is on the audit trail, as a case read is. */
  async get(actor: AuthUser, id: string): Promise<InquiryDto> {
    const found = await this.find(this.db.manager, actor, id);
    if (isNamedInquiry(found)) {
      await this.audit.record({ actor, action: 'read', entity: 'inquiry', entityId: id, caseId: found.chainCaseId });
    }
    return found;
  }

  create(actor: AuthUser, dto: CreateInquiryDto): Promise<InquiryDto> {
    const centerId = tenantOf(actor) as string;
    const { chainId, receivedAt, ...fields } = dto;
    const record = {
      durationMinutes: null,
      callerRelationship: null,
      callerAgencyType: null,
      callerAgencyId: null,
      callerName: null,
      nickname: null,
      callerNumber: null,
      phoneLast4: null,
      personAgeBand: null,
      personSex: null,
      personMunicipality: null,
      withdrawnFor: null,
      personSituation: null,
      route: null,
      referredAgencyId: null,
      referredAgencyName: null,
      confidentialNote: null,
      ...fields,
      concerns: fields.concerns ?? [],
      outcome: fields.outcome ?? 'informed',
    };
    assertCoherent(record);
    if (chainId) assertCan(actor, RESOURCES.inquiries, 'chain', 'add a contact to a chain');
    return this.db.transaction(async (m) => {
      await this.assertAgencies(m, centerId, [record.callerAgencyId, record.referredAgencyId]);
      const chain = chainId ? await this.chainOfCenter(m, centerId, chainId) : await this.chainFor(m, centerId, record);
      const saved = await m.save(
        m.create(Inquiry, { ...record, centerId, chainId: chain, receivedAt: receivedAt ? new Date(receivedAt) : new Date(), createdBy: actor.id }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'inquiry', entityId: saved.id }, m);
      return this.find(m, actor, saved.id);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateInquiryDto): Promise<InquiryDto> {
    return this.db.transaction(async (m) => {
      const before = await this.find(m, actor, id, true);
      if (dto.version !== undefined && dto.version !== before.version) throw staleVersion('first contact');
      assertMayCorrect(actor, before.createdBy);
      const { receivedAt, ...patch } = changesOf(dto, before);
      if (patch.confidentialNote !== undefined) assertMayWriteNote(actor, before.createdBy);
      if (patch.outcome !== undefined && before.outcome === 'case_opened') {
        throw ruleBroken('INQUIRY_CONVERTED', 'This contact opened a case; its outcome stays "case opened"');
      }
      if (patch.outcome === 'case_opened') {
        // Only opening a case (ケース化) sets it; a whole record sent back unchanged never reaches here.
        throw new BadRequestException(['outcome must be one of the following values: ' + CHOSEN_INQUIRY_OUTCOMES.join(', ')]);
      }
      const record = await m.findOneByOrFail(Inquiry, { id });
      Object.assign(record, patch);
      if (receivedAt) record.receivedAt = new Date(receivedAt);
      assertCoherent(record);
      await this.assertAgencies(m, record.centerId, [patch.callerAgencyId, patch.referredAgencyId]);
      await m.save(record);
      const fields = Object.keys(patch).concat(receivedAt ? ['receivedAt'] : []);
      await this.audit.record({ actor, action: 'update', entity: 'inquiry', entityId: id, caseId: before.chainCaseId, detail: { fields } }, m);
      return this.find(m, actor, id);
    });
  }

  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<InquiryDto> {
    return this.db.transaction(async (m) => {
      const found = await this.find(m, actor, id, true);
      await m.update(Inquiry, { id }, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason, version: found.version + 1 });
      await this.audit.record({ actor, action: 'void', entity: 'inquiry', entityId: id, caseId: found.chainCaseId, detail: { reason: dto.reason } }, m);
      return this.find(m, actor, id, false, true);
    });
  }

  /**
   * Links a contact to another chain (the same person calling again), or with no chainId gives it
   * a chain of its own (it was someone else). The chain it leaves keeps its other contacts.
   */
  chain(actor: AuthUser, id: string, dto: ChainInquiryDto): Promise<InquiryDto> {
    return this.db.transaction(async (m) => {
      const found = await this.find(m, actor, id, true);
      if (dto.version !== undefined && dto.version !== found.version) throw staleVersion('first contact');
      if (found.outcome === 'case_opened' && dto.chainId !== found.chainId) {
        throw ruleBroken('INQUIRY_CONVERTED', 'This contact opened a case; it stays with the chain that became the case');
      }
      let to: string;
      if (dto.chainId) {
        to = await this.chainOfCenter(m, found.centerId, dto.chainId);
      } else {
        to = found.chainSize === 1 ? found.chainId : await this.newChain(m, found.centerId);
      }
      if (to !== found.chainId) {
        await m.update(Inquiry, { id }, { chainId: to, version: found.version + 1 });
        await this.audit.record({ actor, action: 'update', entity: 'inquiry_chain', entityId: id, detail: { from: found.chainId, to } }, m);
      }
      return this.find(m, actor, id);
    });
  }

  /**
   * ケース化: opens a case for the person of a contact's chain, with the duplicate check of any
   * new case, in one transaction. The chain is locked first, so that two conversions of the same
   * person make one case; the second is refused.
   */
  convert(actor: AuthUser, id: string, dto: NewCaseDto): Promise<CaseDto> {
    return this.db.transaction(async (m) => {
      const found = await this.find(m, actor, id, true);
      const chain = await m.findOne(InquiryChain, { where: { id: found.chainId }, lock: { mode: 'pessimistic_write' } });
      if (!chain) throw notFound('First contact');
      if (chain.caseId) {
        throw new DomainError('conflict', 'INQUIRY_CONVERTED', `This person already has a case (the chain became a case on ${chain.convertedAt?.toISOString()})`);
      }
      const opened = await this.cases.create(actor, dto, m);
      await m.update(InquiryChain, { id: chain.id }, { caseId: opened.id, convertedAt: new Date(), convertedBy: actor.id });
      await m.update(Inquiry, { id }, { outcome: 'case_opened', version: found.version + 1 });
      await this.audit.record({ actor, action: 'update', entity: 'inquiry_chain', entityId: id, caseId: opened.id, detail: { chainId: chain.id, caseNumber: opened.caseNumber } }, m);
      return opened;
    });
  }

  /** The inquiries query the actor may read, with each row's chain case and chain size. */
  private query(m: EntityManager, actor: AuthUser, withVoided = false) {
    const qb = m
      .createQueryBuilder()
      .from('inquiries', 'i')
      .innerJoin('inquiry_chains', 'ch', 'ch.id = i.chain_id')
      .select('i.*')
      .addSelect('ch.case_id', 'chain_case_id')
      .addSelect('(SELECT count(*)::int FROM inquiries s WHERE s.chain_id = i.chain_id AND s.voided_at IS NULL)', 'chain_size');
    if (!withVoided) qb.where('i.voided_at IS NULL');
    return scopeInquiries(qb, actor);
  }

  /** One contact the actor may read (404 otherwise), its row locked when it is about to change. */
  private async find(m: EntityManager, actor: AuthUser, id: string, lock = false, withVoided = false): Promise<InquiryDto> {
    const qb = this.query(m, actor, withVoided).andWhere('i.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['i']);
    const row = await qb.getRawOne<InquiryRow>();
    if (!row) throw notFound('First contact');
    return toInquiryDto(actor, row);
  }

  /** A chain of the center (404 for one of another center: it does not exist for this user). */
  private async chainOfCenter(m: EntityManager, centerId: string, chainId: string): Promise<string> {
    const chain = await m.findOneBy(InquiryChain, { id: chainId, centerId });
    if (!chain) throw notFound('First-contact chain');
    return chain.id;
  }

  private async newChain(m: EntityManager, centerId: string): Promise<string> {
    const saved = await m.save(m.create(InquiryChain, { centerId }));
    return saved.id;
  }

  /**
   * The chain of a new contact: that of the caller number the center gave, else that of the
   * nickname the caller uses (the most recent such contact), else a new one. Concurrent first calls
   * with the same key wait on one another (a transaction lock per center and key), so they share a chain.
   */
  private async chainFor(m: EntityManager, centerId: string, r: { callerNumber: string | null; nickname: string | null }): Promise<string> {
    for (const [column, value] of [['caller_number', r.callerNumber], ['nickname', r.nickname]] as const) {
      if (value === null) continue;
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`inquiry:${centerId}:${column}:${value}`]);
      const [match] = await m.query(
        `SELECT chain_id FROM inquiries WHERE center_id = $1 AND ${column} = $2 AND voided_at IS NULL ORDER BY received_at DESC LIMIT 1`,
        [centerId, value],
      );
      if (match) return match.chain_id as string;
    }
    return this.newChain(m, centerId);
  }

  private async assertAgencies(m: EntityManager, centerId: string, ids: Array<string | null | undefined>) {
    const named = ids.filter((x): x is string => typeof x === 'string');
    if (!(await areAgenciesOfCenter(m, centerId, named))) throw invalid('AGENCY_UNKNOWN', 'The agencies named must be partner agencies of this center');
  }
}
