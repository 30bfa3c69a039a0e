import { MigrationInterface, QueryRunner } from 'typeorm';

const SHEETS = `'cases', 'family', 'contacts'`;
const OUTCOMES = `'create', 'skip', 'already_imported', 'error', 'undecided'`;

/**
 * Moving in from spreadsheets: an import batch (one uploaded file), its rows as read and checked,
 * and on the records it created the batch and the file's key of the row (so the same file imported
 * again creates nothing, and a batch can be voided as a whole).
 */
export class Imports1764892800000 implements MigrationInterface {
  name = 'Imports1764892800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        center_id uuid NOT NULL REFERENCES centers(id),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'committed', 'voided', 'discarded')),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        file_hash text NOT NULL CHECK (file_hash ~ '^[0-9a-f]{64}$'),
        sheets jsonb NOT NULL,
        counts jsonb NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_by uuid REFERENCES users(id),
        committed_at timestamptz,
        voided_by uuid REFERENCES users(id),
        voided_at timestamptz,
        void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 500),
        version integer NOT NULL DEFAULT 1,
        CHECK ((committed_at IS NULL) = (committed_by IS NULL)),
        CHECK ((voided_at IS NULL) = (voided_by IS NULL))
      )`);
    await q.query(`CREATE INDEX import_batches_center_idx ON import_batches (center_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE import_rows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        sheet text NOT NULL CHECK (sheet IN (${SHEETS})),
        row_number integer NOT NULL CHECK (row_number > 1),
        cells jsonb NOT NULL,
        case_key text,
        "values" jsonb NOT NULL DEFAULT '{}',
        problems jsonb NOT NULL DEFAULT '[]',
        duplicates jsonb NOT NULL DEFAULT '[]',
        decision text CHECK (decision IN ('import', 'skip')),
        outcome text NOT NULL CHECK (outcome IN (${OUTCOMES})),
        record_id uuid,
        UNIQUE (batch_id, sheet, row_number)
      )`);
    // The dry-run table filters a batch's rows by outcome.
    await q.query(`CREATE INDEX import_rows_outcome_idx ON import_rows (batch_id, outcome, sheet, row_number)`);
    for (const table of ['cases', 'family_members', 'interviews']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN import_batch_id uuid REFERENCES import_batches(id), ADD COLUMN import_key text`);
      await q.query(`CREATE INDEX ${table}_import_batch_idx ON ${table} (import_batch_id) WHERE import_batch_id IS NOT NULL`);
    }
    // A file's record is imported once (until its batch is voided).
    await q.query(`CREATE UNIQUE INDEX cases_import_key_idx ON cases (center_id, import_key) WHERE import_key IS NOT NULL AND voided_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX family_members_import_key_idx ON family_members (case_id, import_key) WHERE import_key IS NOT NULL AND voided_at IS NULL`);
    await q.query(`CREATE UNIQUE INDEX interviews_import_key_idx ON interviews (case_id, import_key) WHERE import_key IS NOT NULL AND voided_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['cases', 'family_members', 'interviews']) {
      await q.query(`ALTER TABLE ${table} DROP COLUMN import_batch_id, DROP COLUMN import_key`);
    }
    await q.query(`DROP TABLE import_rows`);
    await q.query(`DROP TABLE import_batches`);
  }
}
