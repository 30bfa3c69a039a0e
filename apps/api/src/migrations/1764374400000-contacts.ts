import { MigrationInterface, QueryRunner } from 'typeorm';

const RECORD_COLUMNS = `
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id),
  voided_at timestamptz,
  voided_by uuid REFERENCES users(id),
  void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
  CHECK ((voided_at IS NULL) = (voided_by IS NULL))`;

const CONTACT_COLUMNS = `
  case_id uuid NOT NULL REFERENCES cases(id),
  staff_ids uuid[] NOT NULL DEFAULT '{}',
  family_member_ids uuid[] NOT NULL DEFAULT '{}',
  duration_minutes integer CHECK (duration_minutes BETWEEN 0 AND 1440),
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 10000),
  confidential_note text CHECK (length(confidential_note) <= 10000),
  next_contact_on date`;

/** Contact records: interviews, outreach visits, programs with sessions and attendance. */
export class Contacts1764374400000 implements MigrationInterface {
  name = 'Contacts1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${CONTACT_COLUMNS},
        held_at timestamptz NOT NULL,
        method text NOT NULL CHECK (method IN ('in_person', 'phone', 'online', 'email', 'sns', 'accompanied')),
        participants text[] NOT NULL DEFAULT '{}' CHECK (participants <@ ARRAY['client', 'family', 'agency']),
        agency_ids uuid[] NOT NULL DEFAULT '{}',
        ${RECORD_COLUMNS}
      )`);
    await q.query(`CREATE INDEX interviews_case_idx ON interviews (case_id, held_at DESC) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE outreach_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ${CONTACT_COLUMNS},
        visited_at timestamptz NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('met_client', 'met_family', 'no_answer', 'letter_left')),
        location text CHECK (location IN ('doorstep', 'inside', 'outside')),
        consent_id uuid NOT NULL REFERENCES consents(id),
        ${RECORD_COLUMNS}
      )`);
    await q.query(`CREATE INDEX outreach_visits_case_idx ON outreach_visits (case_id, visited_at DESC) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE programs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('family_class', 'family_meeting', 'ibasho', 'peer_group')),
        description text,
        ${RECORD_COLUMNS}
      )`);
    await q.query(`CREATE INDEX programs_center_idx ON programs (center_id) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE program_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id uuid NOT NULL REFERENCES programs(id),
        held_on date NOT NULL,
        topic text,
        facilitator text,
        ${RECORD_COLUMNS}
      )`);
    await q.query(`CREATE INDEX program_sessions_program_idx ON program_sessions (program_id, held_on DESC) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE attendances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES program_sessions(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        attendee text NOT NULL CHECK (attendee IN ('client', 'family')),
        family_member_id uuid REFERENCES family_members(id),
        ${RECORD_COLUMNS},
        CHECK ((attendee = 'family') = (family_member_id IS NOT NULL))
      )`);
    await q.query(`
      CREATE UNIQUE INDEX attendances_once_idx ON attendances (session_id, case_id, attendee, coalesce(family_member_id, '00000000-0000-0000-0000-000000000000'))
      WHERE voided_at IS NULL`);
    await q.query(`CREATE INDEX attendances_case_idx ON attendances (case_id) WHERE voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['attendances', 'program_sessions', 'programs', 'outreach_visits', 'interviews']) await q.query(`DROP TABLE ${t}`);
  }
}
