import { MigrationInterface, QueryRunner } from 'typeorm';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
const AGE_BANDS = ['under_10', '10s', '20s', '30s', '40s', '50s', '60s', '70_plus', 'unknown'];
const DURATION_BANDS = ['under_6m', '6m_1y', '1_3y', '3_5y', '5_7y', '7_10y', '10_20y', '20y_plus', 'unknown'];
const ROUTES = ['municipal_office', 'public_health_center', 'medical_institution', 'school', 'family_association', 'web_search', 'public_relations', 'acquaintance', 'other_agency', 'other'];
const CONCERNS = ['withdrawal', 'family_relations', 'violence_at_home', 'mental_health', 'developmental', 'finances', 'parents_aging', 'school_refusal', 'work'];

/**
 * First contacts (相談受付): consultations logged before, or without, a case. Repeat contacts of
 * one person share a chain; a chain becomes a case once (ケース化), and its contacts then show on
 * the case's timeline and count as that case in the statistics.
 */
export class Inquiries1764806400000 implements MigrationInterface {
  name = 'Inquiries1764806400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE inquiry_chains (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        case_id uuid REFERENCES cases(id),
        converted_at timestamptz,
        converted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((case_id IS NULL) = (converted_at IS NULL))
      )`);
    await q.query(`CREATE INDEX inquiry_chains_case_idx ON inquiry_chains (case_id) WHERE case_id IS NOT NULL`);
    await q.query(`CREATE INDEX inquiry_chains_converted_idx ON inquiry_chains (converted_at) WHERE converted_at IS NOT NULL`);
    await q.query(`
      CREATE TABLE inquiries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        chain_id uuid NOT NULL REFERENCES inquiry_chains(id),
        received_at timestamptz NOT NULL,
        method text NOT NULL CHECK (method IN ('phone', 'visit', 'email', 'online_form', 'letter', 'other')),
        duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 1440),
        caller_type text NOT NULL CHECK (caller_type IN ('self', 'family', 'agency', 'other')),
        caller_relationship text CHECK (caller_relationship IN ('mother', 'father', 'sibling', 'spouse', 'child', 'grandparent', 'other')),
        caller_agency_type text,
        caller_agency_id uuid REFERENCES agencies(id),
        caller_name text CHECK (length(caller_name) BETWEEN 1 AND 100),
        nickname text CHECK (length(nickname) BETWEEN 1 AND 50),
        caller_number text CHECK (length(caller_number) BETWEEN 1 AND 20),
        phone_last4 text CHECK (phone_last4 ~ '^[0-9]{4}$'),
        person_age_band text CHECK (person_age_band IN (${list(AGE_BANDS)})),
        person_sex text CHECK (person_sex IN ('female', 'male', 'other', 'unknown')),
        person_municipality text CHECK (length(person_municipality) BETWEEN 1 AND 100),
        withdrawn_for text CHECK (withdrawn_for IN (${list(DURATION_BANDS)})),
        person_situation text CHECK (person_situation IN ('school', 'work', 'none', 'unknown')),
        route text CHECK (route IN (${list(ROUTES)})),
        concerns text[] NOT NULL DEFAULT '{}' CHECK (concerns <@ ARRAY[${list(CONCERNS)}]),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
        outcome text NOT NULL CHECK (outcome IN ('informed', 'appointment', 'referred', 'case_opened')),
        referred_agency_id uuid REFERENCES agencies(id),
        referred_agency_name text CHECK (length(referred_agency_name) BETWEEN 1 AND 200),
        confidential_note text CHECK (length(confidential_note) <= 10000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        voided_at timestamptz,
        voided_by uuid REFERENCES users(id),
        void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
        CHECK ((voided_at IS NULL) = (voided_by IS NULL)),
        CHECK (caller_name IS NULL OR nickname IS NULL)
      )`);
    // The center's log by day (lists, the home panels, the statistics), every center's (national figures),
    // a chain's contacts, a repeat caller's keys.
    await q.query(`CREATE INDEX inquiries_center_received_idx ON inquiries (center_id, received_at DESC) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX inquiries_received_idx ON inquiries (received_at) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX inquiries_chain_idx ON inquiries (chain_id, received_at) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX inquiries_caller_number_idx ON inquiries (center_id, caller_number) WHERE caller_number IS NOT NULL AND voided_at IS NULL`);
    await q.query(`CREATE INDEX inquiries_nickname_idx ON inquiries (center_id, nickname) WHERE nickname IS NOT NULL AND voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE inquiries`);
    await q.query(`DROP TABLE inquiry_chains`);
  }
}
