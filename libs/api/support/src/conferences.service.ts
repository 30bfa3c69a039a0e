import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONFERENCE_KINDS, ENUM_LABELS_JA, japanDate, STATUTORY_CONFERENCE_KINDS, type CaseConferenceDto, type ConferenceCaseDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, invalid, ListQuery, ListResult, ListSpec, notFound, ruleBroken, staleVersion, tenantOf, VoidDto } from '@tsunagu/api-core';
import { findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { Case, CaseAccess, scopeCases } from '@tsunagu/api-cases';
import { DisclosuresService } from '@tsunagu/api-referrals';
import { activeMembersOf } from '@tsunagu/api-users';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { CaseConference, ConferenceCase } from './conference.entities';
import { CreateCaseConferenceDto, UpdateCaseConferenceDto } from './dto/conference.dto';

type ConferenceField = 'heldOn' | 'kind' | 'caseId';
export const CONFERENCE_LIST_SPEC: ListSpec<ConferenceField> = {
  sortable: ['heldOn'],
  filters: { kind: { enum: CONFERENCE_KINDS }, caseId: 'uuid' },
  defaultSort: { field: 'heldOn', order: 'DESC' },
};
const COLUMNS: Partial<Record<ConferenceField, string>> = { heldOn: 'k.held_on', kind: 'k.kind' };

function toConferenceDto(k: CaseConference, cases: ConferenceCaseDto[]): CaseConferenceDto {
  return {
    id: k.id,
    centerId: k.centerId,
    heldOn: k.heldOn,
    kind: k.kind,
    title: k.title,
    internalAttendeeIds: k.internalAttendeeIds,
    outsideAttendees: k.outsideAttendees,
    cases,
    categories: k.categories,
    papers: k.papers,
    papersCollected: k.papersCollected,
    nextReviewOn: k.nextReviewOn,
    version: k.version,
    createdBy: k.createdBy,
    createdAt: k.createdAt.toISOString(),
    updatedAt: k.updatedAt.toISOString(),
    voidedAt: k.voidedAt?.toISOString() ?? null,
    voidedBy: k.voidedBy,
    voidReason: k.voidReason,
  };
}

/**
 * ケース会議・支援会議 (docs/domain.md, rule 15). Outside members receive case information only on a
 * basis: at a statutory 支援会議 their legal duty of confidentiality, with each one's pledge
 * recorded; at a consent-based meeting the case's active `case_conference` consent (asked of the one
 * consent checker, through the disclosure service). A conference with outside members writes one
 * disclosure record per case and agency in its own transaction. Who may see a conference sees only
 * the cases (and decisions) they may see.
 */
@Injectable()
export class ConferencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly disclosures: DisclosuresService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<CaseConferenceDto>> {
    const qb = this.visible(actor, this.db.manager);
    const { caseId } = list.filter;
    if (typeof caseId === 'string') qb.andWhere('EXISTS (SELECT 1 FROM case_conference_cases f_cc WHERE f_cc.conference_id = k.id AND f_cc.case_id = :caseId)', { caseId });
    const { items, total } = await findPage(qb, list, COLUMNS);
    const cases = await this.casesOf(actor, this.db.manager, items.map((k) => k.id));
    return new ListResult('case-conferences', items.map((k) => toConferenceDto(k, cases(k.id))), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<CaseConferenceDto> {
    const k = await this.findVisible(actor, id, this.db.manager);
    return toConferenceDto(k, (await this.casesOf(actor, this.db.manager, [id]))(id));
  }

  create(actor: AuthUser, dto: CreateCaseConferenceDto): Promise<CaseConferenceDto> {
    return this.db.transaction(async (m) => {
      const centerId = tenantOf(actor) as string;
      const heldOn = dto.heldOn ?? japanDate();
      const caseIds = dto.cases.map((c) => c.caseId);
      if (new Set(caseIds).size !== caseIds.length) throw invalid('CONFERENCE_ATTENDEES', 'cases: each case once');
      const cases: Case[] = [];
      for (const id of caseIds) cases.push(await this.access.findVisible(actor, id, m, 'share'));
      const internal = dto.internalAttendeeIds?.length ? dto.internalAttendeeIds : [actor.id];
      if ((await activeMembersOf(m, centerId, internal)).size !== internal.length) {
        throw invalid('CONFERENCE_ATTENDEES', 'internalAttendeeIds must name active users of this center');
      }
      const outside = (dto.outsideAttendees ?? []).map((a) => ({ name: a.name.trim(), agencyId: a.agencyId, role: a.role?.trim() || null, pledgedOn: a.pledgedOn ?? null }));
      if (dto.kind === 'internal' && outside.length) throw invalid('CONFERENCE_ATTENDEES', 'An internal case review has no outside members: choose the kind of meeting they attended');
      const statutory = STATUTORY_CONFERENCE_KINDS.includes(dto.kind);
      const unpledged = statutory ? outside.filter((a) => !a.pledgedOn || a.pledgedOn > heldOn) : [];
      if (unpledged.length) {
        throw ruleBroken('CONFERENCE_PLEDGE_REQUIRED', `At a statutory 支援会議 each outside member pledges confidentiality by the meeting: no pledge recorded for ${unpledged.map((a) => a.name).join(', ')}`);
      }
      const saved = await m.save(
        m.create(CaseConference, {
          centerId,
          heldOn,
          kind: dto.kind,
          title: dto.title.trim(),
          internalAttendeeIds: internal,
          outsideAttendees: outside,
          categories: dto.categories ?? [],
          papers: dto.papers?.trim() || null,
          papersCollected: dto.papersCollected ?? null,
          nextReviewOn: dto.nextReviewOn ?? null,
          createdBy: actor.id,
        }),
      );
      await m.insert(ConferenceCase, dto.cases.map((c) => ({ conferenceId: saved.id, caseId: c.caseId, decision: c.decision?.trim() || null })));
      // What reached each outside agency, once per case and agency, with the basis it rests on.
      const agencies = [...new Set(outside.map((a) => a.agencyId))];
      for (const c of cases) {
        for (const agencyId of agencies) {
          await this.disclosures.disclose(m, actor, {
            case: c,
            agencyId,
            on: heldOn,
            basis: statutory ? 'support_meeting' : 'consent',
            subject: { kind: 'client_or_family' },
            purpose: 'case_conference',
            // None named: the consent's own categories, when it lists them (an empty list names nothing).
            categories: dto.categories?.length ? dto.categories : undefined,
            reason: statutory ? `${ENUM_LABELS_JA.conference_kind[dto.kind]}（構成員の守秘義務・誓約あり）` : undefined,
            conferenceId: saved.id,
          });
        }
      }
      const categories = dto.categories?.length ? dto.categories : [];
      if (agencies.length && !categories.length) {
        // Consent-based sharing took the consents' categories: keep on the conference what was shared.
        saved.categories = [...new Set((await m.query(`SELECT unnest(categories) AS c FROM disclosures WHERE conference_id = $1`, [saved.id])).map((r: { c: string }) => r.c))] as string[];
        await m.save(saved);
      }
      await this.audit.record({ actor, action: 'create', entity: 'case_conference', entityId: saved.id, detail: { kind: dto.kind, cases: caseIds.length, agencies: agencies.length } }, m);
      return toConferenceDto(saved, (await this.casesOf(actor, m, [saved.id]))(saved.id));
    });
  }

  /** After the meeting: decisions of the cases one sees, the papers, the next review day. */
  update(actor: AuthUser, id: string, dto: UpdateCaseConferenceDto): Promise<CaseConferenceDto> {
    return this.db.transaction(async (m) => {
      const k = await this.findVisible(actor, id, m, true);
      if (dto.version !== undefined && dto.version !== k.version) throw staleVersion('case conference');
      const shown = (await this.casesOf(actor, m, [id]))(id);
      const { cases, ...patch } = changesOf(dto, toConferenceDto(k, shown));
      for (const c of cases ?? []) {
        if (!shown.some((s) => s.caseId === c.caseId)) throw invalid('CONFERENCE_ATTENDEES', `cases: ${c.caseId} is not a case of this conference`);
        await m.update(ConferenceCase, { conferenceId: id, caseId: c.caseId }, { decision: c.decision?.trim() || null });
      }
      Object.assign(k, patch);
      k.updatedAt = new Date();
      const saved = await m.save(k);
      await this.audit.record({ actor, action: 'update', entity: 'case_conference', entityId: id, detail: { fields: [...Object.keys(patch), ...(cases ? ['cases'] : [])] } }, m);
      return toConferenceDto(saved, (await this.casesOf(actor, m, [id]))(id));
    });
  }

  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<CaseConferenceDto> {
    return this.db.transaction(async (m) => {
      const k = await this.findVisible(actor, id, m, true);
      const saved = await m.save(Object.assign(k, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason }));
      await this.audit.record({ actor, action: 'void', entity: 'case_conference', entityId: id, detail: { reason: dto.reason } }, m);
      return toConferenceDto(saved, (await this.casesOf(actor, m, [id]))(id));
    });
  }

  /** Conferences of the actor's center with at least one case the actor may see. */
  private visible(actor: AuthUser, m: EntityManager): SelectQueryBuilder<CaseConference> {
    const cases = m.createQueryBuilder().select('1').from('case_conference_cases', 'v_cc').innerJoin(Case, 'c', 'c.id = v_cc.case_id').where('v_cc.conference_id = k.id');
    scopeCases(cases, 'c', actor);
    return m
      .getRepository(CaseConference)
      .createQueryBuilder('k')
      .where('k.center_id = :center AND k.voided_at IS NULL', { center: tenantOf(actor) })
      .andWhere(`EXISTS (${cases.getQuery()})`)
      .setParameters(cases.getParameters());
  }

  private async findVisible(actor: AuthUser, id: string, m: EntityManager, lock = false): Promise<CaseConference> {
    const qb = this.visible(actor, m).andWhere('k.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['k']);
    const found = await qb.getOne();
    if (!found) throw notFound('Case conference');
    return found;
  }

  /** Each conference's cases the actor may see, with their numbers and decisions. */
  private async casesOf(actor: AuthUser, m: EntityManager, ids: string[]): Promise<(id: string) => ConferenceCaseDto[]> {
    if (!ids.length) return () => [];
    const qb = m
      .createQueryBuilder()
      .select(['cc.conference_id AS conference_id', 'cc.case_id AS case_id', 'c.case_number AS case_number', 'cc.decision AS decision'])
      .from(ConferenceCase, 'cc')
      .innerJoin(Case, 'c', 'c.id = cc.case_id')
      .where('cc.conference_id IN (:...ids)', { ids })
      .orderBy('c.case_number');
    scopeCases(qb, 'c', actor);
    const rows = await qb.getRawMany<{ conference_id: string; case_id: string; case_number: string; decision: string | null }>();
    return (id) => rows.filter((r) => r.conference_id === id).map((r) => ({ caseId: r.case_id, caseNumber: r.case_number, decision: r.decision }));
  }
}
