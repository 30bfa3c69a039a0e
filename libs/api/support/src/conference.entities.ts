import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ConferenceKind, OutsideAttendeeDto } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** ケース会議・支援会議: a meeting of the center (and partner agencies) on one or more of its cases. */
@Entity({ name: 'case_conferences' })
export class CaseConference extends VoidableRecord {
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Column({ type: 'text' })
  kind: ConferenceKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'internal_attendee_ids', type: 'uuid', array: true })
  internalAttendeeIds: string[];

  @Column({ name: 'outside_attendees', type: 'jsonb' })
  outsideAttendees: OutsideAttendeeDto[];

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'text', nullable: true })
  papers: string | null;

  @Column({ name: 'papers_collected', type: 'boolean', nullable: true })
  papersCollected: boolean | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;
}

/** A case discussed at a conference, with what was decided for it. */
@Entity({ name: 'case_conference_cases' })
export class ConferenceCase {
  @PrimaryColumn({ name: 'conference_id', type: 'uuid' })
  conferenceId: string;

  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text', nullable: true })
  decision: string | null;
}
