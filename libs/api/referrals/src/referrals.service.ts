import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { japanDate, REFERRAL_STATUSES, REFERRAL_SUBJECTS, REFERRAL_TRANSITIONS, type ReferralDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, invalid, ListQuery, ListResult, ListSpec, ruleBroken, VoidDto } from '@tsunagu/api-core';
import { changedFields, findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { activeMembersOf } from '@tsunagu/api-users';
import { AgenciesService } from '@tsunagu/api-agencies';
import { areFamilyOfCase, CaseAccess } from '@tsunagu/api-cases';
import { DataSource, EntityManager } from 'typeorm';
import { DisclosuresService } from './disclosures.service';
import { CreateReferralDto, UpdateReferralDto } from './dto/referral.dto';
import { Referral, ReferralStep } from './referral.entities';

type ReferralField = 'caseId' | 'agencyId' | 'status' | 'subject' | 'responsibleUserId' | 'plannedOn' | 'referredOn' | 'updatedAt';
export const REFERRAL_LIST_SPEC: ListSpec<ReferralField> = {
  sortable: ['plannedOn', 'referredOn', 'status', 'updatedAt'],
  filters: {
    caseId: 'uuid',
    agencyId: 'uuid',
    status: { enum: REFERRAL_STATUSES },
    subject: { enum: REFERRAL_SUBJECTS },
    responsibleUserId: 'uuid',
  },
  defaultSort: { field: 'updatedAt', order: 'DESC' },
};
const COLUMNS: Record<ReferralField, string> = {
  caseId: 'r.case_id',
  agencyId: 'r.agency_id',
  status: 'r.status',
  subject: 'r.subject',
  responsibleUserId: 'r.responsible_user_id',
  plannedOn: 'r.planned_on',
  referredOn: 'r.referred_on',
  updatedAt: 'r.updated_at',
};

export const toReferralDto = (r: Referral): ReferralDto => ({
  id: r.id,
  caseId: r.caseId,
  agencyId: r.agencyId,
  subject: r.subject,
  familyMemberId: r.familyMemberId,
  reason: r.reason,
  accompanied: r.accompanied,
  status: r.status,
  plannedOn: r.plannedOn,
  referredOn: r.referredOn,
  respondedOn: r.respondedOn,
  closedOn: r.closedOn,
  feedback: r.feedback,
  responsibleUserId: r.responsibleUserId,
  version: r.version,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly agencies: AgenciesService,
    private readonly disclosures: DisclosuresService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<ReferralDto>> {
    const { items, total } = await findPage(this.access.children(actor, Referral, 'r'), list, COLUMNS);
    return new ListResult('referrals', items.map(toReferralDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<ReferralDto> {
    return toReferralDto(await this.access.findChild(actor, Referral, id, 'Referral'));
  }

  create(actor: AuthUser, dto: CreateReferralDto): Promise<ReferralDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      await this.agencies.assertUsable(m, c.centerId, dto.agencyId);
      await this.assertSubject(m, c.id, dto);
      const responsibleUserId = dto.responsibleUserId ?? actor.id;
      await this.assertResponsible(m, c.centerId, responsibleUserId);
      const plannedOn = dto.plannedOn ?? japanDate();
      const saved = await m.save(
        m.create(Referral, {
          ...dto,
          familyMemberId: dto.familyMemberId ?? null,
          accompanied: dto.accompanied ?? false,
          status: 'planned',
          plannedOn,
          responsibleUserId,
          createdBy: actor.id,
        }),
      );
      await m.insert(ReferralStep, { referralId: saved.id, status: 'planned', stepOn: plannedOn, byUserId: actor.id });
      await this.audit.record({ actor, action: 'create', entity: 'referral', entityId: saved.id, caseId: c.id }, m);
      return toReferralDto(saved);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateReferralDto): Promise<ReferralDto> {
    return this.db.transaction(async (m) => {
      const r = await this.access.findChild(actor, Referral, id, 'Referral', { m, lock: true, expectedVersion: dto.version });
      const { status, stepOn, basis, basisReason, categories, ...patch } = changesOf(dto, toReferralDto(r));
      const c = await this.access.findVisible(actor, r.caseId, m);
      if (patch.responsibleUserId) await this.assertResponsible(m, c.centerId, patch.responsibleUserId);
      const fields = changedFields(r, patch);
      if ((basis || basisReason || categories) && status !== 'referred') {
        throw ruleBroken('REFERRAL_BASIS', 'basis, basisReason and categories apply only when sending the referral (status referred)');
      }
      if (status && status !== r.status) {
        if (!REFERRAL_TRANSITIONS[r.status].includes(status)) {
          throw ruleBroken('REFERRAL_STATUS', `A referral cannot go from ${r.status} to ${status}`);
        }
        const on = stepOn ?? japanDate();
        const previous = r.referredOn ?? r.plannedOn;
        if (on < previous) throw ruleBroken('REFERRAL_STEP_DATE', `stepOn cannot be before the previous step (${previous})`);
        if (status === 'referred') {
          await this.disclosures.disclose(m, actor, {
            case: c,
            agencyId: r.agencyId,
            on,
            basis: basis ?? 'consent',
            purpose: 'information_sharing',
            subject: r.subject === 'client' ? { kind: 'client' } : { kind: 'family', familyMemberId: r.familyMemberId as string },
            categories,
            reason: basisReason,
            referralId: r.id,
          });
          r.referredOn = on;
        } else if (status === 'accepted' || status === 'declined') {
          r.respondedOn = on;
        } else {
          r.closedOn = on;
        }
        r.status = status;
        await m.insert(ReferralStep, { referralId: r.id, status, stepOn: on, byUserId: actor.id });
        fields.push('status');
      }
      const saved = await m.save(Object.assign(r, patch));
      await this.audit.record({ actor, action: 'update', entity: 'referral', entityId: id, caseId: r.caseId, detail: { fields, status: saved.status } }, m);
      return toReferralDto(saved);
    });
  }

  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<ReferralDto> {
    return this.db.transaction(async (m) => {
      const r = await this.access.findChild(actor, Referral, id, 'Referral', { m, lock: true });
      if (r.referredOn) throw ruleBroken('REFERRAL_SENT', 'A referral that was sent cannot be voided: its disclosure stays on record. Cancel it instead.');
      const saved = await m.save(Object.assign(r, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason }));
      await this.audit.record({ actor, action: 'void', entity: 'referral', entityId: id, caseId: r.caseId, detail: { reason: dto.reason } }, m);
      return toReferralDto(saved);
    });
  }

  private async assertSubject(m: EntityManager, caseId: string, dto: CreateReferralDto) {
    if (dto.subject === 'client') {
      if (dto.familyMemberId) throw invalid('REFERRAL_SUBJECT', 'familyMemberId applies only when the subject is family');
      return;
    }
    if (!dto.familyMemberId) throw invalid('REFERRAL_SUBJECT', 'familyMemberId is required when the subject is family');
    if (!(await areFamilyOfCase(m, caseId, [dto.familyMemberId]))) {
      throw invalid('REFERRAL_SUBJECT', 'familyMemberId does not name a family member of this case');
    }
  }

  private async assertResponsible(m: EntityManager, centerId: string, userId: string) {
    if (!(await activeMembersOf(m, centerId, [userId])).has(userId)) throw invalid('REFERRAL_RESPONSIBLE', 'responsibleUserId does not name an active user of this center');
  }
}
