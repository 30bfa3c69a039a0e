import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activity report over every center reads each large table by the period (see `Reach` in
 * libs/api/reports): the period's rows through an index on their time, carrying what the report
 * counts (INCLUDE), so that a fiscal year of every center is an index-only range scan, not
 * 300,000 probes by case.
 */
const INDEXES: Array<[name: string, definition: string]> = [
  ['interviews_held_at_idx', `interviews (held_at) INCLUDE (case_id, method, participants) WHERE voided_at IS NULL`],
  ['outreach_visits_visited_at_idx', `outreach_visits (visited_at) INCLUDE (case_id, outcome) WHERE voided_at IS NULL`],
  ['program_sessions_held_on_idx', `program_sessions (held_on) WHERE voided_at IS NULL`],
  ['case_status_changes_changed_on_idx', `case_status_changes (changed_on) INCLUDE (case_id, from_status, to_status)`],
  ['referrals_planned_on_idx', `referrals (planned_on) INCLUDE (case_id, agency_id, status) WHERE voided_at IS NULL`],
  ['case_conferences_held_on_idx', `case_conferences (held_on) WHERE voided_at IS NULL`],
];

export class ReportPeriodIndexes1765756800000 implements MigrationInterface {
  name = 'ReportPeriodIndexes1765756800000';

  async up(q: QueryRunner): Promise<void> {
    for (const [name, definition] of INDEXES) await q.query(`CREATE INDEX ${name} ON ${definition}`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX ${name}`);
  }
}
