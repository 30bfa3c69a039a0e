import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * With a read replica: for each user, where the primary's WAL stood after their last write. Any
 * API instance reads it before sending the user's report, export or timeline to the replica, so
 * nobody reads from a replica that has not yet replayed their own write.
 */
export class UserLastWrites1765411200000 implements MigrationInterface {
  name = 'UserLastWrites1765411200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_last_writes (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        lsn pg_lsn NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE user_last_writes`);
  }
}
