import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONSENT_GIVERS, CONSENT_PURPOSES, consentStateOn, japanDate, type ConsentCoverageDto, type ConsentDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, invalid, ListQuery, ListResult, ListSpec, ruleBroken, VoidDto } from '@tsunagu/api-core';
import { changedFields, findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { AgenciesService } from '@tsunagu/api-agencies';
import { areFamilyOfCase, CaseAccess } from '@tsunagu/api-cases';
import { DataSource, EntityManager } from 'typeorm';
import { Consent } from './consent.entity';
import { ConsentChecker, ConsentSubject } from './consent-checker.service';
import { ConsentCoverageQueryDto, CreateConsentDto, UpdateConsentDto, WithdrawConsentDto } from './dto/consent.dto';

type ConsentField = 'caseId' | 'purpose' | 'givenBy' | 'agencyId' | 'familyMemberId' | 'givenOn' | 'expiresOn' | 'createdAt';
export const CONSENT_LIST_SPEC: ListSpec<ConsentField> = {
  sortable: ['givenOn', 'expiresOn', 'purpose', 'createdAt'],
  filters: {
    caseId: 'uuid',
    purpose: { enum: CONSENT_PURPOSES },
    givenBy: { enum: CONSENT_GIVERS },
    agencyId: 'uuid',
    familyMemberId: 'uuid',
  },
  defaultSort: { field: 'givenOn', order: 'DESC' },
};
const CONSENT_COLUMNS: Record<ConsentField, string> = {
  caseId: 'k.case_id',
  purpose: 'k.purpose',
  givenBy: 'k.given_by',
  agencyId: 'k.agency_id',
  familyMemberId: 'k.family_member_id',
  givenOn: 'k.given_on',
  expiresOn: 'k.expires_on',
  createdAt: 'k.created_at',
};

export function toConsentDto(c: Consent, today = japanDate()): ConsentDto {
  return {
    id: c.id,
    caseId: c.caseId,
    givenBy: c.givenBy,
    familyMemberId: c.familyMemberId,
    representativeName: c.representativeName,
    purpose: c.purpose,
    agencyId: c.agencyId,
    categories: c.categories,
    method: c.method,
    givenOn: c.givenOn,
    expiresOn: c.expiresOn,
    withdrawnOn: c.withdrawnOn,
    withdrawalReason: c.withdrawalReason,
    state: consentStateOn(c, today),
    version: c.version,
    createdAt: c.createdAt.toISOString(),
  };
}

@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly agencies: AgenciesService,
    private readonly checker: ConsentChecker,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<ConsentDto>> {
    const { items, total } = await findPage(this.access.children(actor, Consent, 'k'), list, CONSENT_COLUMNS);
    return new ListResult('consents', items.map((c) => toConsentDto(c)), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<ConsentDto> {
    return toConsentDto(await this.access.findChild(actor, Consent, id, 'Consent'));
  }

  /** Whether an active consent covers a purpose on a day, and which one: what the UI shows before acting. */
  async coverage(actor: AuthUser, q: ConsentCoverageQueryDto): Promise<ConsentCoverageDto> {
    await this.access.findVisible(actor, q.caseId);
    if (q.subject === 'family' && !q.familyMemberId) throw invalid('CONSENT_SUBJECT', 'familyMemberId is required when subject is family');
    const subject: ConsentSubject =
      q.subject === 'client'
        ? { kind: 'client' }
        : q.subject === 'family'
          ? { kind: 'family', familyMemberId: q.familyMemberId as string }
          : { kind: 'client_or_family' };
    const found = await this.checker.findActive({ caseId: q.caseId, purpose: q.purpose, on: q.on ?? japanDate(), subject, agencyId: q.agencyId });
    return { covered: !!found, consent: found ? toConsentDto(found) : null };
  }

  create(actor: AuthUser, dto: CreateConsentDto): Promise<ConsentDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      await this.assertGiver(m, dto);
      const categories = dto.categories ?? [];
      if (dto.purpose === 'information_sharing') {
        if (!dto.agencyId) throw invalid('CONSENT_AGENCY', 'agencyId is required for an information_sharing consent');
        if (!categories.length) throw invalid('CONSENT_CATEGORIES', 'categories must name at least one category of information to share');
      } else if (dto.agencyId && dto.purpose !== 'case_conference') {
        throw invalid('CONSENT_AGENCY', `agencyId does not apply to a ${dto.purpose} consent`);
      }
      if (dto.agencyId) await this.agencies.assertUsable(m, c.centerId, dto.agencyId);
      if (dto.expiresOn && dto.expiresOn < dto.givenOn) throw invalid('CONSENT_DATES', 'expiresOn cannot be before givenOn');
      const saved = await m.save(
        m.create(Consent, {
          ...dto,
          familyMemberId: dto.familyMemberId ?? null,
          agencyId: dto.agencyId ?? null,
          categories,
          createdBy: actor.id,
        }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'consent', entityId: saved.id, caseId: c.id, centerId: c.centerId }, m);
      return toConsentDto(saved);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateConsentDto): Promise<ConsentDto> {
    return this.db.transaction(async (m) => {
      const k = await this.access.findChild(actor, Consent, id, 'Consent', { m, lock: true, expectedVersion: dto.version });
      const patch = changesOf(dto, toConsentDto(k));
      if (!Object.keys(patch).length) return toConsentDto(k);
      if (k.withdrawnOn) throw ruleBroken('CONSENT_WITHDRAWN', 'A withdrawn consent cannot be changed');
      if (patch.expiresOn && patch.expiresOn < k.givenOn) throw invalid('CONSENT_DATES', 'expiresOn cannot be before givenOn');
      if (patch.categories && k.purpose === 'information_sharing' && !patch.categories.length) {
        throw invalid('CONSENT_CATEGORIES', 'categories must name at least one category of information to share');
      }
      const fields = changedFields(k, patch);
      const saved = await m.save(Object.assign(k, patch));
      await this.audit.record({ actor, action: 'update', entity: 'consent', entityId: id, caseId: k.caseId, detail: { fields } }, m);
      return toConsentDto(saved);
    });
  }

  /** Withdrawal keeps the consent and everything done under it; it stops what comes after. */
  withdraw(actor: AuthUser, id: string, dto: WithdrawConsentDto): Promise<ConsentDto> {
    return this.db.transaction(async (m) => {
      const k = await this.access.findChild(actor, Consent, id, 'Consent', { m, lock: true, expectedVersion: dto.version });
      if (k.withdrawnOn) throw ruleBroken('CONSENT_WITHDRAWN', `This consent was already withdrawn on ${k.withdrawnOn}`);
      if (dto.withdrawnOn < k.givenOn) throw ruleBroken('CONSENT_DATES', 'withdrawnOn cannot be before the consent was given');
      const saved = await m.save(Object.assign(k, { withdrawnOn: dto.withdrawnOn, withdrawalReason: dto.reason, withdrawnBy: actor.id }));
      await this.audit.record(
        { actor, action: 'update', entity: 'consent', entityId: id, caseId: k.caseId, detail: { withdrawn: true } },
        m,
      );
      return toConsentDto(saved);
    });
  }

  async remove(actor: AuthUser, id: string, dto: VoidDto): Promise<ConsentDto> {
    return toConsentDto(await this.access.voidChild(actor, Consent, id, 'Consent', 'consent', dto.reason));
  }

  /** A family member's consent names a family member of the same case; others name none. */
  private async assertGiver(m: EntityManager, dto: CreateConsentDto) {
    if (dto.givenBy !== 'family') {
      if (dto.familyMemberId) throw invalid('CONSENT_GIVER', `familyMemberId applies only when givenBy is family`);
      return;
    }
    if (!dto.familyMemberId) throw invalid('CONSENT_GIVER', 'familyMemberId is required when givenBy is family');
    if (!(await areFamilyOfCase(m, dto.caseId, [dto.familyMemberId]))) throw invalid('CONSENT_GIVER', 'familyMemberId does not name a family member of this case');
  }
}
