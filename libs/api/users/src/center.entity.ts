import { Column, Entity } from 'typeorm';
import { BaseRecord } from '@tsunagu/api-database';

/** A support center: the tenant every user (but admin) and every case record belongs to. */
@Entity({ name: 'centers' })
export class Center extends BaseRecord {
  @Column({ type: 'text' })
  name: string;

  /** Short code used in case numbers, e.g. SAP in SAP-2026-0012. */
  @Column({ type: 'text', unique: true })
  code: string;
}
