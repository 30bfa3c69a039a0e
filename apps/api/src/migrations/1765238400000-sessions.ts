import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS = [
  'read',
  'create',
  'update',
  'void',
  'export',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'two_factor_enrol',
  'two_factor_reset',
  'two_factor_failed',
];

/**
 * Sessions that really end (a row per sign-in, checked on every request, so that signing out, a
 * password change or a deactivation ends them on every instance at once), passwords that must be
 * changed, a second factor (TOTP with one-time recovery codes), a center's requirement of it, and
 * sign-in failures counted per address from the audit log.
 */
export class Sessions1765238400000 implements MigrationInterface {
  name = 'Sessions1765238400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        mode text NOT NULL CHECK (mode IN ('cookie', 'token')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('sign_out', 'password_changed', 'password_reset', 'account_changed', 'two_factor_reset')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX sessions_user_open_idx ON sessions (user_id) WHERE ended_at IS NULL`);
    await q.query(`
      ALTER TABLE users
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT users_totp_enabled CHECK ((totp_enabled_at IS NULL) = (totp_secret IS NULL))`);
    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id) WHERE used_at IS NULL`);
    await q.query(`ALTER TABLE centers ADD COLUMN require_two_factor boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_action_check`);
    await q.query(`ALTER TABLE audit_logs ADD CONSTRAINT audit_logs_action_check CHECK (action IN (${ACTIONS.map((a) => `'${a}'`).join(', ')}))`);
    // Failures from one address within the window: the per-address limit, shared by every instance.
    await q.query(
      `CREATE INDEX audit_logs_failures_address_idx ON audit_logs ((detail->>'address'), at) WHERE action IN ('login_failed', 'two_factor_failed')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_logs_failures_address_idx`);
    await q.query(`ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_action_check`);
    await q.query(`ALTER TABLE audit_logs ADD CONSTRAINT audit_logs_action_check CHECK (action IN (${ACTIONS.slice(0, 7).map((a) => `'${a}'`).join(', ')}))`);
    await q.query(`ALTER TABLE centers DROP COLUMN require_two_factor`);
    await q.query(`DROP TABLE recovery_codes`);
    await q.query(`
      ALTER TABLE users DROP CONSTRAINT users_totp_enabled, DROP COLUMN must_change_password, DROP COLUMN password_changed_at,
        DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step`);
    await q.query(`DROP TABLE sessions`);
  }
}
