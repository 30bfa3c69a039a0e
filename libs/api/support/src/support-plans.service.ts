import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { japanDate, type PlanGoalDto, type SupportPlanDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, invalid, ListQuery, ListResult, ListSpec, ruleBroken, VoidDto } from '@tsunagu/api-core';
import { changedFields, findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { areAgenciesOfCenter } from '@tsunagu/api-agencies';
import { CaseAccess } from '@tsunagu/api-cases';
import { assertRecordDates } from '@tsunagu/api-contacts';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CreateSupportPlanDto, PlanGoalInputDto, ReviewSupportPlanDto, UpdateSupportPlanDto } from './dto/support-plan.dto';
import { PlanReview, SupportPlan } from './support-plan.entities';

type PlanField = 'caseId' | 'agreedOn' | 'reviewOn';
export const SUPPORT_PLAN_LIST_SPEC: ListSpec<PlanField> = {
  sortable: ['agreedOn', 'reviewOn'],
  filters: { caseId: 'uuid' },
  defaultSort: { field: 'agreedOn', order: 'DESC' },
};
const COLUMNS: Record<PlanField, string> = { caseId: 'p.case_id', agreedOn: 'p.agreed_on', reviewOn: 'p.review_on' };

function toPlanDto(p: SupportPlan, reviews: PlanReview[]): SupportPlanDto {
  return {
    id: p.id,
    caseId: p.caseId,
    agreedOn: p.agreedOn,
    agreedHow: p.agreedHow,
    reviewOn: p.reviewOn,
    goals: p.goals,
    current: p.supersededById === null && p.voidedAt === null,
    supersededById: p.supersededById,
    reviews: reviews.map((r) => ({ id: r.id, reviewedOn: r.reviewedOn, dueOn: r.dueOn, reviewedBy: r.reviewedBy })),
    version: p.version,
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    voidedAt: p.voidedAt?.toISOString() ?? null,
    voidedBy: p.voidedBy,
    voidReason: p.voidReason,
  };
}

/** The day a plan is dated, as an instant in Japan (the contact records' date rule takes one). */
const dayInJapan = (day: string) => new Date(`${day}T12:00:00+09:00`);

/** The goals as stored: a goal already on the plan keeps its id and its latest result; a new one gets an id. */
function storedGoals(input: PlanGoalInputDto[], before: PlanGoalDto[] = []): PlanGoalDto[] {
  return input.map((g) => {
    const kept = g.id ? before.find((b) => b.id === g.id) : undefined;
    if (g.id && !kept) throw invalid('PLAN_GOALS', `goals: ${g.id} is not a goal of this plan (leave out the id for a new goal)`);
    return {
      id: kept?.id ?? randomUUID(),
      goal: g.goal.trim(),
      steps: g.steps?.trim() || null,
      actors: g.actors,
      agencyId: g.agencyId ?? null,
      targetOn: g.targetOn ?? null,
      result: kept?.result ?? null,
      resultNote: kept?.resultNote ?? null,
    };
  });
}

/**
 * 支援計画 (docs/domain.md, rule 14): a case has one plan in force; a new plan supersedes it in the
 * same transaction, and a superseded plan is history (422 PLAN_SUPERSEDED). A review evaluates every
 * goal, is kept with the review day it was due, and sets the next.
 */
