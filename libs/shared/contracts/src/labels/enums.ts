import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../audit';
import { ROLES } from '../roles';
import { AGENCY_TYPES } from '../agencies';
import { CASE_STATUSES, CLIENT_CONTACTS, CLOSURE_REASONS, REFERRAL_ROUTES, RELATIONSHIPS, RISK_FLAGS, SEXES, SUPPORT_STAGES } from '../cases';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, CONSENT_STATES, INFO_CATEGORIES } from '../consents';
import { ATTENDEES, FOLLOW_UP_STATES, INTERVIEW_METHODS, OUTREACH_LOCATIONS, OUTREACH_OUTCOMES, PARTICIPANTS, PROGRAM_KINDS, TIMELINE_KINDS } from '../contacts';
import { DISCLOSURE_BASES, REFERRAL_STATUSES, REFERRAL_SUBJECTS } from '../referrals';
import { CALLER_TYPES, INQUIRY_CONCERNS, INQUIRY_METHODS, INQUIRY_OUTCOMES, INQUIRY_ROUTES, PERSON_SITUATIONS } from '../inquiries';
import { AGE_BANDS, DURATION_BANDS } from '../reports';
import { ASSESSMENT_DOMAINS, ASSESSMENT_STATES, CONFERENCE_KINDS, GOAL_RESULTS, PLAN_ACTORS, PLAN_AGREEMENTS, PLAN_STATES } from '../support';
import { IMPORT_BATCH_STATUSES, IMPORT_DECISIONS, IMPORT_ROW_OUTCOMES, IMPORT_SHEETS } from '../imports';

/**
 * Every enum the screens and outputs label, by the name of its label group (`ENUM_LABELS_JA.<name>`,
 * `tsunagu.enums.<name>` in the web's i18n).
 */
export const ENUM_VALUES = {
  role: ROLES,
  audit_action: AUDIT_ACTIONS,
  audit_entity: AUDIT_ENTITIES,
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
  inquiry_method: INQUIRY_METHODS,
  caller_type: CALLER_TYPES,
  inquiry_route: INQUIRY_ROUTES,
  inquiry_concern: INQUIRY_CONCERNS,
  person_situation: PERSON_SITUATIONS,
  inquiry_outcome: INQUIRY_OUTCOMES,
  age_band: AGE_BANDS,
  duration_band: DURATION_BANDS,
  import_sheet: IMPORT_SHEETS,
  import_status: IMPORT_BATCH_STATUSES,
  import_outcome: IMPORT_ROW_OUTCOMES,
  import_decision: IMPORT_DECISIONS,
  assessment_domain: ASSESSMENT_DOMAINS,
  assessment_state: ASSESSMENT_STATES,
  plan_state: PLAN_STATES,
  plan_agreement: PLAN_AGREEMENTS,
  plan_actor: PLAN_ACTORS,
  goal_result: GOAL_RESULTS,
  conference_kind: CONFERENCE_KINDS,
} as const;
export type EnumName = keyof typeof ENUM_VALUES;

/** A catalog that labels every value of every enum, and nothing else. */
export type EnumLabels = { [N in EnumName]: { [V in (typeof ENUM_VALUES)[N][number]]: string } };
