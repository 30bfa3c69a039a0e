import { sqlClient } from '@tsunagu/testing';
import type { Suite } from './support';

/**
 * Each case's last contact and next-contact date counted afresh from the records, written apart
 * from the database's own definition (the way the follow-ups aggregated before they were kept):
 * the next-contact date of the latest current interview or visit (the one entered last on a tie),
 * the latest Japan day of any current interview, visit, or attendance of a session not voided.
 */
const RECOUNT = `
  WITH records AS (
    SELECT i.case_id, i.held_at AS at, i.created_at, i.id, i.next_contact_on FROM interviews i WHERE i.voided_at IS NULL
    UNION ALL
    SELECT o.case_id, o.visited_at, o.created_at, o.id, o.next_contact_on FROM outreach_visits o WHERE o.voided_at IS NULL
  ),
  latest AS (SELECT DISTINCT ON (case_id) case_id, next_contact_on FROM records ORDER BY case_id, at DESC, created_at DESC, id DESC),
  last_contact AS (
    SELECT case_id, max(day) AS day FROM (
      SELECT case_id, (at AT TIME ZONE 'Asia/Tokyo')::date AS day FROM records
      UNION ALL
      SELECT a.case_id, s.held_on FROM attendances a JOIN program_sessions s ON s.id = a.session_id WHERE a.voided_at IS NULL AND s.voided_at IS NULL
    ) d GROUP BY case_id
  )
  SELECT c.id, lc.day::text AS last_contact_on, l.next_contact_on::text AS next_contact_on
    FROM cases c LEFT JOIN latest l ON l.case_id = c.id LEFT JOIN last_contact lc ON lc.case_id = c.id`;

const KEPT = `
  SELECT c.id, d.last_contact_on::text AS last_contact_on, d.next_contact_on::text AS next_contact_on
    FROM cases c LEFT JOIN case_contact_dates d ON d.case_id = c.id`;

export interface ContactDates {
  id: string;
  last_contact_on: string | null;
  next_contact_on: string | null;
}

/** Every case whose kept dates differ from the recount, with both; empty when they agree. */
export async function contactDatesDrift(s: Suite): Promise<Array<{ side: 'recount' | 'kept' } & ContactDates>> {
  const db = await sqlClient(s.server.database.url);
  try {
    const { rows } = await db.query(
      `WITH recount AS (${RECOUNT}), kept AS (${KEPT})
       SELECT 'recount' AS side, * FROM (SELECT * FROM recount EXCEPT SELECT * FROM kept) r
       UNION ALL
       SELECT 'kept', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM recount) k
       ORDER BY id, side`,
    );
    return rows;
  } finally {
    await db.end();
  }
}

/** The recount for some cases, by case id. */
export async function recountContactDates(s: Suite, caseIds: string[]): Promise<Map<string, ContactDates>> {
  const db = await sqlClient(s.server.database.url);
  try {
    const { rows } = await db.query<ContactDates>(`SELECT * FROM (${RECOUNT}) r WHERE r.id = ANY($1::uuid[])`, [caseIds]);
    return new Map(rows.map((r) => [r.id, r]));
  } finally {
    await db.end();
  }
}

/**
 * The contact counts of every center per day, counted afresh from the records, written apart from
 * the database's triggers: each current interview and outreach visit of a case neither voided nor
 * merged, on its Japan day, under its case's center.
 */
const RECOUNT_DAYS = `
  SELECT day, center_id, kind, method, outcome, client, family, agency, count(*)::int AS n FROM (
    SELECT (i.held_at AT TIME ZONE 'Asia/Tokyo')::date AS day, c.center_id, 'interview' AS kind, i.method, '' AS outcome,
           'client' = ANY (i.participants) AS client, 'family' = ANY (i.participants) AS family, 'agency' = ANY (i.participants) AS agency
      FROM interviews i JOIN cases c ON c.id = i.case_id WHERE i.voided_at IS NULL AND c.voided_at IS NULL AND c.merged_into_id IS NULL
    UNION ALL
    SELECT (o.visited_at AT TIME ZONE 'Asia/Tokyo')::date, c.center_id, 'outreach', 'outreach', o.outcome,
           o.outcome = 'met_client', o.outcome = 'met_family', false
      FROM outreach_visits o JOIN cases c ON c.id = o.case_id WHERE o.voided_at IS NULL AND c.voided_at IS NULL AND c.merged_into_id IS NULL
  ) r GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;

/** Every count kept per day (folded or not) that differs from the recount (a day counted nowhere is a zero), with both sides; empty when they agree. */
export async function contactCountsDrift(s: Suite): Promise<Array<Record<string, unknown>>> {
  const db = await sqlClient(s.server.database.url);
  try {
    const { rows } = await db.query(
      `WITH recount AS (${RECOUNT_DAYS}), kept AS (
         SELECT day, center_id, kind, method, outcome, client, family, agency, sum(n)::int AS n
           FROM (SELECT * FROM contact_day_counts UNION ALL SELECT * FROM contact_day_deltas) k
          GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(n) <> 0)
       SELECT 'recount' AS side, day::text, center_id, kind, method, outcome, client, family, agency, n FROM (SELECT * FROM recount EXCEPT SELECT * FROM kept) r
       UNION ALL
       SELECT 'kept', day::text, center_id, kind, method, outcome, client, family, agency, n FROM (SELECT * FROM kept EXCEPT SELECT * FROM recount) k
       ORDER BY 2, 3, 4, 5, 6, 1`,
    );
    return rows;
  } finally {
    await db.end();
  }
}
