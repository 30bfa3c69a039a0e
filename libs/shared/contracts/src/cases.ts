export const CASE_STATUSES = ['intake', 'active', 'paused', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Allowed status moves: intake → active ↔ paused → closed → (reopen) active. */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  intake: ['active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: ['active'],
};

export const CLOSURE_REASONS = ['goal_reached', 'lapsed', 'moved_away', 'transferred', 'duplicate', 'other'] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];
/** The reasons a person chooses; `duplicate` is set only by merging a case into another. */
export const CHOSEN_CLOSURE_REASONS = CLOSURE_REASONS.filter((r) => r !== 'duplicate');

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const CLIENT_CONTACTS = ['none', 'indirect', 'direct'] as const;
export type ClientContact = (typeof CLIENT_CONTACTS)[number];

/** 相談経路: how the consultation reached the center. */
export const REFERRAL_ROUTES = [
  'self',
  'family',
  'relative',
  'municipal_office',
  'medical_institution',
  'school',
  'welfare_agency',
  'other_agency',
  'acquaintance',
  'website',
  'other',
] as const;
export type ReferralRoute = (typeof REFERRAL_ROUTES)[number];

/** Support stages of the 2010 MHLW guideline. */
export const SUPPORT_STAGES = ['encounter_assessment', 'individual_support', 'intermediate_group', 'social_participation'] as const;
export type SupportStage = (typeof SUPPORT_STAGES)[number];

export const RISK_FLAGS = ['self_harm', 'violence_at_home', 'financial_hardship', 'health'] as const;
export type RiskFlag = (typeof RISK_FLAGS)[number];

export const RELATIONSHIPS = ['mother', 'father', 'sibling', 'spouse', 'child', 'grandparent', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface CaseDto {
  id: string;
  centerId: string;
  /** The center's code, the fiscal year of intake and a number. @example "MNT-2026-0012" */
  caseNumber: string;
  status: CaseStatus;
  leadCoordinatorId: string;
  secondCoordinatorIds: string[];
  /** @example "田中 翔太" */
  clientName: string;
  /** @example "たなか しょうた" */
  clientNameKana: string | null;
  birthDate: string | null;
  birthYear: number | null;
  /** Age today (Japan time), from the birth date or year. */
  age: number | null;
  sex: Sex;
  /** @example "みなと市" */
  municipality: string | null;
  /** Since when (year and month) the person has withdrawn. @example "2022-04" */
  hikikomoriSince: string | null;
  /** @example "就職活動がうまくいかず、3年ほど自室で過ごしている。母が来所して相談。" */
  chiefConcern: string | null;
  referralRoute: ReferralRoute | null;
  supportStage: SupportStage | null;
  riskFlags: RiskFlag[];
  clientContact: ClientContact;
  clientAware: boolean | null;
  openedOn: string;
  closedOn: string | null;
  closureReason: ClosureReason | null;
  /** Whether a closure request waits for the supervisor (the same as `closureRequest !== null`). */
  closureRequested: boolean;
  /** The coordinator's pending request to close the case. */
  closureRequest: ClosureRequestDto | null;
  /** The supervisor's answer to the last request, when it was declined (cleared by a new request). */
  closureDecline: ClosureDeclineDto | null;
  /** For a case closed as a duplicate: the case it was merged into. */
  mergedIntoId: string | null;
  /** 本人 40+ with a parent 70+ living with them (the 8050 problem). */
  is8050: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ClosureRequestDto {
  reason: ClosureReason;
  note: string | null;
  requestedBy: string;
  requestedAt: string;
}

export interface ClosureDeclineDto {
  note: string;
  declinedBy: string;
  declinedAt: string;
}

/** What liaison staff see of a case: enough to arrange a referral, nothing of the support itself. */
export type CaseReferralViewDto = Pick<
  CaseDto,
  'id' | 'centerId' | 'caseNumber' | 'clientName' | 'age' | 'municipality' | 'leadCoordinatorId'
>;

export interface CaseDuplicateDto {
  /** Only for a case the caller may open; for the others, the lead is the one to ask. */
  id?: string;
  caseNumber: string;
  initials: string;
  birthYear: number | null;
  leadCoordinatorId: string;
  leadCoordinatorName: string;
}

export interface FamilyMemberDto {
  id: string;
  caseId: string;
  relationship: Relationship;
  name: string;
  birthYear: number | null;
  livesWithClient: boolean;
  mainConsulter: boolean;
  version: number;
}
