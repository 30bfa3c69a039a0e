import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseStatus, ClosureReason } from '@tsunagu/contracts';

/** A second coordinator (副担当) of a case. */
@Entity({ name: 'case_second_coordinators' })
export class CaseSecondCoordinator {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;
}

/** One move of a case's status (including its opening), for the timeline and the statistics. */
@Entity({ name: 'case_status_changes' })
export class CaseStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: CaseStatus;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn: string;

  @Column({ name: 'changed_at', type: 'timestamptz', insert: false })
  changedAt: Date;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  /** Why: required when support is paused (中断), and the merge's reason for a duplicate. */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
