import { Column, Entity } from 'typeorm';
import type { ConsentGiver, ConsentMethod, ConsentPurpose, InfoCategory } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** A consent (同意): what may be done with a case's information, given by whom, for how long. */
@Entity({ name: 'consents' })
export class Consent extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'given_by', type: 'text' })
  givenBy: ConsentGiver;

  @Column({ name: 'family_member_id', type: 'uuid', nullable: true })
  familyMemberId: string | null;

  @Column({ name: 'representative_name', type: 'text', nullable: true })
  representativeName: string | null;

  @Column({ type: 'text' })
  purpose: ConsentPurpose;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'text', array: true })
  categories: InfoCategory[];

  @Column({ type: 'text' })
  method: ConsentMethod;

  @Column({ name: 'given_on', type: 'date' })
  givenOn: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy: string | null;
}
