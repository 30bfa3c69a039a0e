import { RESOURCES } from '../resources';
import type { EnumName } from './enums';

/** The label group of a field's values, where the field name says it wherever it appears. */
const BY_FIELD: Partial<Record<string, EnumName>> = {
  sex: 'sex',
  clientContact: 'client_contact',
  referralRoute: 'referral_route',
  supportStage: 'support_stage',
  riskFlags: 'risk_flag',
  closureReason: 'closure_reason',
  relationship: 'relationship',
  givenBy: 'consent_giver',
  purpose: 'consent_purpose',
  categories: 'info_category',
  participants: 'participant',
  outcome: 'outreach_outcome',
  location: 'outreach_location',
  attendee: 'attendee',
  type: 'agency_type',
  subject: 'referral_subject',
  basis: 'disclosure_basis',
  role: 'role',
  action: 'audit_action',
  state: 'consent_state',
  followUp: 'follow_up',
  callerType: 'caller_type',
  callerRelationship: 'relationship',
  callerAgencyType: 'agency_type',
  personSex: 'sex',
  personAgeBand: 'age_band',
  withdrawnFor: 'duration_band',
  personSituation: 'person_situation',
  concerns: 'inquiry_concern',
  assessment: 'assessment_state',
  agreedHow: 'plan_agreement',
  plan: 'plan_state',
  actors: 'plan_actor',
  result: 'goal_result',
};

/** Where one field name means different enums in different resources. */
const BY_RESOURCE: Partial<Record<string, Partial<Record<string, EnumName>>>> = {
  [RESOURCES.cases]: { status: 'case_status', 'closureRequest.reason': 'closure_reason' },
  [RESOURCES.followUps]: { status: 'case_status' },
  [RESOURCES.referrals]: { status: 'referral_status' },
  [RESOURCES.interviews]: { method: 'interview_method' },
  [RESOURCES.consents]: { method: 'consent_method' },
  [RESOURCES.programs]: { kind: 'program_kind' },
  [RESOURCES.inquiries]: { method: 'inquiry_method', route: 'inquiry_route', outcome: 'inquiry_outcome' },
  [RESOURCES.auditLogs]: { entity: 'audit_entity' },
  [RESOURCES.imports]: { status: 'import_status' },
  [RESOURCES.importRows]: { sheet: 'import_sheet', outcome: 'import_outcome', decision: 'import_decision' },
};

/** The label group of a resource's field, if its values are an enum of the contracts. */
export function enumGroupOf(resource: string, field: string): EnumName | undefined {
  return BY_RESOURCE[resource]?.[field] ?? BY_FIELD[field];
}
