import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DisclosureBasis, InfoCategory, ReferralStatus, ReferralSubject } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** A referral (紹介・つなぎ) of 本人 or a family member to a partner agency, followed until it reports back. */
@Entity({ name: 'referrals' })
export class Referral extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  subject: ReferralSubject;

  @Column({ name: 'family_member_id', type: 'uuid', nullable: true })
  familyMemberId: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'boolean', default: false })
  accompanied: boolean;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'planned_on', type: 'date' })
  plannedOn: string;

  @Column({ name: 'referred_on', type: 'date', nullable: true })
  referredOn: string | null;

  /** When the agency accepted or declined. */
  @Column({ name: 'responded_on', type: 'date', nullable: true })
  respondedOn: string | null;

  /** When it was completed or cancelled. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ name: 'responsible_user_id', type: 'uuid' })
  responsibleUserId: string;
}

/** One step of a referral's lifecycle, for the case timeline. */
@Entity({ name: 'referral_steps' })
export class ReferralStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId: string;

  @Column({ type: 'text' })
  status: ReferralStatus;

  @Column({ name: 'step_on', type: 'date' })
  stepOn: string;

  @Column({ type: 'timestamptz', insert: false })
  at: Date;

  @Column({ name: 'by_user_id', type: 'uuid', nullable: true })
  byUserId: string | null;
}

/** 第三者提供の記録 (APPI art. 29): information that left the center. Never changed or deleted. */
@Entity({ name: 'disclosures' })
export class Disclosure {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId: string | null;

  /** The case conference that shared the information, for a disclosure at a conference. */
  @Column({ name: 'conference_id', type: 'uuid', nullable: true })
  conferenceId: string | null;

  @Column({ type: 'text' })
  basis: DisclosureBasis;

  @Column({ name: 'consent_id', type: 'uuid', nullable: true })
  consentId: string | null;

  @Column({ type: 'text', array: true })
  categories: InfoCategory[];

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'disclosed_on', type: 'date' })
  disclosedOn: string;

  @Column({ name: 'disclosed_by', type: 'uuid' })
  disclosedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
