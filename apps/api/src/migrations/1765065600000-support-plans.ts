import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Support plans (支援計画): goals agreed with the person or the family, with a review day; a new
 * plan supersedes the current one; each review is kept with the day it was due.
 */
export class SupportPlans1765065600000 implements MigrationInterface {
  name = 'SupportPlans1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE support_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agreed_on date NOT NULL,
        agreed_how text NOT NULL CHECK (agreed_how IN ('with_client', 'with_family', 'at_conference')),
        review_on date NOT NULL CHECK (review_on >= agreed_on),
        goals jsonb NOT NULL CHECK (jsonb_typeof(goals) = 'array' AND jsonb_array_length(goals) BETWEEN 1 AND 20),
        superseded_by_id uuid REFERENCES support_plans(id) DEFERRABLE INITIALLY DEFERRED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        voided_at timestamptz,
        voided_by uuid REFERENCES users(id),
        void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
        CHECK ((voided_at IS NULL) = (voided_by IS NULL))
      )`);
    // One plan in force per case.
    await q.query(`CREATE UNIQUE INDEX support_plans_current_idx ON support_plans (case_id) WHERE superseded_by_id IS NULL AND voided_at IS NULL`);
    await q.query(`CREATE INDEX support_plans_case_idx ON support_plans (case_id, agreed_on DESC) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE support_plan_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plans(id),
        reviewed_on date NOT NULL,
        due_on date NOT NULL,
        reviewed_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX support_plan_reviews_plan_idx ON support_plan_reviews (plan_id, reviewed_on)`);
    await q.query(`CREATE INDEX support_plan_reviews_day_idx ON support_plan_reviews (reviewed_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE support_plan_reviews`);
    await q.query(`DROP TABLE support_plans`);
  }
}
