import { MigrationInterface, QueryRunner } from 'typeorm';

/** What a large contact table adds to the counts: its time column, and its method, outcome and participants. */
const SOURCES = {
  interviews: { kind: 'interview', at: 'held_at', method: `r.method`, outcome: `''`, who: `r.participants` },
  outreach_visits: { kind: 'outreach', at: 'visited_at', method: `'outreach'`, outcome: `r.outcome`, who: `outreach_participants(r.outcome)` },
} as const;
type Source = keyof typeof SOURCES;

/** A case whose records count (as the report of every center counts them): not voided, not merged into another. */
const COUNTED_CASE = `c.voided_at IS NULL AND c.merged_into_id IS NULL`;

/** A record of `table` (alias r, its case c) as a row of counts: its Japan day, center, what is counted, and `n`. */
function countedAs(table: Source, n: string): string {
  const s = SOURCES[table];
  return `(r.${s.at} AT TIME ZONE 'Asia/Tokyo')::date AS day, c.center_id, '${s.kind}' AS kind, ${s.method} AS method, ${s.outcome} AS outcome,
          coalesce('client' = ANY (${s.who}), false) AS client, coalesce('family' = ANY (${s.who}), false) AS family,
          coalesce('agency' = ANY (${s.who}), false) AS agency, ${n} AS n`;
}

const KEY = 'day, center_id, kind, method, outcome, client, family, agency';

/**
 * Adds `deltas` (rows of countedAs) to the counts as new rows of contact_day_deltas, one per key:
 * appended, never updated, so that writers of one center and day never wait for each other (an
 * upsert of a shared row would hold its lock until the writer's commit).
 */
function addDeltas(deltas: string[]): string {
  return `INSERT INTO contact_day_deltas (${KEY}, n)
          SELECT ${KEY}, sum(n)::int FROM (${deltas.join('\nUNION ALL\n')}) d
           GROUP BY ${KEY}
          HAVING sum(n) <> 0`;
}

/**
 * A contact table's statement-level triggers: what a statement added, removed or changed (a
 * correction of the time, the method or the participants, a merge moving records, a void) goes
 * into the counts as deltas, under the center of the record's case if the case counts. A changed
 * record counts -1 as it was and +1 as it is; where nothing counted changed, the two cancel out.
 */
function recordTriggers(table: Source): string[] {
  // Each record's case looked up by its key (a LATERAL fenced with OFFSET 0): the planner knows
  // nothing of a transition table's size, and a join could scan a bulk insert's rows once per case.
  const counted = (rows: string, sign: 1 | -1) =>
    `SELECT ${countedAs(table, String(sign))}
       FROM ${rows} r
       CROSS JOIN LATERAL (SELECT c.center_id FROM cases c WHERE c.id = r.case_id AND ${COUNTED_CASE} OFFSET 0) c
      WHERE r.voided_at IS NULL`;
  return [
    `CREATE FUNCTION ${table}_day_counts() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         ${addDeltas([counted('new_rows', 1)])};
       ELSIF TG_OP = 'DELETE' THEN
         ${addDeltas([counted('old_rows', -1)])};
       ELSE
         ${addDeltas([counted('old_rows', -1), counted('new_rows', 1)])};
       END IF;
       RETURN NULL;
     END $$`,
    ...(['INSERT', 'UPDATE', 'DELETE'] as const).map(
      (event) => `CREATE TRIGGER ${table}_day_counts_${event.toLowerCase()} AFTER ${event} ON ${table}
                  REFERENCING ${{ INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' }[event]}
                  FOR EACH STATEMENT EXECUTE FUNCTION ${table}_day_counts()`,
    ),
  ];
}

/**
 * The contacts of every center counted per Japan day, center, method, outcome and participants
 * (interviews and outreach visits: 95 % of all contacts), kept with the records: the activity
 * report of every center reads a fiscal year's 200,000 rows of counts instead of joining 660,000
 * records to 300,000 cases. Attendance, a few percent, is still read from its records.
 *
 * Kept by statement-level triggers in the transaction of each write, whatever writes it (the API,
 * corrections, voids, merges, the import, the demo, a bulk load), as deltas: a record counts under
 * its case's center while its case counts (not voided, not merged into another), so voiding,
 * restoring or merging a case moves its records' counts too. The deltas are appended to
 * contact_day_deltas and folded into contact_day_counts every minute (fold_contact_day_deltas, run
 * by the API); the counts are the sum of both. A recount from the records must always give the
 * same figures (tested).
 */
export class ContactDayCounts1765843200000 implements MigrationInterface {
  name = 'ContactDayCounts1765843200000';

