import type { AssessmentState, PlanState } from './support';
import type { Role } from './roles';
import type { Relationship } from './cases';

export const INTERVIEW_METHODS = ['in_person', 'phone', 'online', 'email', 'sns', 'accompanied'] as const;
export type InterviewMethod = (typeof INTERVIEW_METHODS)[number];

export const PARTICIPANTS = ['client', 'family', 'agency'] as const;
export type Participant = (typeof PARTICIPANTS)[number];

export const OUTREACH_OUTCOMES = ['met_client', 'met_family', 'no_answer', 'letter_left'] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];

export const OUTREACH_LOCATIONS = ['doorstep', 'inside', 'outside'] as const;
export type OutreachLocation = (typeof OUTREACH_LOCATIONS)[number];

export const PROGRAM_KINDS = ['family_class', 'family_meeting', 'ibasho', 'peer_group'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const ATTENDEES = ['client', 'family'] as const;
export type Attendee = (typeof ATTENDEES)[number];

interface ContactRecordDto {
  id: string;
  caseId: string;
  staffIds: string[];
  durationMinutes: number | null;
  summary: string;
  /** Only for its author and supervisors; null for everyone else. */
  confidentialNote: string | null;
  nextContactOn: string | null;
  createdBy: string | null;
  version: number;
  createdAt: string;
  /** Set when a supervisor voided the record (only supervisors read voided records). */
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
  /** Each correction, oldest first: present when one record is read, not in lists. */
  corrections?: ContactCorrectionDto[];
}

/**
 * One correction of a contact record: who, when, and each changed field with its old and new
 * value as the API shows them. A confidential note's values are null for those who may not read it.
 */
export interface ContactCorrectionDto {
  changedAt: string;
  changedBy: string;
  changes: Array<{ field: string; from: unknown; to: unknown }>;
}

export interface InterviewDto extends ContactRecordDto {
  heldAt: string;
  method: InterviewMethod;
  participants: Participant[];
  familyMemberIds: string[];
  agencyIds: string[];
}

export interface OutreachVisitDto extends ContactRecordDto {
  visitedAt: string;
  outcome: OutreachOutcome;
  location: OutreachLocation | null;
  familyMemberIds: string[];
  /** The outreach consent that allowed the visit. */
  consentId: string;
}

export interface ProgramDto {
  id: string;
  centerId: string;
  name: string;
  kind: ProgramKind;
  description: string | null;
  version: number;
}

export interface ProgramSessionDto {
  id: string;
  programId: string;
  heldOn: string;
  topic: string | null;
  facilitator: string | null;
  version: number;
}

export interface AttendanceDto {
  id: string;
  sessionId: string;
  caseId: string;
  attendee: Attendee;
  familyMemberId: string | null;
}

export const TIMELINE_KINDS = [
  'interview',
  'outreach_visit',
  'attendance',
  'consent_given',
  'consent_withdrawn',
  'status_change',
  'referral',
  'inquiry',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One entry of a case's history, newest first. `recordId` is the record behind it. */
export interface TimelineEntryDto {
  id: string;
  kind: TimelineKind;
  at: string;
  recordId: string;
  /** interview method, outreach outcome, program kind, consent purpose, status or referral status */
  detail: string | null;
  title: string | null;
  summary: string | null;
  confidentialNote: string | null;
  createdBy: string | null;
  nextContactOn: string | null;
  /** Who took part in a contact (本人, family, agencies); empty for other kinds. */
  participants: Participant[];
  /** How the family members met are related to 本人 (母, 父, …). */
  familyRelationships: Relationship[];
  durationMinutes: number | null;
  /** Whether the record was corrected after it was first saved (its history is on the record). */
  corrected: boolean;
  /** Whether the record came from a spreadsheet import (moving in), not entered here. */
  imported: boolean;
}

export const FOLLOW_UP_STATES = ['due', 'overdue', 'upcoming', 'none'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** A case on a coordinator's "today" list. */
export interface FollowUpDto {
  id: string;
  caseNumber: string;
  clientName: string;
  leadCoordinatorId: string;
  status: string;
  nextContactOn: string | null;
  followUp: FollowUpState;
  lastContactOn: string | null;
  daysSinceContact: number;
  /** 30, 60 or 90 when that many days passed without contact; null otherwise. */
  noContactBand: 30 | 60 | 90 | null;
  /** When the next assessment is due (the center's interval after the newest), and where that stands. */
  assessmentDueOn: string | null;
  assessment: AssessmentState;
  /** When the plan in force is to be reviewed, and where that stands ('none': no plan yet). */
  planReviewOn: string | null;
  plan: PlanState;
}

/** One usual attendee of a program (GET /program-sessions/:id/usual-attendees): a checklist row. */
export interface UsualAttendeeDto {
  caseId: string;
  caseNumber: string;
  attendee: Attendee;
  familyMemberId: string | null;
  name: string;
  relationship: Relationship | null;
}

/** The one a record is about here: a signed-in user by id and role. */
interface RecordReader {
  id: string;
  role: Role;
}

/**
 * A contact record's own people: its author and the supervisors. They read its confidential note
 * and correct the record (docs/domain.md, rule 9); the API enforces it, the screens offer it.
 */
export const isAuthorOrSupervisor = (user: RecordReader, createdBy: string | null): boolean =>
  user.role === 'supervisor' || (createdBy !== null && createdBy === user.id);

/** Only the author writes a record's confidential note. */
export const isAuthor = (user: Pick<RecordReader, 'id'>, createdBy: string | null): boolean => createdBy !== null && createdBy === user.id;