@Injectable()
export class SupportPlansService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<SupportPlanDto>> {
    const { items, total } = await findPage(this.access.children(actor, SupportPlan, 'p'), list, COLUMNS);
    const reviews = await this.reviewsOf(this.db.manager, items.map((p) => p.id));
    return new ListResult('support-plans', items.map((p) => toPlanDto(p, reviews(p.id))), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<SupportPlanDto> {
    const p = await this.access.findChild(actor, SupportPlan, id, 'Support plan');
    return toPlanDto(p, (await this.reviewsOf(this.db.manager, [id]))(id));
  }

  /** A new plan: the case's plan in force, if any, is superseded by it. */
  create(actor: AuthUser, dto: CreateSupportPlanDto): Promise<SupportPlanDto> {
    return this.db.transaction(async (m) => {
      // The case row is held while its plan in force changes: two new plans at once come one after the other.
      const c = await this.access.findVisible(actor, dto.caseId, m, 'update');
      const agreedOn = dto.agreedOn ?? japanDate();
      this.assertDays(c.openedOn, agreedOn, dto.reviewOn);
      await this.assertAgencies(m, c.centerId, dto.goals);
      const id = randomUUID();
      const previous = await m.findOne(SupportPlan, { where: { caseId: c.id, supersededById: IsNull(), voidedAt: IsNull() } });
      // The reference to the new plan is checked at commit (deferred), so the old one leaves "in force" first.
      if (previous) await m.update(SupportPlan, { id: previous.id }, { supersededById: id });
      const saved = await m.save(
        m.create(SupportPlan, { id, caseId: c.id, agreedOn, agreedHow: dto.agreedHow, reviewOn: dto.reviewOn, goals: storedGoals(dto.goals), createdBy: actor.id }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'support_plan', entityId: id, caseId: c.id, detail: previous ? { supersedes: previous.id } : undefined }, m);
      return toPlanDto(saved, []);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateSupportPlanDto): Promise<SupportPlanDto> {
    return this.db.transaction(async (m) => {
      const p = await this.access.findChild(actor, SupportPlan, id, 'Support plan', { m, lock: true, expectedVersion: dto.version });
      const reviews = (await this.reviewsOf(m, [id]))(id);
      const patch = changesOf(dto, toPlanDto(p, reviews));
      if (!Object.keys(patch).length) return toPlanDto(p, reviews);
      if (p.supersededById) throw ruleBroken('PLAN_SUPERSEDED', 'A superseded plan is history: change the plan in force, or agree a new one');
      const c = await this.access.findVisible(actor, p.caseId, m);
      const { goals, ...rest } = patch;
      this.assertDays(c.openedOn, rest.agreedOn ?? p.agreedOn, rest.reviewOn ?? p.reviewOn);
      if (goals) await this.assertAgencies(m, c.centerId, goals);
      const fields = changedFields(p, rest as Partial<SupportPlan>);
      Object.assign(p, rest, goals ? { goals: storedGoals(goals, p.goals) } : {});
      if (goals) fields.push('goals');
      const saved = await m.save(p);
      await this.audit.record({ actor, action: 'update', entity: 'support_plan', entityId: id, caseId: p.caseId, detail: { fields } }, m);
      return toPlanDto(saved, reviews);
    });
  }

  /** A review of the plan in force: every goal evaluated, kept with the review day it was due; the next review day set. */
  review(actor: AuthUser, id: string, dto: ReviewSupportPlanDto): Promise<SupportPlanDto> {
    return this.db.transaction(async (m) => {
      const p = await this.access.findChild(actor, SupportPlan, id, 'Support plan', { m, lock: true });
      if (p.supersededById) throw ruleBroken('PLAN_SUPERSEDED', 'A superseded plan is history: review the plan in force');
      const reviewedOn = dto.reviewedOn ?? japanDate();
      if (reviewedOn < p.agreedOn) throw invalid('PLAN_DAYS', 'reviewedOn cannot be before the plan was agreed');
      if (dto.nextReviewOn <= reviewedOn) throw invalid('PLAN_DAYS', 'nextReviewOn must be after the review');
      const ids = dto.evaluations.map((e) => e.goalId);
      if (new Set(ids).size !== ids.length || ids.length !== p.goals.length || p.goals.some((g) => !ids.includes(g.id))) {
        throw invalid('PLAN_EVALUATIONS', 'evaluations must evaluate every goal of the plan, each once');
      }
      const review = await m.save(m.create(PlanReview, { planId: id, reviewedOn, dueOn: p.reviewOn, reviewedBy: actor.id }));
      p.goals = p.goals.map((g) => {
        const e = dto.evaluations.find((x) => x.goalId === g.id);
        return { ...g, result: e?.result ?? null, resultNote: e?.note?.trim() || null };
      });
      p.reviewOn = dto.nextReviewOn;
      const saved = await m.save(p);
      await this.audit.record({ actor, action: 'update', entity: 'support_plan', entityId: id, caseId: p.caseId, detail: { review: review.id } }, m);
      return toPlanDto(saved, (await this.reviewsOf(m, [id]))(id));
    });
  }

  /** Voids a plan; if it was the plan in force, the one it superseded is in force again. */
  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<SupportPlanDto> {
    return this.db.transaction(async (m) => {
      const p = await this.access.findChild(actor, SupportPlan, id, 'Support plan', { m, lock: true });
      await this.access.findVisible(actor, p.caseId, m, 'update');
      const saved = await m.save(Object.assign(p, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason }));
      // The plan it had superseded takes its place in the history (in force again, if it was).
      await m.update(SupportPlan, { caseId: p.caseId, supersededById: id }, { supersededById: p.supersededById });
      await this.audit.record({ actor, action: 'void', entity: 'support_plan', entityId: id, caseId: p.caseId, detail: { reason: dto.reason } }, m);
      return toPlanDto(saved, (await this.reviewsOf(m, [id]))(id));
    });
  }

  /** A plan is agreed on or after the case was opened, not in the future, and reviewed after it was agreed. */
  private assertDays(openedOn: string, agreedOn: string, reviewOn: string) {
    assertRecordDates(openedOn, dayInJapan(agreedOn), null);
    if (reviewOn <= agreedOn) throw invalid('PLAN_DAYS', 'reviewOn must be after the day the plan was agreed');
  }

  private async assertAgencies(m: EntityManager, centerId: string, goals: PlanGoalInputDto[]) {
    const ids = goals.map((g) => g.agencyId).filter((a): a is string => !!a);
    if (!(await areAgenciesOfCenter(m, centerId, ids))) throw invalid('AGENCY_UNKNOWN', 'goals: agencyId must name a partner agency of this center');
  }

  private async reviewsOf(m: EntityManager, planIds: string[]): Promise<(id: string) => PlanReview[]> {
    const found = planIds.length ? await m.find(PlanReview, { where: { planId: In(planIds) }, order: { reviewedOn: 'ASC', createdAt: 'ASC' } }) : [];
    return (id) => found.filter((r) => r.planId === id);
  }
}
