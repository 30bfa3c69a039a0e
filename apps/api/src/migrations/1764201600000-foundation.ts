import { MigrationInterface, QueryRunner } from 'typeorm';

/** Centers, users and the append-only audit log. */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await q.query(`
      CREATE TABLE centers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9]{1,9}$'),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'coordinator', 'staff')),
        center_id uuid REFERENCES centers(id),
        active boolean NOT NULL DEFAULT true,
        password_hash text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_center_matches_role CHECK ((role = 'admin') = (center_id IS NULL))
      )`);
    await q.query(`CREATE INDEX users_center_idx ON users (center_id, name)`);
    await q.query(`
      CREATE TABLE audit_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        user_id uuid,
        center_id uuid,
        action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'void', 'export', 'login', 'login_failed')),
        entity text NOT NULL,
        entity_id uuid,
        case_id uuid,
        detail jsonb
      )`);
    await q.query(`CREATE INDEX audit_logs_center_at_idx ON audit_logs (center_id, at DESC)`);
    await q.query(`CREATE INDEX audit_logs_at_idx ON audit_logs (at DESC)`);
    await q.query(`CREATE INDEX audit_logs_entity_idx ON audit_logs (entity_id, action, at)`);
    await q.query(`CREATE INDEX audit_logs_case_idx ON audit_logs (case_id, at DESC) WHERE case_id IS NOT NULL`);
    await q.query(`
      CREATE FUNCTION audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_logs is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_logs_no_update_delete BEFORE UPDATE OR DELETE ON audit_logs
      FOR EACH ROW EXECUTE FUNCTION audit_logs_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_logs_no_truncate BEFORE TRUNCATE ON audit_logs
      FOR EACH STATEMENT EXECUTE FUNCTION audit_logs_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_logs`);
    await q.query(`DROP FUNCTION audit_logs_append_only`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE centers`);
  }
}
