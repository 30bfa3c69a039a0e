import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Attendee, ContactCorrectionDto, InterviewMethod, OutreachLocation, OutreachOutcome, Participant, ProgramKind } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** What every contact record (支援経過記録) has. */
export abstract class ContactRecord extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'staff_ids', type: 'uuid', array: true })
  staffIds: string[];

  @Column({ name: 'family_member_ids', type: 'uuid', array: true })
  familyMemberIds: string[];

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'text' })
  summary: string;

  /** Seen only by its author and supervisors (see visibleNote). */
  @Column({ name: 'confidential_note', type: 'text', nullable: true })
  confidentialNote: string | null;

  @Column({ name: 'next_contact_on', type: 'date', nullable: true })
  nextContactOn: string | null;
}

/** 面談・相談: a continuing session by phone, in person, online... */
@Entity({ name: 'interviews' })
export class Interview extends ContactRecord {
  @Column({ name: 'held_at', type: 'timestamptz' })
  heldAt: Date;

  @Column({ type: 'text' })
  method: InterviewMethod;

  @Column({ type: 'text', array: true })
  participants: Participant[];

  @Column({ name: 'agency_ids', type: 'uuid', array: true })
  agencyIds: string[];

  /** The import batch that created it, and its row's key in the file (moving in from spreadsheets). */
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId: string | null;

  @Column({ name: 'import_key', type: 'text', nullable: true })
  importKey: string | null;
}

/** 訪問支援: never recorded without an outreach consent active on the visit date. */
@Entity({ name: 'outreach_visits' })
export class OutreachVisit extends ContactRecord {
  @Column({ name: 'visited_at', type: 'timestamptz' })
  visitedAt: Date;

  @Column({ type: 'text' })
  outcome: OutreachOutcome;

  @Column({ type: 'text', nullable: true })
  location: OutreachLocation | null;

  @Column({ name: 'consent_id', type: 'uuid' })
  consentId: string;
}

/** A center's group program: family class, family meeting, ibasho or peer group. */
@Entity({ name: 'programs' })
export class Program extends VoidableRecord {
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ProgramKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}

@Entity({ name: 'program_sessions' })
export class ProgramSession extends VoidableRecord {
  @Column({ name: 'program_id', type: 'uuid' })
  programId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ type: 'text', nullable: true })
  facilitator: string | null;
}

/** Who of a case came to a program session: 本人, or one family member. */
@Entity({ name: 'attendances' })
export class Attendance extends VoidableRecord {
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  attendee: Attendee;

  @Column({ name: 'family_member_id', type: 'uuid', nullable: true })
  familyMemberId: string | null;
}

/** One correction of an interview or outreach visit: each changed field with its old and new value. Never changed itself. */
@Entity({ name: 'contact_record_changes' })
export class ContactRecordChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType: CorrectableKind;

  @Column({ name: 'record_id', type: 'uuid' })
  recordId: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid' })
  changedBy: string;

  @Column({ type: 'jsonb' })
  changes: ContactCorrectionDto['changes'];
}

/** The contact records an author corrects (attendance is ticked, not written). */
export type CorrectableKind = 'interview' | 'outreach_visit';
