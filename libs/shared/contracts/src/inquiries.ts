import type { AgencyType } from './agencies';
import type { Relationship, Sex } from './cases';
import type { AgeBand, DurationBand } from './reports';

/** How a first contact (相談受付) reached the center. */
export const INQUIRY_METHODS = ['phone', 'visit', 'email', 'online_form', 'letter', 'other'] as const;
export type InquiryMethod = (typeof INQUIRY_METHODS)[number];

/** Who called: 本人, a family member, an agency, someone else. */
export const CALLER_TYPES = ['self', 'family', 'agency', 'other'] as const;
export type CallerType = (typeof CALLER_TYPES)[number];

/** 相談経路 of a first contact: how the caller heard of the center. */
export const INQUIRY_ROUTES = [
  'municipal_office',
  'public_health_center',
  'medical_institution',
  'school',
  'family_association',
  'web_search',
  'public_relations',
  'acquaintance',
  'other_agency',
  'other',
] as const;
export type InquiryRoute = (typeof INQUIRY_ROUTES)[number];

/** What the consultation is about (several may apply). */
export const INQUIRY_CONCERNS = [
  'withdrawal',
  'family_relations',
  'violence_at_home',
  'mental_health',
  'developmental',
  'finances',
  'parents_aging',
  'school_refusal',
  'work',
] as const;
export type InquiryConcern = (typeof INQUIRY_CONCERNS)[number];

/** What the person concerned does now. */
export const PERSON_SITUATIONS = ['school', 'work', 'none', 'unknown'] as const;
export type PersonSituation = (typeof PERSON_SITUATIONS)[number];

/** What was done: listened and informed, an appointment, a referral, a case opened (set by ケース化). */
export const INQUIRY_OUTCOMES = ['informed', 'appointment', 'referred', 'case_opened'] as const;
export type InquiryOutcome = (typeof INQUIRY_OUTCOMES)[number];
/** The outcomes a person chooses; `case_opened` is set by opening a case from the contact. */
export const CHOSEN_INQUIRY_OUTCOMES = INQUIRY_OUTCOMES.filter((o) => o !== 'case_opened');

/**
 * A first contact (相談受付): a consultation logged before, or without, a case. Repeat contacts of
 * the same person share a chain (`chainId`), which counts as one person in the statistics until it
 * becomes a case (`chainCaseId`), and then as that case.
 */
export interface InquiryDto {
  id: string;
  centerId: string;
  chainId: string;
  /** The case the chain became (ケース化), if it did. */
  chainCaseId: string | null;
  /** How many current contacts the chain has, this one included. */
  chainSize: number;
  receivedAt: string;
  method: InquiryMethod;
  durationMinutes: number | null;
  callerType: CallerType;
  /** For a family member: how they are related to the person concerned. */
  callerRelationship: Relationship | null;
  /** For an agency: its type, and the partner agency when it is in the directory. */
  callerAgencyType: AgencyType | null;
  callerAgencyId: string | null;
  /** The caller's name, or a nickname the caller chose (相談上の名前), or neither (匿名). */
  callerName: string | null;
  nickname: string | null;
  /** 相談者番号: the number the center gives a caller, so that a repeat call is recognised. */
  callerNumber: string | null;
  /** The last four digits of the caller's phone, when the center records them. */
  phoneLast4: string | null;
  personAgeBand: AgeBand | null;
  personSex: Sex | null;
  personMunicipality: string | null;
  withdrawnFor: DurationBand | null;
  personSituation: PersonSituation | null;
  route: InquiryRoute | null;
  concerns: InquiryConcern[];
  summary: string;
  outcome: InquiryOutcome;
  /** The agency the caller was referred to (directory entry, or its name). */
  referredAgencyId: string | null;
  referredAgencyName: string | null;
  /** Only for its author and supervisors; null for everyone else. */
  confidentialNote: string | null;
  createdBy: string | null;
  version: number;
  createdAt: string;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

/** Whether a first contact names its caller (such reads are audited like a case read). */
export const isNamedInquiry = (i: Pick<InquiryDto, 'callerName'>): boolean => i.callerName !== null;

/** The consultation figures of the activity report (docs/domain.md, "Consultations"). */
export interface ConsultationFigures {
  /** First contacts in the period: the earliest current contact of their chain. */
  firstContacts: number;
  /** The other first-contact records in the period (a known caller calling again). */
  repeatContacts: number;
  /** 実人数: persons with a consultation in the period, each once (a case, or a chain without one). */
  persons: { total: number; withCase: number; withoutCase: number };
  /** 延べ件数: first-contact records and case contact records in the period, each counted. */
  contacts: { total: number; withCase: number; withoutCase: number };
  /** First-contact records by caller type and by method (each record counts). */
  byCallerType: Record<CallerType, number>;
  byMethod: Record<InquiryMethod, number>;
  /** Chains with a contact in the period, by what their contacts of the period say last. */
  byRoute: Record<InquiryRoute | 'unknown', number>;
  byAgeBand: Record<AgeBand, number>;
  /** Municipality → chains; unknown under ''. */
  byMunicipality: Record<string, number>;
  /** Chains that became a case in the period. */
  convertedToCases: number;
}
