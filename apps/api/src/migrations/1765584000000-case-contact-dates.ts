import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statement-level triggers of a contact record table (interviews, outreach visits) that refresh
 * the cases whose records changed: new records, corrections of the time, the next-contact date or
 * the case (a merge moves records), voids, and deletions.
 */
function contactRecordTriggers(table: 'interviews' | 'outreach_visits', at: 'held_at' | 'visited_at'): string[] {
  return [
    `CREATE FUNCTION ${table}_contact_dates() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' THEN
         PERFORM refresh_case_contact_dates(ARRAY(SELECT DISTINCT n.case_id FROM new_rows n WHERE n.voided_at IS NULL));
       ELSIF TG_OP = 'DELETE' THEN
         PERFORM refresh_case_contact_dates(ARRAY(SELECT DISTINCT o.case_id FROM old_rows o WHERE o.voided_at IS NULL));
       ELSE
         PERFORM refresh_case_contact_dates(ARRAY(
           SELECT DISTINCT affected.case_id
             FROM old_rows o JOIN new_rows n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) AS affected(case_id)
            WHERE (o.case_id, o.${at}, o.next_contact_on, o.voided_at) IS DISTINCT FROM (n.case_id, n.${at}, n.next_contact_on, n.voided_at)));
       END IF;
       RETURN NULL;
     END $$`,
    ...statementTriggers(table, `${table}_contact_dates`),
  ];
}

