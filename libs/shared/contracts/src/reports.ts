import type { ConferenceKind } from './support';
import type { ConsultationFigures } from './inquiries';

export interface CaseloadRow {
  coordinatorId: string;
  coordinatorName: string;
  /** Open cases (not closed, not voided) the coordinator leads / seconds at the end of the period. */
  leadCases: number;
  secondCases: number;
  /** Cases they lead that were opened / closed in the period. */
  newCases: number;
  closedCases: number;
  /** Contact records they took part in, in the period. */
  contacts: number;
  interviews: number;
  outreachVisits: number;
  attendances: number;
  /** Open lead cases without any contact for 30+ / 60+ / 90+ days at the end of the period. */
  noContact30: number;
  noContact60: number;
  noContact90: number;
  /** Open lead cases whose pending next-contact date is before the end of the period. */
  overdueFollowUps: number;
  /** Open lead cases where 本人 has not been met (family-only consultation). */
  familyOnlyCases: number;
  /** Open lead cases with 本人 40+ living with a parent 70+. */
  cases8050: number;
  /** Open lead cases whose next assessment was due before the end of the period / falls within 30 days after it / that have none yet. */
  assessmentsOverdue: number;
  assessmentsDueSoon: number;
  notAssessed: number;
  /** Open lead cases whose plan in force was to be reviewed before the end of the period / is due within 30 days after it / that have no plan. */
  planReviewsOverdue: number;
  planReviewsDueSoon: number;
  noPlan: number;
}

export type CaseloadCounts = Omit<CaseloadRow, 'coordinatorId' | 'coordinatorName'>;

export interface CaseloadReport {
  from: string;
  to: string;
  rows: CaseloadRow[];
  totals: CaseloadCounts;
}

export const AGE_BANDS = ['under_10', '10s', '20s', '30s', '40s', '50s', '60s', '70_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const DURATION_BANDS = ['under_6m', '6m_1y', '1_3y', '3_5y', '5_7y', '7_10y', '10_20y', '20y_plus', 'unknown'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

export interface ActivityReport {
  from: string;
  to: string;
  /** 実人数: cases with at least one contact in the period. */
  uniqueCases: number;
  /** 延べ件数: interviews, outreach visits and program attendances in the period. */
  totalContacts: number;
  newCases: number;
  continuingCases: number;
  reopenedCases: number;
  byMethod: Record<string, number>;
  byParticipant: { client: number; family: number; agency: number };
  byAgeDecade: Record<AgeBand, number>;
  bySex: Record<string, number>;
  byDurationBand: Record<DurationBand, number>;
  outreachByOutcome: Record<string, number>;
  programs: { sessions: number; attendances: number; uniqueCases: number };
  /** agency type → referral status → count, for referrals planned in the period. */
  referralsByAgencyType: Record<string, Record<string, number>>;
  closuresByReason: Record<string, number>;
  /** ケース会議・支援会議 on the cases, held in the period: by kind, the cases discussed, the outside agencies that attended (each once per conference) by type. */
  conferences: { byKind: Record<ConferenceKind, number>; casesDiscussed: number; outsideAgenciesByType: Record<string, number> };
  /** Support plans reviewed in the period, and those reviewed by their review day. */
  planReviews: { total: number; onTime: number };
  /** 相談受付: first contacts, and persons and contacts with and without a case (docs/domain.md). */
  consultations: ConsultationFigures;
  /** Contacts per month in the period (YYYY-MM → method → count), for the chart. */
  contactsByMonth: Record<string, Record<string, number>>;
}

/** What liaison staff read of the activity statistics: the referrals only. */
export type ReferralStatsReport = Pick<ActivityReport, 'from' | 'to' | 'referralsByAgencyType'>;
