import { AGENCY_TYPES } from '../agencies';
import { CASE_STATUSES, CLIENT_CONTACTS, CLOSURE_REASONS, REFERRAL_ROUTES, RELATIONSHIPS, RISK_FLAGS, SEXES, SUPPORT_STAGES } from '../cases';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, INFO_CATEGORIES } from '../consents';
import { ATTENDEES, INTERVIEW_METHODS, OUTREACH_LOCATIONS, OUTREACH_OUTCOMES, PARTICIPANTS, PROGRAM_KINDS, TIMELINE_KINDS } from '../contacts';
import { DISCLOSURE_BASES, REFERRAL_STATUSES, REFERRAL_SUBJECTS } from '../referrals';
import { AGE_BANDS, DURATION_BANDS } from '../reports';
import { ENUM_LABELS_JA, REPORT_LABELS_JA } from './labels.ja';
import { ENUM_LABELS_EN, REPORT_LABELS_EN } from './labels.en';

/** Every enum value of the contracts, by its label group. */
const ENUMS: Record<keyof typeof ENUM_LABELS_JA, readonly string[] | undefined> = {
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
  consent_state: undefined,
  info_category: INFO_CATEGORIES,
  interview_method: INTERVIEW_METHODS,
  participant: PARTICIPANTS,
  outreach_outcome: OUTREACH_OUTCOMES,
  outreach_location: OUTREACH_LOCATIONS,
  program_kind: PROGRAM_KINDS,
  attendee: ATTENDEES,
  timeline_kind: TIMELINE_KINDS,
  follow_up: undefined,
  referral_status: REFERRAL_STATUSES,
  referral_subject: REFERRAL_SUBJECTS,
  disclosure_basis: DISCLOSURE_BASES,
  agency_type: AGENCY_TYPES,
};

describe('the one catalog of enum labels', () => {
  it.each(Object.entries(ENUMS).filter(([, values]) => values))('labels every value of %s, in Japanese and English', (group, values) => {
    const ja = ENUM_LABELS_JA[group as keyof typeof ENUM_LABELS_JA] as Record<string, string>;
    const en = ENUM_LABELS_EN[group as keyof typeof ENUM_LABELS_EN] as Record<string, string>;
    expect(Object.keys(ja).sort()).toEqual([...(values as string[])].sort());
    expect(Object.keys(en).sort()).toEqual([...(values as string[])].sort());
  });

  it('labels every breakdown of the reports', () => {
    expect(Object.keys(REPORT_LABELS_JA.method).sort()).toEqual([...INTERVIEW_METHODS, 'outreach', 'program'].sort());
    expect(Object.keys(REPORT_LABELS_JA.age_band)).toEqual([...AGE_BANDS]);
    expect(Object.keys(REPORT_LABELS_JA.duration_band)).toEqual([...DURATION_BANDS]);
    expect(Object.keys(REPORT_LABELS_EN.duration_band)).toEqual([...DURATION_BANDS]);
  });
});
