import { MigrationInterface, QueryRunner } from 'typeorm';

/** Referrals to partner agencies, their steps, and the append-only record of every disclosure. */
export class Referrals1764460800000 implements MigrationInterface {
  name = 'Referrals1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        subject text NOT NULL CHECK (subject IN ('client', 'family')),
        family_member_id uuid REFERENCES family_members(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
        accompanied boolean NOT NULL DEFAULT false,
        status text NOT NULL CHECK (status IN ('planned', 'referred', 'accepted', 'declined', 'completed', 'cancelled')),
        planned_on date NOT NULL,
        referred_on date,
        responded_on date,
        closed_on date,
        feedback text CHECK (length(feedback) <= 4000),
        responsible_user_id uuid NOT NULL REFERENCES users(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        voided_at timestamptz,
        voided_by uuid REFERENCES users(id),
        void_reason text,
        CHECK ((voided_at IS NULL) = (voided_by IS NULL)),
        CHECK ((subject = 'family') = (family_member_id IS NOT NULL)),
        CHECK (status = 'planned' OR status = 'cancelled' OR referred_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX referrals_case_idx ON referrals (case_id) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX referrals_status_idx ON referrals (status, referred_on) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX referrals_agency_idx ON referrals (agency_id) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE referral_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL REFERENCES referrals(id),
        status text NOT NULL,
        step_on date NOT NULL,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        by_user_id uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX referral_steps_referral_idx ON referral_steps (referral_id, at)`);
    await q.query(`
      CREATE TABLE disclosures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        referral_id uuid REFERENCES referrals(id),
        basis text NOT NULL CHECK (basis IN ('consent', 'support_meeting', 'legal_obligation', 'vital_interest')),
        consent_id uuid REFERENCES consents(id),
        categories text[] NOT NULL CHECK (cardinality(categories) > 0),
        reason text,
        disclosed_on date NOT NULL,
        disclosed_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK ((basis = 'consent') = (consent_id IS NOT NULL)),
        CHECK (basis = 'consent' OR length(reason) > 0)
      )`);
    await q.query(`CREATE INDEX disclosures_case_idx ON disclosures (case_id, disclosed_on DESC)`);
    await q.query(`CREATE UNIQUE INDEX disclosures_referral_once_idx ON disclosures (referral_id) WHERE referral_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION disclosures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'disclosures is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER disclosures_no_update_delete BEFORE UPDATE OR DELETE ON disclosures FOR EACH ROW EXECUTE FUNCTION disclosures_append_only()`);
    await q.query(`CREATE TRIGGER disclosures_no_truncate BEFORE TRUNCATE ON disclosures FOR EACH STATEMENT EXECUTE FUNCTION disclosures_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE disclosures`);
    await q.query(`DROP FUNCTION disclosures_append_only`);
    await q.query(`DROP TABLE referral_steps`);
    await q.query(`DROP TABLE referrals`);
  }
}
