import { MigrationInterface, QueryRunner } from 'typeorm';

/** Void columns shared by every case record: never deleted, hidden once voided. */
const VOID_COLUMNS = `
  voided_at timestamptz,
  voided_by uuid REFERENCES users(id),
  void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
  CHECK ((voided_at IS NULL) = (voided_by IS NULL))`;

const RECORD_COLUMNS = `
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id)`;

/** Partner agencies, cases with their coordinators, status history and families, and consents. */
export class CasesConsents1764288000000 implements MigrationInterface {
  name = 'CasesConsents1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        type text NOT NULL CHECK (type IN ('municipal_office', 'private_support_group', 'public_health_center',
          'medical_institution', 'youth_support_station', 'self_reliance_support', 'disability_services',
          'mental_health_welfare_center', 'school_board_of_education', 'welfare_office', 'other_hikikomori_center',
          'hello_work', 'social_welfare_council', 'community_general_support_center', 'company',
          'developmental_disability_support_center', 'children_youth_consultation_center',
          'disability_employment_support', 'child_guidance_center', 'other')),
        municipality text,
        contact_person text,
        phone text,
        email text,
        notes text,
        ${RECORD_COLUMNS},
        ${VOID_COLUMNS}
      )`);
    await q.query(`CREATE INDEX agencies_center_idx ON agencies (center_id, name) WHERE voided_at IS NULL`);

    await q.query(`
      CREATE TABLE case_number_counters (
        center_id uuid NOT NULL REFERENCES centers(id),
        fiscal_year integer NOT NULL,
        last_seq integer NOT NULL,
        PRIMARY KEY (center_id, fiscal_year)
      )`);
    await q.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        case_number text NOT NULL,
        status text NOT NULL CHECK (status IN ('intake', 'active', 'paused', 'closed')),
        lead_coordinator_id uuid NOT NULL REFERENCES users(id),
        client_name text NOT NULL CHECK (length(client_name) BETWEEN 1 AND 100),
        client_name_kana text CHECK (length(client_name_kana) <= 100),
        search_name text NOT NULL,
        search_kana text,
        birth_date date,
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
        sex text NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'other', 'unknown')),
        municipality text,
        hikikomori_since text CHECK (hikikomori_since ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        chief_concern text,
        referral_route text,
        support_stage text CHECK (support_stage IN ('encounter_assessment', 'individual_support', 'intermediate_group', 'social_participation')),
        risk_flags text[] NOT NULL DEFAULT '{}',
        client_contact text NOT NULL DEFAULT 'none' CHECK (client_contact IN ('none', 'indirect', 'direct')),
        client_aware boolean,
        opened_on date NOT NULL,
        closed_on date,
        closure_reason text CHECK (closure_reason IN ('goal_reached', 'lapsed', 'moved_away', 'transferred', 'other')),
        closure_requested boolean NOT NULL DEFAULT false,
        ${RECORD_COLUMNS},
        ${VOID_COLUMNS},
        UNIQUE (center_id, case_number),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX cases_center_status_idx ON cases (center_id, status) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX cases_lead_idx ON cases (lead_coordinator_id) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX cases_center_opened_idx ON cases (center_id, opened_on) WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX cases_search_kana_idx ON cases (center_id, search_kana)`);
    await q.query(`CREATE INDEX cases_search_name_idx ON cases (center_id, search_name)`);
    await q.query(`CREATE INDEX cases_search_trgm_idx ON cases USING gin ((search_name || ' ' || coalesce(search_kana, '')) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE case_second_coordinators (
        case_id uuid NOT NULL REFERENCES cases(id),
        user_id uuid NOT NULL REFERENCES users(id),
        PRIMARY KEY (case_id, user_id)
      )`);
    await q.query(`CREATE INDEX case_second_coordinators_user_idx ON case_second_coordinators (user_id, case_id)`);
    await q.query(`
      CREATE TABLE case_status_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        from_status text,
        to_status text NOT NULL,
        closure_reason text,
        changed_on date NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid REFERENCES users(id)
      )`);
    await q.query(`CREATE INDEX case_status_changes_case_idx ON case_status_changes (case_id, changed_at DESC)`);

    await q.query(`
      CREATE TABLE family_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        relationship text NOT NULL CHECK (relationship IN ('mother', 'father', 'sibling', 'spouse', 'child', 'grandparent', 'other')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
        lives_with_client boolean NOT NULL DEFAULT true,
        main_consulter boolean NOT NULL DEFAULT false,
        ${RECORD_COLUMNS},
        ${VOID_COLUMNS}
      )`);
    await q.query(`CREATE INDEX family_members_case_idx ON family_members (case_id) WHERE voided_at IS NULL`);

    await q.query(`
      CREATE TABLE consents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        given_by text NOT NULL CHECK (given_by IN ('client', 'family', 'representative')),
        family_member_id uuid REFERENCES family_members(id),
        representative_name text,
        purpose text NOT NULL CHECK (purpose IN ('consultation', 'outreach', 'information_sharing', 'case_conference')),
        agency_id uuid REFERENCES agencies(id),
        categories text[] NOT NULL DEFAULT '{}',
        method text NOT NULL CHECK (method IN ('written', 'verbal')),
        given_on date NOT NULL,
        expires_on date,
        withdrawn_on date,
        withdrawal_reason text,
        withdrawn_by uuid REFERENCES users(id),
        ${RECORD_COLUMNS},
        ${VOID_COLUMNS},
        CHECK ((given_by = 'family') = (family_member_id IS NOT NULL)),
        CHECK (purpose <> 'information_sharing' OR agency_id IS NOT NULL),
        CHECK (expires_on IS NULL OR expires_on >= given_on),
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
      )`);
    await q.query(`CREATE INDEX consents_case_purpose_idx ON consents (case_id, purpose) WHERE voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['consents', 'family_members', 'case_status_changes', 'case_second_coordinators', 'cases', 'case_number_counters', 'agencies']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