/** PostgreSQL allows transition tables only on a trigger of one event: one trigger per event. */
function statementTriggers(table: string, fn: string, events: ('INSERT' | 'UPDATE' | 'DELETE')[] = ['INSERT', 'UPDATE', 'DELETE']): string[] {
  const referencing = { INSERT: 'NEW TABLE AS new_rows', UPDATE: 'OLD TABLE AS old_rows NEW TABLE AS new_rows', DELETE: 'OLD TABLE AS old_rows' };
  return events.map(
    (event) => `CREATE TRIGGER ${table}_contact_dates_${event.toLowerCase()} AFTER ${event} ON ${table}
                REFERENCING ${referencing[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );
}

/**
 * Each case's last contact and pending next-contact date, kept with the records (the coordinator's
 * follow-ups read them for hundreds of cases on every visit, instead of aggregating every record).
 *
 * Kept by statement-level triggers in the transaction of each write, whatever writes it (the API,
 * a merge, the spreadsheet import, the demo, a bulk load), and recomputed per affected case from
 * its records, so corrections and voids come out right. In a table of its own, not in `cases`:
 * logging a record takes FOR SHARE on its case, so two loggers updating the case row would
 * deadlock.
 */
export class CaseContactDates1765584000000 implements MigrationInterface {
  name = 'CaseContactDates1765584000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_contact_dates (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        last_contact_on date,
        next_contact_on date
      )`);
    // The one definition (docs/domain.md, rule 5): the next-contact date is that of the latest
    // current interview or visit (by time, then the one entered last); the last contact is the
    // latest Japan day of any current interview, visit, or attendance at a session not voided.
    // One index probe per table and case.
    await q.query(`
      CREATE FUNCTION case_contact_dates_of(case_ids uuid[]) RETURNS TABLE (case_id uuid, last_contact_on date, next_contact_on date)
      LANGUAGE sql STABLE AS $$
        SELECT c.id, greatest((latest.at AT TIME ZONE 'Asia/Tokyo')::date, attended.held_on), latest.next_contact_on
          FROM unnest(case_ids) AS c(id)
          LEFT JOIN LATERAL (
            (SELECT i.held_at AS at, i.created_at, i.id, i.next_contact_on FROM interviews i
              WHERE i.case_id = c.id AND i.voided_at IS NULL ORDER BY i.held_at DESC, i.created_at DESC, i.id DESC LIMIT 1)
            UNION ALL
            (SELECT o.visited_at, o.created_at, o.id, o.next_contact_on FROM outreach_visits o
              WHERE o.case_id = c.id AND o.voided_at IS NULL ORDER BY o.visited_at DESC, o.created_at DESC, o.id DESC LIMIT 1)
            ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT 1
          ) latest ON true
          LEFT JOIN LATERAL (
            SELECT max(s.held_on) AS held_on FROM attendances a JOIN program_sessions s ON s.id = a.session_id
             WHERE a.case_id = c.id AND a.voided_at IS NULL AND s.voided_at IS NULL
          ) attended ON true
      $$`);
    // Two people logging to one case at once: each locks the case's row here, then recomputes in
    // a later statement, which (READ COMMITTED) sees what the other committed while it waited; the
    // one who waited recomputes last. One statement's cases are locked in case order, so two
    // statements of several cases (a session moved, an import) do not deadlock each other.
    await q.query(`
      CREATE FUNCTION refresh_case_contact_dates(case_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF coalesce(cardinality(case_ids), 0) = 0 THEN RETURN; END IF;
        INSERT INTO case_contact_dates (case_id) SELECT id FROM unnest(case_ids) AS id ORDER BY id ON CONFLICT (case_id) DO NOTHING;
        PERFORM 1 FROM case_contact_dates d WHERE d.case_id = ANY (case_ids) ORDER BY d.case_id FOR UPDATE;
        UPDATE case_contact_dates d SET last_contact_on = r.last_contact_on, next_contact_on = r.next_contact_on
          FROM case_contact_dates_of(case_ids) r
         WHERE r.case_id = d.case_id;
      END $$`);

    for (const statement of [...contactRecordTriggers('interviews', 'held_at'), ...contactRecordTriggers('outreach_visits', 'visited_at')]) await q.query(statement);

    // Attendance counts on its session's day. The session's row is locked (FOR SHARE) before the
    // recompute: someone moving or voiding the session at the same time either waits for this
    // attendance and then sees it, or this recompute waits for the session's new day.
    await q.query(`
      CREATE FUNCTION attendances_contact_dates() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        sessions uuid[];
        cases uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT n.session_id), array_agg(DISTINCT n.case_id) INTO sessions, cases FROM new_rows n WHERE n.voided_at IS NULL;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT o.session_id), array_agg(DISTINCT o.case_id) INTO sessions, cases FROM old_rows o WHERE o.voided_at IS NULL;
        ELSE
          SELECT array_agg(DISTINCT affected.session_id), array_agg(DISTINCT affected.case_id) INTO sessions, cases
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            CROSS JOIN LATERAL (VALUES (o.session_id, o.case_id), (n.session_id, n.case_id)) AS affected(session_id, case_id)
           WHERE (o.session_id, o.case_id, o.voided_at) IS DISTINCT FROM (n.session_id, n.case_id, n.voided_at);
        END IF;
        IF cases IS NULL THEN RETURN NULL; END IF;
        PERFORM 1 FROM program_sessions s WHERE s.id = ANY (sessions) ORDER BY s.id FOR SHARE;
        PERFORM refresh_case_contact_dates(cases);
        RETURN NULL;
      END $$`);
    for (const statement of statementTriggers('attendances', 'attendances_contact_dates')) await q.query(statement);

    // A session moved to another day, voided or restored changes the last contact of every case
    // that attended it. (A session with attendance cannot be deleted: the attendance refers to it.)
    await q.query(`
      CREATE FUNCTION program_sessions_contact_dates() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM refresh_case_contact_dates(ARRAY(
          SELECT DISTINCT a.case_id
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            JOIN attendances a ON a.session_id = n.id AND a.voided_at IS NULL
           WHERE (o.held_on, o.voided_at) IS DISTINCT FROM (n.held_on, n.voided_at)));
        RETURN NULL;
      END $$`);
    for (const statement of statementTriggers('program_sessions', 'program_sessions_contact_dates', ['UPDATE'])) await q.query(statement);

    // The years of records already there, in one pass (the triggers above hold off writers until
    // the migration commits, so none is missed in between).
    await q.query(`INSERT INTO case_contact_dates SELECT * FROM case_contact_dates_of(ARRAY(SELECT id FROM cases))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, events] of [
      ['interviews', ['insert', 'update', 'delete']],
      ['outreach_visits', ['insert', 'update', 'delete']],
      ['attendances', ['insert', 'update', 'delete']],
      ['program_sessions', ['update']],
    ] as const) {
      for (const event of events) await q.query(`DROP TRIGGER ${table}_contact_dates_${event} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_contact_dates()`);
    }
    await q.query(`DROP FUNCTION refresh_case_contact_dates(uuid[])`);
    await q.query(`DROP FUNCTION case_contact_dates_of(uuid[])`);
    await q.query(`DROP TABLE case_contact_dates`);
  }
}
