import { Column, Entity } from 'typeorm';
import type { AgencyType } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** A partner agency (関係機関) in one center's directory. */
@Entity({ name: 'agencies' })
export class Agency extends VoidableRecord {
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  type: AgencyType;

  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  @Column({ name: 'contact_person', type: 'text', nullable: true })
  contactPerson: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
