import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DISCLOSURE_BASES, japanDate, RESOURCES, type DisclosureBasis, type DisclosureDto, type InfoCategory } from '@tsunagu/contracts';
import { assertCan, AuthUser, DomainError, ListQuery, ListResult, ListSpec, ruleBroken } from '@tsunagu/api-core';
import { findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { AgenciesService } from '@tsunagu/api-agencies';
import { Case, CaseAccess, scopeCases } from '@tsunagu/api-cases';
import { ConsentChecker, ConsentSubject } from '@tsunagu/api-consents';
import { DataSource, EntityManager } from 'typeorm';
import { CreateDisclosureDto } from './dto/referral.dto';
import { Disclosure } from './referral.entities';

type DisclosureField = 'caseId' | 'agencyId' | 'basis' | 'referralId' | 'disclosedOn';
export const DISCLOSURE_LIST_SPEC: ListSpec<DisclosureField> = {
  sortable: ['disclosedOn'],
  filters: { caseId: 'uuid', agencyId: 'uuid', referralId: 'uuid', basis: { enum: DISCLOSURE_BASES } },
  defaultSort: { field: 'disclosedOn', order: 'DESC' },
};
const COLUMNS: Record<DisclosureField, string> = {
  caseId: 'd.case_id',
  agencyId: 'd.agency_id',
  basis: 'd.basis',
  referralId: 'd.referral_id',
  disclosedOn: 'd.disclosed_on',
};

export const toDisclosureDto = (d: Disclosure): DisclosureDto => ({
  id: d.id,
  caseId: d.caseId,
  agencyId: d.agencyId,
  referralId: d.referralId,
  conferenceId: d.conferenceId,
  basis: d.basis,
  consentId: d.consentId,
  categories: d.categories,
  reason: d.reason,
  disclosedOn: d.disclosedOn,
  disclosedBy: d.disclosedBy,
  createdAt: d.createdAt.toISOString(),
});

export interface DisclosureRequest {
  case: Case;
  agencyId: string;
  on: string;
  basis: DisclosureBasis;
  /** Whose consent covers it, for basis `consent`; `purpose` is the consent purpose asked for. */
  subject: ConsentSubject;
  purpose: 'information_sharing' | 'case_conference';
  categories?: InfoCategory[];
  reason?: string;
  referralId?: string;
  conferenceId?: string;
}

@Injectable()
export class DisclosuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly consents: ConsentChecker,
    private readonly agencies: AgenciesService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<DisclosureDto>> {
    const qb = this.db.getRepository(Disclosure).createQueryBuilder('d').innerJoin(Case, 'c', 'c.id = d.case_id');
    scopeCases(qb, 'c', actor);
    const { items, total } = await findPage(qb, list, COLUMNS);
    return new ListResult('disclosures', items.map(toDisclosureDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<DisclosureDto> {
    const page = await this.list(actor, { start: 0, end: 0, sort: { field: 'id', order: 'ASC' }, filter: { id: [id] } });
    if (!page.items.length) throw new DomainError('not_found', 'NOT_FOUND', 'Disclosure not found');
    return page.items[0];
  }

  /** A disclosure outside a referral (a case conference): the same rules as sending a referral. */
  create(actor: AuthUser, dto: CreateDisclosureDto): Promise<DisclosureDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      const d = await this.disclose(m, actor, {
        case: c,
        agencyId: dto.agencyId,
        on: dto.disclosedOn ?? japanDate(),
        basis: dto.basis,
        subject: { kind: 'client_or_family' },
        purpose: 'case_conference',
        categories: dto.categories,
        reason: dto.reason,
      });
      return toDisclosureDto(d);
    });
  }

  /**
   * Rule 2: information leaves the center only under an active consent covering it, or, by a
   * supervisor with a written reason, under another legal basis. Writes the disclosure record in
   * the caller's transaction, so the two commit or fail together.
   */
  async disclose(m: EntityManager, actor: AuthUser, r: DisclosureRequest): Promise<Disclosure> {
    await this.agencies.assertUsable(m, r.case.centerId, r.agencyId);
    let consentId: string | null = null;
    let categories = r.categories;
    if (r.basis === 'consent') {
      const consent = await this.consents.findActive(
        { caseId: r.case.id, purpose: r.purpose, on: r.on, subject: r.subject, agencyId: r.purpose === 'information_sharing' ? r.agencyId : undefined },
        m,
      );
      if (!consent) {
        throw ruleBroken(
          'DISCLOSURE_CONSENT_REQUIRED',
          r.purpose === 'information_sharing'
            ? `No information-sharing consent from the subject that names this agency is active on ${r.on}. Record the consent, or a supervisor may record another legal basis.`
            : `No case-conference consent is active on ${r.on}.`,
        );
      }
      if (consent.agencyId && consent.agencyId !== r.agencyId) throw ruleBroken('DISCLOSURE_CONSENT_AGENCY', 'The consent names another agency');
      const allowed = consent.categories.length ? consent.categories : undefined;
      categories ??= allowed;
      const beyond = allowed ? (categories ?? []).filter((k) => !allowed.includes(k)) : [];
      if (beyond.length) throw ruleBroken('DISCLOSURE_BEYOND_CONSENT', `The consent does not cover: ${beyond.join(', ')}`);
      consentId = consent.id;
    } else {
      assertCan(actor, RESOURCES.referrals, 'send_on_other_basis', 'disclose on a basis other than consent');
      if (!r.reason?.trim()) throw ruleBroken('DISCLOSURE_REASON_REQUIRED', `A written reason is required for the basis ${r.basis}`);
    }
    if (!categories?.length) throw new DomainError('invalid', 'DISCLOSURE_CATEGORIES', 'categories must name what information is shared');
    const saved = await m.save(
      m.create(Disclosure, {
        caseId: r.case.id,
        agencyId: r.agencyId,
        referralId: r.referralId ?? null,
        conferenceId: r.conferenceId ?? null,
        basis: r.basis,
        consentId,
        categories,
        reason: r.reason?.trim() || null,
        disclosedOn: r.on,
        disclosedBy: actor.id,
      }),
    );
    await this.audit.record({ actor, action: 'create', entity: 'disclosure', entityId: saved.id, caseId: r.case.id, centerId: r.case.centerId }, m);
    return saved;
  }
}
