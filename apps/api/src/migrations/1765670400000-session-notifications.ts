import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every API instance keeps the sessions it has just checked in memory, and forgets one the moment
 * the database says it changed: these triggers send that notice (`session_notices`) from the
 * database itself, so that no write path can forget to, and only once the change is committed. The
 * payload names what changed: `session:<id>`, `user:<id>` (every session of the user), `center:<id>`
 * (every session in the center) or `all`.
 *
 * A session's last-seen time moving forward is the one change that sends nothing: it is written on
 * requests every 30 s per session, and every instance reads it again on that schedule anyway.
 */
export class SessionNotifications1765670400000 implements MigrationInterface {
  name = 'SessionNotifications1765670400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION session_notice() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' THEN
          PERFORM pg_notify('session_notices', 'all');
        ELSE
          PERFORM pg_notify('session_notices', TG_ARGV[0] || ':' || OLD.id);
        END IF;
        RETURN NULL;
      END $$`);
    // Ended, ended for another reason, a lifetime cut short, a last-seen time set back (idle at once), deleted.
    await q.query(`
      CREATE TRIGGER sessions_notice_update AFTER UPDATE ON sessions FOR EACH ROW
        WHEN (NEW.last_seen_at < OLD.last_seen_at OR to_jsonb(NEW) - 'last_seen_at' IS DISTINCT FROM to_jsonb(OLD) - 'last_seen_at')
        EXECUTE FUNCTION session_notice('session')`);
    await q.query(`CREATE TRIGGER sessions_notice_delete AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION session_notice('session')`);
    // Any change to a user: what a request is checked against (active, role, center, the password and
    // its must-change flag, the second factor) and what it answers (name, email). Users change rarely.
    await q.query(`CREATE TRIGGER users_notice_update AFTER UPDATE ON users FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION session_notice('user')`);
    await q.query(`CREATE TRIGGER users_notice_delete AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION session_notice('user')`);
    // Only what a request reads of the center: its requirement of a second factor.
    await q.query(`
      CREATE TRIGGER centers_notice_update AFTER UPDATE ON centers FOR EACH ROW
        WHEN (OLD.require_two_factor IS DISTINCT FROM NEW.require_two_factor)
        EXECUTE FUNCTION session_notice('center')`);
    await q.query(`CREATE TRIGGER centers_notice_delete AFTER DELETE ON centers FOR EACH ROW EXECUTE FUNCTION session_notice('center')`);
    for (const table of ['sessions', 'users', 'centers']) {
      await q.query(`CREATE TRIGGER ${table}_notice_truncate AFTER TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION session_notice()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'users', 'centers']) await q.query(`DROP TRIGGER ${table}_notice_truncate ON ${table}`);
    await q.query(`DROP TRIGGER centers_notice_delete ON centers`);
    await q.query(`DROP TRIGGER centers_notice_update ON centers`);
    await q.query(`DROP TRIGGER users_notice_delete ON users`);
    await q.query(`DROP TRIGGER users_notice_update ON users`);
    await q.query(`DROP TRIGGER sessions_notice_delete ON sessions`);
    await q.query(`DROP TRIGGER sessions_notice_update ON sessions`);
    await q.query(`DROP FUNCTION session_notice()`);
  }
}
