import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The record as a story that can be corrected, and the supervisor's workflows: each correction of
 * a contact record with its old and new values; a closure request with its reason, note and the
 * supervisor's decline; why support was paused; a case merged into another as a duplicate.
 */
export class CorrectionsClosureMerge1764633600000 implements MigrationInterface {
  name = 'CorrectionsClosureMerge1764633600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_record_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        record_type text NOT NULL CHECK (record_type IN ('interview', 'outreach_visit')),
        record_id uuid NOT NULL,
        case_id uuid NOT NULL REFERENCES cases(id),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by uuid NOT NULL REFERENCES users(id),
        changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array')
      )`);
    await q.query(`CREATE INDEX contact_record_changes_record_idx ON contact_record_changes (record_id, changed_at)`);

    await q.query(`
      ALTER TABLE cases
        ADD COLUMN closure_request_reason text
          CHECK (closure_request_reason IN ('goal_reached', 'lapsed', 'moved_away', 'transferred', 'other')),
        ADD COLUMN closure_request_note text CHECK (length(closure_request_note) <= 2000),
        ADD COLUMN closure_requested_by uuid REFERENCES users(id),
        ADD COLUMN closure_requested_at timestamptz,
        ADD COLUMN closure_decline_note text CHECK (length(closure_decline_note) <= 2000),
        ADD COLUMN closure_declined_by uuid REFERENCES users(id),
        ADD COLUMN closure_declined_at timestamptz,
        ADD COLUMN merged_into_id uuid REFERENCES cases(id),
        ADD CONSTRAINT cases_closure_request_whole
          CHECK (closure_requested = (closure_request_reason IS NOT NULL AND closure_requested_by IS NOT NULL AND closure_requested_at IS NOT NULL)),
        ADD CONSTRAINT cases_closure_decline_whole
          CHECK ((closure_declined_at IS NULL) = (closure_declined_by IS NULL) AND (closure_declined_at IS NULL) = (closure_decline_note IS NULL))`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_closure_reason_check`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_closure_reason_check
        CHECK (closure_reason IN ('goal_reached', 'lapsed', 'moved_away', 'transferred', 'duplicate', 'other'))`);
    await q.query(`ALTER TABLE cases ADD CONSTRAINT cases_merged_closed CHECK (merged_into_id IS NULL OR (status = 'closed' AND closure_reason = 'duplicate'))`);
    await q.query(`ALTER TABLE case_status_changes ADD COLUMN note text CHECK (length(note) BETWEEN 1 AND 500)`);
    await q.query(`CREATE INDEX cases_closure_queue_idx ON cases (center_id, closure_requested_at) WHERE closure_requested AND voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX cases_closure_queue_idx`);
    await q.query(`ALTER TABLE case_status_changes DROP COLUMN note`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_merged_closed`);
    await q.query(`ALTER TABLE cases DROP CONSTRAINT cases_closure_reason_check`);
    await q.query(`
      ALTER TABLE cases ADD CONSTRAINT cases_closure_reason_check
        CHECK (closure_reason IN ('goal_reached', 'lapsed', 'moved_away', 'transferred', 'other'))`);
    await q.query(`
      ALTER TABLE cases
        DROP CONSTRAINT cases_closure_decline_whole,
        DROP CONSTRAINT cases_closure_request_whole,
        DROP COLUMN merged_into_id,
        DROP COLUMN closure_declined_at,
        DROP COLUMN closure_declined_by,
        DROP COLUMN closure_decline_note,
        DROP COLUMN closure_requested_at,
        DROP COLUMN closure_requested_by,
        DROP COLUMN closure_request_note,
        DROP COLUMN closure_request_reason`);
    await q.query(`DROP TABLE contact_record_changes`);
  }
}
