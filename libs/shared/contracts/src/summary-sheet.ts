import type { CaseDto, Relationship } from './cases';
import type { ConsentGiver, ConsentMethod, ConsentPurpose, InfoCategory } from './consents';
import type { Participant } from './contacts';

/**
 * The case summary sheet (ケース概要票): `full` for the center's own file; `sharing` (共有用) for a
 * case conference or a partner agency, without confidential notes and with family members reduced
 * to their relationship.
 */
export const SUMMARY_SHEET_VARIANTS = ['full', 'sharing'] as const;
export type SummarySheetVariant = (typeof SUMMARY_SHEET_VARIANTS)[number];

/** The case's own fields the sheet shows, as the case record has them. */
export const SUMMARY_SHEET_CASE_FIELDS = [
  'caseNumber',
  'status',
  'clientName',
  'clientNameKana',
  'birthDate',
  'birthYear',
  'sex',
  'municipality',
  'hikikomoriSince',
  'chiefConcern',
  'referralRoute',
  'supportStage',
  'riskFlags',
  'clientContact',
  'openedOn',
  'closedOn',
  'closureReason',
] as const satisfies ReadonlyArray<keyof CaseDto>;

/** The case as the sheet shows it: people by name, never by id. */
export type SummarySheetCaseDto = Pick<CaseDto, (typeof SUMMARY_SHEET_CASE_FIELDS)[number]> & {
  centerName: string;
  /** Age on the day the sheet is made (Japan time). */
  age: number | null;
  leadCoordinator: string;
  secondCoordinators: string[];
};

/** A family member; in the sharing variant only the relationship, every other field null. */
export interface SummarySheetFamilyDto {
  relationship: Relationship;
  name: string | null;
  birthYear: number | null;
  livesWithClient: boolean | null;
  mainConsulter: boolean | null;
}

/** A consent active on the day the sheet is made. */
export interface SummarySheetConsentDto {
  purpose: ConsentPurpose;
  givenBy: ConsentGiver;
  /** A family giver's relationship to 本人. */
  giverRelationship: Relationship | null;
  /** The family member's or representative's name; null in the sharing variant. */
  giverName: string | null;
  agencyName: string | null;
  categories: InfoCategory[];
  method: ConsentMethod;
  givenOn: string;
  expiresOn: string | null;
}

export const SUMMARY_SHEET_CONTACT_KINDS = ['interview', 'outreach_visit', 'attendance'] as const;
export type SummarySheetContactKind = (typeof SUMMARY_SHEET_CONTACT_KINDS)[number];

/** One contact of the period, oldest first. */
export interface SummarySheetContactDto {
  kind: SummarySheetContactKind;
  at: string;
  /** Interview method, outreach outcome or program kind. */
  detail: string;
  /** Program name of an attendance. */
  title: string | null;
  participants: Participant[];
  familyRelationships: Relationship[];
  durationMinutes: number | null;
  summary: string | null;
  /** Who recorded it. */
  recordedBy: string | null;
  /** Only in the full variant, and only for the note's author and supervisors. */
  confidentialNote: string | null;
}

/** GET /cases/:id/summary-sheet: the sheet's content, already shaped for its variant. */
export interface SummarySheetDto {
  variant: SummarySheetVariant;
  /** The day it was made (Japan date) and by whom. */
  madeOn: string;
  madeBy: string;
  from: string;
  to: string;
  case: SummarySheetCaseDto;
  family: SummarySheetFamilyDto[];
  consents: SummarySheetConsentDto[];
  contacts: SummarySheetContactDto[];
}
