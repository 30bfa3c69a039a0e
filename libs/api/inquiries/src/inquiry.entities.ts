import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  AgeBand,
  AgencyType,
  CallerType,
  DurationBand,
  InquiryConcern,
  InquiryMethod,
  InquiryOutcome,
  InquiryRoute,
  PersonSituation,
  Relationship,
  Sex,
} from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** One person's first contacts (a "person" for the statistics); once it becomes a case, that case. */
@Entity({ name: 'inquiry_chains' })
export class InquiryChain {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt: Date | null;

  @Column({ name: 'converted_by', type: 'uuid', nullable: true })
  convertedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** 相談受付: a consultation logged before, or without, a case. */
@Entity({ name: 'inquiries' })
export class Inquiry extends VoidableRecord {
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'text' })
  method: InquiryMethod;

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  durationMinutes: number | null;

  @Column({ name: 'caller_type', type: 'text' })
  callerType: CallerType;

  @Column({ name: 'caller_relationship', type: 'text', nullable: true })
  callerRelationship: Relationship | null;

  @Column({ name: 'caller_agency_type', type: 'text', nullable: true })
  callerAgencyType: AgencyType | null;

  @Column({ name: 'caller_agency_id', type: 'uuid', nullable: true })
  callerAgencyId: string | null;

  @Column({ name: 'caller_name', type: 'text', nullable: true })
  callerName: string | null;

  @Column({ type: 'text', nullable: true })
  nickname: string | null;

  @Column({ name: 'caller_number', type: 'text', nullable: true })
  callerNumber: string | null;

  @Column({ name: 'phone_last4', type: 'text', nullable: true })
  phoneLast4: string | null;

  @Column({ name: 'person_age_band', type: 'text', nullable: true })
  personAgeBand: AgeBand | null;

  @Column({ name: 'person_sex', type: 'text', nullable: true })
  personSex: Sex | null;

  @Column({ name: 'person_municipality', type: 'text', nullable: true })
  personMunicipality: string | null;

  @Column({ name: 'withdrawn_for', type: 'text', nullable: true })
  withdrawnFor: DurationBand | null;

  @Column({ name: 'person_situation', type: 'text', nullable: true })
  personSituation: PersonSituation | null;

  @Column({ type: 'text', nullable: true })
  route: InquiryRoute | null;

  @Column({ type: 'text', array: true })
  concerns: InquiryConcern[];

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  outcome: InquiryOutcome;

  @Column({ name: 'referred_agency_id', type: 'uuid', nullable: true })
  referredAgencyId: string | null;

  @Column({ name: 'referred_agency_name', type: 'text', nullable: true })
  referredAgencyName: string | null;

  /** Seen only by its author and supervisors. */
  @Column({ name: 'confidential_note', type: 'text', nullable: true })
  confidentialNote: string | null;
}
