/**
 * The support process (支援の過程): where the person and the family stand (アセスメント), what
 * they aim for (支援計画), and the case conferences where the center and partner agencies decide.
 */

/** The domains an assessment rates, in the order the form and the history show them. */
export const ASSESSMENT_DOMAINS = ['health', 'daily_life', 'family', 'social', 'school_work', 'finances', 'household', 'risk'] as const;
export type AssessmentDomain = (typeof ASSESSMENT_DOMAINS)[number];

/** A domain's rating: 1 (serious difficulty) to 5 (stable), or null when not yet known. */
export const ASSESSMENT_SCORE_MIN = 1;
export const ASSESSMENT_SCORE_MAX = 5;

/** Months after an assessment when the next one is due, unless the center sets its own. */
export const DEFAULT_REASSESSMENT_MONTHS = 6;

/**
 * Where a case stands with its reassessment: past its due day, due within ASSESSMENT_SOON_DAYS,
 * later, or never assessed.
 */
export const ASSESSMENT_STATES = ['overdue', 'soon', 'upcoming', 'none'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];
export const ASSESSMENT_SOON_DAYS = 30;

export interface AssessmentRatingDto {
  score: number | null;
  note: string | null;
}

/**
 * An assessment (アセスメント) of a case on a day, by a coordinator. A case's assessments are its
 * history: only the newest may still be changed.
 */
export interface AssessmentDto {
  id: string;
  caseId: string;
  assessedOn: string;
  assessorId: string;
  ratings: Record<AssessmentDomain, AssessmentRatingDto>;
  strengths: string | null;
  wishes: string | null;
  /** The newest current assessment of its case (the one that may be changed). */
  latest: boolean;
  /** Each domain's score minus that of the assessment before it (null where either is unknown, or for the first). */
  change: Record<AssessmentDomain, number | null>;
  /** For the newest: the day the next assessment is due (the center's interval after this one). */
  nextDueOn: string | null;
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

/** The day `months` months after a YYYY-MM-DD day (the month's last day when it has no such day: 08-31 + 6 → 02-28). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** How a support plan was agreed: with 本人, with the family, or at a case conference. */
export const PLAN_AGREEMENTS = ['with_client', 'with_family', 'at_conference'] as const;
export type PlanAgreement = (typeof PLAN_AGREEMENTS)[number];

/** Who carries out a goal's steps. */
export const PLAN_ACTORS = ['center', 'family', 'client', 'agency'] as const;
export type PlanActor = (typeof PLAN_ACTORS)[number];

/** How a goal stands at a review. */
export const GOAL_RESULTS = ['achieved', 'in_progress', 'changed', 'dropped'] as const;
export type GoalResult = (typeof GOAL_RESULTS)[number];

/** Where a plan's review stands, as for assessments (see ASSESSMENT_STATES, ASSESSMENT_SOON_DAYS). */
export const PLAN_STATES = ['overdue', 'soon', 'upcoming', 'none'] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export interface PlanGoalDto {
  id: string;
  /** The goal in the person's (or the family's) own words. */
  goal: string;
  /** Short-term steps toward it. */
  steps: string | null;
  /** Who does what. */
  actors: PlanActor[];
  agencyId: string | null;
  targetOn: string | null;
  /** At the latest review: how the goal stands, with a note. */
  result: GoalResult | null;
  resultNote: string | null;
}

/** A review of a plan: when, whether it was on time (by the review day then set), and who. */
export interface PlanReviewDto {
  id: string;
  reviewedOn: string;
  /** The review day the plan had when it was reviewed. */
  dueOn: string;
  reviewedBy: string;
}

/**
 * A support plan (支援計画): goals agreed with the person or the family, reviewed on a day. A new plan
 * supersedes the current one, which stays as history and no longer changes.
 */
export interface SupportPlanDto {
  id: string;
  caseId: string;
  agreedOn: string;
  agreedHow: PlanAgreement;
  reviewOn: string;
  goals: PlanGoalDto[];
  /** The plan in force; a superseded one names the plan that replaced it. */
  current: boolean;
  supersededById: string | null;
  /** The reviews of the plan, oldest first; each goal's result and note are those of the latest. */
  reviews: PlanReviewDto[];
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

/**
 * What a case conference is, which decides on what basis case information reaches outside members:
 * a review inside the center (no outside members); a 支援会議 under 社会福祉法 第106条の6 or under
 * 生活困窮者自立支援法 第9条, whose members are bound to confidentiality by law (each outside member's
 * pledge, 誓約, recorded); or a meeting of agencies under the case's `case_conference` consent.
 */
export const CONFERENCE_KINDS = ['internal', 'welfare_act_meeting', 'poverty_act_meeting', 'consent_based'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const STATUTORY_CONFERENCE_KINDS: readonly ConferenceKind[] = ['welfare_act_meeting', 'poverty_act_meeting'];

export interface OutsideAttendeeDto {
  name: string;
  agencyId: string;
  role: string | null;
  /** The day the member signed the confidentiality pledge (required at a statutory 支援会議). */
  pledgedOn: string | null;
}

/** A case discussed at a conference, and what was decided for it. */
export interface ConferenceCaseDto {
  caseId: string;
  caseNumber: string;
  decision: string | null;
}

/**
 * A case conference (ケース会議・支援会議). Those who see it see only the cases (and their decisions)
 * they may see.
 */
export interface CaseConferenceDto {
  id: string;
  centerId: string;
  heldOn: string;
  kind: ConferenceKind;
  title: string;
  internalAttendeeIds: string[];
  outsideAttendees: OutsideAttendeeDto[];
  cases: ConferenceCaseDto[];
  /** What case information was shared with the outside members (the disclosure records' categories). */
  categories: string[];
  /** Papers handed out, and whether they were collected back at the end. */
  papers: string | null;
  papersCollected: boolean | null;
  nextReviewOn: string | null;
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}
