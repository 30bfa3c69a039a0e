import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PlanAgreement, PlanGoalDto } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** 支援計画: goals agreed with the person or the family, reviewed on a day; superseded by the next plan. */
@Entity({ name: 'support_plans' })
export class SupportPlan extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'agreed_on', type: 'date' })
  agreedOn: string;

  @Column({ name: 'agreed_how', type: 'text' })
  agreedHow: PlanAgreement;

  @Column({ name: 'review_on', type: 'date' })
  reviewOn: string;

  @Column({ type: 'jsonb' })
  goals: PlanGoalDto[];

  @Column({ name: 'superseded_by_id', type: 'uuid', nullable: true })
  supersededById: string | null;
}

/** A review of a plan: each goal evaluated, on a day, against the review day the plan had. */
@Entity({ name: 'support_plan_reviews' })
export class PlanReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'reviewed_by', type: 'uuid' })
  reviewedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
