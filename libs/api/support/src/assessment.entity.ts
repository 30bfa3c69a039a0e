import { Column, Entity } from 'typeorm';
import type { AssessmentDomain, AssessmentRatingDto } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** アセスメント: where the person and the family stand on a day, domain by domain. */
@Entity({ name: 'assessments' })
export class Assessment extends VoidableRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'assessor_id', type: 'uuid' })
  assessorId: string;

  @Column({ type: 'jsonb' })
  ratings: Record<AssessmentDomain, AssessmentRatingDto>;

  @Column({ type: 'text', nullable: true })
  strengths: string | null;

  @Column({ type: 'text', nullable: true })
  wishes: string | null;
}
