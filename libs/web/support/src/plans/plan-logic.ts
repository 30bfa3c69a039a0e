import {
  addMonths,
  japanDate,
  type GoalResult,
  type PlanActor,
  type PlanAgreement,
  type SupportPlanDto,
} from '@tsunagu/contracts';

/** Months from one review to the next unless the coordinator sets another day. */
export const PLAN_REVIEW_MONTHS = 6;

export interface GoalFormValues {
  /** Set for a goal of the plan being changed: it keeps its id (and its latest result). */
  id?: string;
  goal: string;
  steps: string | null;
  actors: PlanActor[];
  agencyId: string | null;
  targetOn: string | null;
}

export interface PlanFormValues {
  agreedOn: string;
  agreedHow: PlanAgreement;
  reviewOn: string;
  goals: GoalFormValues[];
}

const trimmedOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

const goalValues = (plan: SupportPlanDto, keepIds: boolean): GoalFormValues[] =>
  plan.goals.map((g) => ({
    ...(keepIds ? { id: g.id } : {}),
    goal: g.goal,
    steps: g.steps,
    actors: [...g.actors],
    agencyId: g.agencyId,
    targetOn: g.targetOn,
  }));

/**
 * A new plan's form: agreed today, reviewed six months on, and the goals of the plan in force
 * (without their ids and results: they become the new plan's goals), or one blank goal.
 */
export function newPlanDefaults(current: SupportPlanDto | undefined, today: string = japanDate()): PlanFormValues {
  return {
    agreedOn: today,
    agreedHow: current?.agreedHow ?? 'with_client',
    reviewOn: addMonths(today, PLAN_REVIEW_MONTHS),
    goals: current ? goalValues(current, false) : [{ goal: '', steps: null, actors: [], agencyId: null, targetOn: null }],
  };
}

/** The plan in force as its correction form shows it: goals keep their ids. */
export const correctionDefaults = (plan: SupportPlanDto): PlanFormValues => ({
  agreedOn: plan.agreedOn,
  agreedHow: plan.agreedHow,
  reviewOn: plan.reviewOn,
  goals: goalValues(plan, true),
});

/** The form as the API takes it: blank text as null, and no agency unless 関係機関 does something. */
export function planFormToApi(values: PlanFormValues): PlanFormValues {
  return {
    agreedOn: values.agreedOn,
    agreedHow: values.agreedHow,
    reviewOn: values.reviewOn,
    goals: (values.goals ?? []).map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      goal: (g.goal ?? '').trim(),
      steps: trimmedOrNull(g.steps),
      actors: g.actors ?? [],
      agencyId: g.actors?.includes('agency') ? (g.agencyId ?? null) : null,
      targetOn: g.targetOn || null,
    })),
  };
}

export interface ReviewFormValues {
  reviewedOn: string;
  evaluations: Array<{ goalId: string; result: GoalResult | null; note: string | null }>;
  nextReviewOn: string;
}

/** A review's form: today, one row per goal with no result chosen yet, and the next review six months on. */
export function reviewDefaults(plan: SupportPlanDto, today: string = japanDate()): ReviewFormValues {
  return {
    reviewedOn: today,
    evaluations: plan.goals.map((g) => ({ goalId: g.id, result: null, note: g.resultNote })),
    nextReviewOn: addMonths(today, PLAN_REVIEW_MONTHS),
  };
}

export const reviewToApi = (values: ReviewFormValues) => ({
  reviewedOn: values.reviewedOn,
  evaluations: values.evaluations.map((e) => ({ goalId: e.goalId, result: e.result as GoalResult, note: trimmedOrNull(e.note) })),
  nextReviewOn: values.nextReviewOn,
});

/** The API route of a plan's review, read as a resource so that react-admin's create posts to it. */
export const reviewResource = (planId: string) => `support-plans/${encodeURIComponent(planId)}/review`;
