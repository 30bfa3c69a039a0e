import type { InfoCategory } from './consents';

export const REFERRAL_STATUSES = ['planned', 'referred', 'accepted', 'declined', 'completed', 'cancelled'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** planned → referred → accepted | declined; accepted → completed; cancelled from any open step. */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  planned: ['referred', 'cancelled'],
  referred: ['accepted', 'declined', 'cancelled'],
  accepted: ['completed', 'cancelled'],
  declined: [],
  completed: [],
  cancelled: [],
};

export const REFERRAL_SUBJECTS = ['client', 'family'] as const;
export type ReferralSubject = (typeof REFERRAL_SUBJECTS)[number];

/** Legal bases for information leaving the center (APPI art. 27 and 29). */
export const DISCLOSURE_BASES = ['consent', 'support_meeting', 'legal_obligation', 'vital_interest'] as const;
export type DisclosureBasis = (typeof DISCLOSURE_BASES)[number];

export interface ReferralDto {
  id: string;
  caseId: string;
  agencyId: string;
  subject: ReferralSubject;
  familyMemberId: string | null;
  reason: string;
  accompanied: boolean;
  status: ReferralStatus;
  plannedOn: string;
  referredOn: string | null;
  respondedOn: string | null;
  closedOn: string | null;
  feedback: string | null;
  responsibleUserId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface DisclosureDto {
  id: string;
  caseId: string;
  agencyId: string;
  referralId: string | null;
  /** The case conference at which the information was shared, if that was the occasion. */
  conferenceId: string | null;
  basis: DisclosureBasis;
  consentId: string | null;
  categories: InfoCategory[];
  reason: string | null;
  disclosedOn: string;
  disclosedBy: string;
  createdAt: string;
}