  async up(q: QueryRunner): Promise<void> {
    // Who took part in an outreach visit, by its outcome (one definition for every figure and list).
    await q.query(`
      CREATE FUNCTION outreach_participants(outcome text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE outcome WHEN 'met_client' THEN ARRAY['client'] WHEN 'met_family' THEN ARRAY['family'] ELSE ARRAY[]::text[] END
      $$`);
    const columns = `
        day date NOT NULL,
        center_id uuid NOT NULL,
        kind text NOT NULL,
        method text NOT NULL,
        outcome text NOT NULL,
        client boolean NOT NULL,
        family boolean NOT NULL,
        agency boolean NOT NULL,
        n integer NOT NULL`;
    await q.query(`CREATE TABLE contact_day_counts (${columns}, PRIMARY KEY (${KEY}), FOREIGN KEY (center_id) REFERENCES centers(id))`);
    // (No foreign key: the centers come from the cases, and a key check on every write would lock the center's row.)
    await q.query(`CREATE TABLE contact_day_deltas (${columns})`);
    // Folds the deltas into the counts: those committed when it starts (later ones wait for the
    // next run), in one transaction, so a reader sees each change once, before or after. One run at
    // a time (an advisory lock; another instance's run returns at once). Returns the deltas folded.
    await q.query(`
      CREATE FUNCTION fold_contact_day_deltas() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE folded bigint;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('fold_contact_day_deltas')) THEN RETURN 0; END IF;
        WITH gone AS (DELETE FROM contact_day_deltas RETURNING *),
             summed AS (SELECT ${KEY}, sum(n)::int AS n, count(*) AS rows FROM gone GROUP BY ${KEY}),
             added AS (
               INSERT INTO contact_day_counts AS t (${KEY}, n) SELECT ${KEY}, n FROM summed ORDER BY ${KEY}
               ON CONFLICT (${KEY}) DO UPDATE SET n = t.n + excluded.n
             )
        SELECT coalesce(sum(rows), 0) INTO folded FROM summed;
        RETURN folded;
      END $$`);
    for (const statement of [...recordTriggers('interviews'), ...recordTriggers('outreach_visits')]) await q.query(statement);

    // A case voided, restored or merged (or moved to another center) takes its records' counts
    // with it: out under what it was, in under what it is. Most updates of a case (its status, its
    // details) change none of that and end at the first statement; the records of the cases that
    // did are read through each table's per-case index.
    const recordsOf = (rows: string, sign: 1 | -1) =>
      (Object.keys(SOURCES) as Source[]).map(
        (table) => `SELECT ${countedAs(table, String(sign))}
                      FROM ${rows} c
                      CROSS JOIN LATERAL (SELECT * FROM ${table} r WHERE r.case_id = c.id AND r.voided_at IS NULL OFFSET 0) r
                     WHERE ${COUNTED_CASE} AND c.id = ANY (moved)`,
      );
    await q.query(`
      CREATE FUNCTION cases_day_counts() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE moved uuid[];
      BEGIN
        -- (A set difference, not a join: no plan of it can compare every row with every other.)
        SELECT array_agg(id) INTO moved FROM (
          SELECT o.id, o.center_id, o.voided_at IS NULL AND o.merged_into_id IS NULL FROM old_rows o
          EXCEPT
          SELECT n.id, n.center_id, n.voided_at IS NULL AND n.merged_into_id IS NULL FROM new_rows n
        ) changed;
        IF moved IS NULL THEN RETURN NULL; END IF;
        ${addDeltas([...recordsOf('old_rows', -1), ...recordsOf('new_rows', 1)])};
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER cases_day_counts_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION cases_day_counts()`);

    // Counted afresh from the records: the records already there, now, in one pass (the triggers
    // above hold off writers until the migration commits, so none is missed in between); later,
    // after writes made with the triggers off (docs/operations.md).
    await q.query(`
      CREATE FUNCTION recount_contact_day_counts() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE contact_day_counts, contact_day_deltas IN EXCLUSIVE MODE;
        DELETE FROM contact_day_counts;
        DELETE FROM contact_day_deltas;
        ${addDeltas(
          (Object.keys(SOURCES) as Source[]).map(
            (table) => `SELECT ${countedAs(table, '1')} FROM ${table} r JOIN cases c ON c.id = r.case_id AND ${COUNTED_CASE} WHERE r.voided_at IS NULL`,
          ),
        )};
      END $$`);
    await q.query(`SELECT recount_contact_day_counts()`);
    await q.query(`SELECT fold_contact_day_deltas()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION recount_contact_day_counts()`);
    await q.query(`DROP TRIGGER cases_day_counts_update ON cases`);
    await q.query(`DROP FUNCTION cases_day_counts()`);
    for (const table of Object.keys(SOURCES)) {
      for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER ${table}_day_counts_${event} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_day_counts()`);
    }
    await q.query(`DROP FUNCTION fold_contact_day_deltas()`);
    await q.query(`DROP TABLE contact_day_deltas`);
    await q.query(`DROP TABLE contact_day_counts`);
    await q.query(`DROP FUNCTION outreach_participants(text)`);
  }
}
