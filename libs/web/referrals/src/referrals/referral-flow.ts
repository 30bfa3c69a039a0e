import {
  REFERRAL_TRANSITIONS,
  RESOURCES,
  type DisclosureBasis,
  type InfoCategory,
  type ReferralDto,
  type ReferralStatus,
  type Role,
} from '@tsunagu/contracts';
import { canAccess, REFERRAL_ACTIONS, type ConsentCoverageQuery } from '@tsunagu/web-data-access';

/** A lifecycle move offered as a button, and what it asks before it is made. */
export interface ReferralStep {
  to: ReferralStatus;
  /** i18n key of the button. */
  label: string;
  /** send: the consent check and what is shared; response: date and the agency's answer; date: just the date. */
  asks: 'send' | 'response' | 'date';
}

const STEP: Record<ReferralStatus, Omit<ReferralStep, 'to'>> = {
  planned: { label: 'tsunagu.referrals.steps.planned', asks: 'date' },
  referred: { label: 'tsunagu.referrals.steps.referred', asks: 'send' },
  accepted: { label: 'tsunagu.referrals.steps.accepted', asks: 'response' },
  declined: { label: 'tsunagu.referrals.steps.declined', asks: 'response' },
  completed: { label: 'tsunagu.referrals.steps.completed', asks: 'response' },
  cancelled: { label: 'tsunagu.referrals.steps.cancelled', asks: 'date' },
};

/** Only the legal next steps of REFERRAL_TRANSITIONS, for a role that may move referrals at all. */
export function referralSteps(status: ReferralStatus, role: Role | null): ReferralStep[] {
  if (!canAccess(role, { action: 'edit', resource: RESOURCES.referrals })) return [];
  return REFERRAL_TRANSITIONS[status].map((to) => ({ to, ...STEP[to] }));
}

/** Whether the role may send on a legal basis other than consent (a supervisor, with a written reason). */
export const maySendOnOtherBasis = (role: Role | null) =>
  canAccess(role, { action: REFERRAL_ACTIONS.sendOnOtherBasis, resource: RESOURCES.referrals });

/** The consent a referral needs: information sharing, from its subject, naming its agency, on the day it is sent. */
export function sendingCoverageQuery(referral: Pick<ReferralDto, 'caseId' | 'agencyId' | 'subject' | 'familyMemberId'>, on: string): ConsentCoverageQuery {
  return {
    caseId: referral.caseId,
    purpose: 'information_sharing',
    on,
    subject: referral.subject,
    ...(referral.subject === 'family' && referral.familyMemberId ? { familyMemberId: referral.familyMemberId } : {}),
    agencyId: referral.agencyId,
  };
}

export interface SendValues {
  stepOn: string;
  basis: DisclosureBasis;
  basisReason: string;
  categories: InfoCategory[];
}

/** The PUT that sends a referral: the consent basis is the API's default and is not named. */
export function sendBody({ stepOn, basis, basisReason, categories }: SendValues): Record<string, unknown> {
  return {
    status: 'referred',
    stepOn,
    categories,
    ...(basis === 'consent' ? {} : { basis, basisReason: basisReason.trim() }),
  };
}

/** Whether the send dialog may be confirmed. */
export function canSend(values: SendValues, covered: boolean): boolean {
  if (!values.categories.length || !values.stepOn) return false;
  return values.basis === 'consent' ? covered : values.basisReason.trim().length > 0;
}

