import { MigrationInterface, QueryRunner } from 'typeorm';

const DOMAINS = ['health', 'daily_life', 'family', 'social', 'school_work', 'finances', 'household', 'risk'];

/**
 * Assessments (アセスメント): where the person and the family stand on a day, domain by domain
 * (1–5 with a note), with strengths and wishes; and each center's reassessment interval.
 */
export class Assessments1764979200000 implements MigrationInterface {
  name = 'Assessments1764979200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE centers ADD COLUMN reassessment_months integer NOT NULL DEFAULT 6 CHECK (reassessment_months BETWEEN 1 AND 24)`);
    await q.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        assessed_on date NOT NULL,
        assessor_id uuid NOT NULL REFERENCES users(id),
        ratings jsonb NOT NULL CHECK (ratings ?& ARRAY[${DOMAINS.map((d) => `'${d}'`).join(', ')}]),
        strengths text CHECK (length(strengths) <= 4000),
        wishes text CHECK (length(wishes) <= 4000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        voided_at timestamptz,
        voided_by uuid REFERENCES users(id),
        void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
        CHECK ((voided_at IS NULL) = (voided_by IS NULL))
      )`);
    // A case's history, newest first (the newest is the one that may change, and dates the next).
    await q.query(`CREATE INDEX assessments_case_idx ON assessments (case_id, assessed_on DESC, created_at DESC) WHERE voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE assessments`);
    await q.query(`ALTER TABLE centers DROP COLUMN reassessment_months`);
  }
}
