import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case conferences (ケース会議・支援会議): the cases discussed with their decisions, who attended
 * (outside members with their agency and confidentiality pledge), and the disclosure records a
 * conference with outside members writes, once per case and agency.
 */
export class CaseConferences1765152000000 implements MigrationInterface {
  name = 'CaseConferences1765152000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_conferences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        held_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('internal', 'welfare_act_meeting', 'poverty_act_meeting', 'consent_based')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        internal_attendee_ids uuid[] NOT NULL DEFAULT '{}',
        outside_attendees jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(outside_attendees) = 'array'),
        categories text[] NOT NULL DEFAULT '{}',
        papers text CHECK (length(papers) <= 2000),
        papers_collected boolean,
        next_review_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        voided_at timestamptz,
        voided_by uuid REFERENCES users(id),
        void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
        CHECK ((voided_at IS NULL) = (voided_by IS NULL)),
        CHECK (kind <> 'internal' OR jsonb_array_length(outside_attendees) = 0)
      )`);
    await q.query(`CREATE INDEX case_conferences_center_idx ON case_conferences (center_id, held_on DESC) WHERE voided_at IS NULL`);
    await q.query(`
      CREATE TABLE case_conference_cases (
        conference_id uuid NOT NULL REFERENCES case_conferences(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        decision text CHECK (length(decision) <= 4000),
        PRIMARY KEY (conference_id, case_id)
      )`);
    await q.query(`CREATE INDEX case_conference_cases_case_idx ON case_conference_cases (case_id)`);
    await q.query(`ALTER TABLE disclosures ADD COLUMN conference_id uuid REFERENCES case_conferences(id)`);
    await q.query(`CREATE UNIQUE INDEX disclosures_conference_once_idx ON disclosures (conference_id, case_id, agency_id) WHERE conference_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE disclosures DROP COLUMN conference_id`);
    await q.query(`DROP TABLE case_conference_cases`);
    await q.query(`DROP TABLE case_conferences`);
  }
}
