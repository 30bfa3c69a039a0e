import type { ChipProps } from '@mui/material';
import {
  AGENCY_TYPES,
  ATTENDEES,
  CASE_STATUSES,
  CLIENT_CONTACTS,
  CLOSURE_REASONS,
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DISCLOSURE_BASES,
  INFO_CATEGORIES,
  INTERVIEW_METHODS,
  OUTREACH_LOCATIONS,
  OUTREACH_OUTCOMES,
  PARTICIPANTS,
  PROGRAM_KINDS,
  REFERRAL_ROUTES,
  REFERRAL_STATUSES,
  REFERRAL_SUBJECTS,
  RELATIONSHIPS,
  RISK_FLAGS,
  SEXES,
  SUPPORT_STAGES,
  TIMELINE_KINDS,
  type CaseStatus,
  type ConsentState,
  type FollowUpState,
  type ReferralStatus,
} from '@tsunagu/contracts';
import { choicesOf, type Choice } from './choices';

const CONSENT_STATES: readonly ConsentState[] = ['active', 'not_yet', 'expired', 'withdrawn'];
const FOLLOW_UP_STATES: readonly FollowUpState[] = ['due', 'overdue', 'upcoming', 'none'];

/** Every enum of the contracts the screens show, by the name of its i18n group (`tsunagu.enums.<name>`). */
export const ENUMS = {
  case_status: CASE_STATUSES,
  closure_reason: CLOSURE_REASONS,
  sex: SEXES,
  client_contact: CLIENT_CONTACTS,
  referral_route: REFERRAL_ROUTES,
  support_stage: SUPPORT_STAGES,
  risk_flag: RISK_FLAGS,
  relationship: RELATIONSHIPS,
  consent_giver: CONSENT_GIVERS,
  consent_purpose: CONSENT_PURPOSES,
  consent_method: CONSENT_METHODS,
  consent_state: CONSENT_STATES,
  info_category: INFO_CATEGORIES,
  interview_method: INTERVIEW_METHODS,
  participant: PARTICIPANTS,
  outreach_outcome: OUTREACH_OUTCOMES,
  outreach_location: OUTREACH_LOCATIONS,
  program_kind: PROGRAM_KINDS,
  attendee: ATTENDEES,
  timeline_kind: TIMELINE_KINDS,
  follow_up: FOLLOW_UP_STATES,
  referral_status: REFERRAL_STATUSES,
  referral_subject: REFERRAL_SUBJECTS,
  disclosure_basis: DISCLOSURE_BASES,
  agency_type: AGENCY_TYPES,
} as const;
export type EnumName = keyof typeof ENUMS;

/** The i18n prefix of an enum's labels: `enumLabel('case_status')` → `tsunagu.enums.case_status`. */
export const enumPrefix = (name: EnumName) => `tsunagu.enums.${name}`;

/** The i18n key of one value: `enumKey('case_status', 'active')`. */
export const enumKey = (name: EnumName, value: string) => `${enumPrefix(name)}.${value}`;

/** Choices for every enum, for SelectInput / RadioButtonGroupInput / CheckboxGroupInput. */
export const CHOICES = Object.fromEntries(
  Object.entries(ENUMS).map(([name, values]) => [name, choicesOf(values, enumPrefix(name as EnumName))]),
) as Record<EnumName, Choice[]>;

type ChipColor = NonNullable<ChipProps['color']>;

export const CASE_STATUS_COLORS: Record<CaseStatus, ChipColor> = {
  intake: 'info',
  active: 'success',
  paused: 'warning',
  closed: 'default',
};

export const CONSENT_STATE_COLORS: Record<ConsentState, ChipColor> = {
  active: 'success',
  not_yet: 'info',
  expired: 'warning',
  withdrawn: 'error',
};

export const REFERRAL_STATUS_COLORS: Record<ReferralStatus, ChipColor> = {
  planned: 'info',
  referred: 'primary',
  accepted: 'success',
  declined: 'warning',
  completed: 'default',
  cancelled: 'default',
};

export const FOLLOW_UP_COLORS: Record<FollowUpState, ChipColor> = {
  due: 'warning',
  overdue: 'error',
  upcoming: 'info',
  none: 'default',
};
