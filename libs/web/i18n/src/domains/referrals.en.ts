import type { Catalog } from './catalog';
import type { referralsJa } from './referrals.ja';

export const referralsEn: Catalog<typeof referralsJa> = {
  tsunagu: {
    agencies: {
      search_hint: 'Search name, municipality or contact',
    },
    referrals: {
      plan: 'Plan a referral',
      planned: 'Referral planned',
      empty: 'No referrals yet.',
      moved: 'Recorded: %{status}',
      steps: {
        planned: 'Plan',
        referred: 'Send',
        accepted: 'Record acceptance',
        declined: 'Record decline',
        completed: 'Record completion',
        cancelled: 'Cancel',
      },
      step_on: 'Date',
      send_title: 'Send the referral (disclosure to a third party)',
      basis: 'Legal basis',
      basis_reason: 'Reason for a basis other than consent',
      basis_reason_hint: 'The supervisor writes why the information may be shared without consent',
      what_is_shared: 'Information shared',
      consent_ok: 'A consent covers this referral',
      consent_missing: 'No consent covers this referral on %{date}',
      consent_missing_hint:
        'An active information-sharing consent from the person (or the family member concerned) that names this agency is needed. Ask the coordinator to record it.',
      consent_missing_hint_supervisor:
        'An active information-sharing consent from the person (or the family member concerned) that names this agency is needed. If it cannot be obtained, choose the legal basis and write the reason.',
      waiting: 'Waiting for the agency (%{smart_count})',
      waiting_none: 'No referral is waiting for an answer.',
      days_waiting: 'Days waiting',
      days: '1 day |||| %{smart_count} days',
    },
    disclosures: {
      add: 'Record a disclosure at a meeting',
      add_hint: 'For information shared outside a referral (support meeting, case conference). Sending a referral records its disclosure itself.',
      added: 'Disclosure recorded',
      empty: 'No information of this case has been disclosed.',
    },
    validation: {
      phone: 'Digits, spaces, +, - and parentheses only',
    },
  },
  resources: {
    agencies: {
      name: 'Partner agency |||| Partner agencies',
      fields: {
        name: 'Name',
        type: 'Type',
        municipality: 'Municipality',
        contactPerson: 'Contact person',
        phone: 'Phone',
        email: 'Email',
        notes: 'Notes',
        centerId: 'Center',
        q: 'Search',
      },
    },
    referrals: {
      name: 'Referral |||| Referrals',
      fields: {
        caseId: 'Case',
        agencyId: 'Agency',
        subject: 'For',
        familyMemberId: 'Family member',
        reason: 'Reason',
        accompanied: 'Accompanied',
        status: 'Status',
        plannedOn: 'Planned on',
        referredOn: 'Sent on',
        respondedOn: 'Answered on',
        closedOn: 'Closed on',
        feedback: 'Agency feedback',
        responsibleUserId: 'Responsible',
      },
    },
    disclosures: {
      name: 'Disclosure |||| Disclosures',
      fields: {
        caseId: 'Case',
        agencyId: 'Disclosed to',
        basis: 'Basis',
        consentId: 'Consent',
        categories: 'Information',
        reason: 'Reason',
        disclosedOn: 'Disclosed on',
        disclosedBy: 'Disclosed by',
      },
    },
  },
};
