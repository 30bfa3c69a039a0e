import { Column, Entity } from 'typeorm';
import type { Relationship } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** A family member (家族) of the person a case is about; the family are clients too. */
@Entity({ name: 'family_members' })
export class FamilyMember extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  relationship: Relationship;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ name: 'lives_with_client', type: 'boolean', default: true })
  livesWithClient: boolean;

  @Column({ name: 'main_consulter', type: 'boolean', default: false })
  mainConsulter: boolean;

  /** The import batch that created it, and its row's key in the file (moving in from spreadsheets). */
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId: string | null;

  @Column({ name: 'import_key', type: 'text', nullable: true })
  importKey: string | null;
}
