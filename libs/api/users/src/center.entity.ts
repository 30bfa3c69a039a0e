import { Column, Entity } from 'typeorm';
import { DEFAULT_REASSESSMENT_MONTHS } from '@tsunagu/contracts';
import { BaseRecord } from '@tsunagu/api-database';

/** A support center: the tenant every user (but admin) and every case record belongs to. */
@Entity({ name: 'centers' })
export class Center extends BaseRecord {
  @Column({ type: 'text' })
  name: string;

  /** Short code used in case numbers, e.g. SAP in SAP-2026-0012. */
  @Column({ type: 'text', unique: true })
  code: string;

  /** Months after an assessment when the next one is due (アセスメントの見直し). */
  @Column({ name: 'reassessment_months', type: 'int', default: DEFAULT_REASSESSMENT_MONTHS })
  reassessmentMonths: number;

  /** Everyone of the center signs in with a second factor; until set up, only their account answers. */
  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor: boolean;
}
