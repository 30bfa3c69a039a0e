import { ASSESSMENT_SOON_DAYS, type TimelineKind } from '@tsunagu/contracts';
import { joinSql, sql, trusted, type Sql } from '@tsunagu/api-database';

/** The instant of a day-dated event: when it was entered if that was the same day (Japan time), else the day's start. */
const dayAt = (day: string, entered: string) =>
  trusted(`CASE WHEN (${entered} AT TIME ZONE 'Asia/Tokyo')::date = ${day} THEN ${entered} ELSE (${day}::timestamp AT TIME ZONE 'Asia/Tokyo') END`);

/**
 * The columns of every branch, in order. A record's family members come as ids
 * (`family_member_ids`), their relationships looked up only for the entries that make the page;
 * `family` holds what a record says itself (a first contact's caller) or nothing.
 */
const BRANCH_COLUMNS = trusted(
  'id, kind, at, record_id, detail, title, summary, confidential_note, created_by, next_contact_on, participants, family, family_member_ids, duration_minutes, corrected, imported',
);

/**
 * Each kind of timeline entry, as one branch of a UNION ALL over one case's records, in
 * BRANCH_COLUMNS. The statement is planned anew for every page, and planning a join costs more
 * than reading a case's few referral steps or first contacts: an agency's name and a case's
 * inquiry chains are looked up by subquery.
 */
const TIMELINE_BRANCHES: Record<TimelineKind, (caseId: string) => Sql> = {
  interview: (caseId) => sql`SELECT 'interview:' || i.id, 'interview', i.held_at, i.id, i.method, NULL, i.summary, i.confidential_note, i.created_by, i.next_contact_on,
                i.participants, NULL::text[], i.family_member_ids, i.duration_minutes, i.version > 1, i.import_batch_id IS NOT NULL
                FROM interviews i WHERE i.case_id = ${caseId} AND i.voided_at IS NULL`,
  outreach_visit: (caseId) => sql`SELECT 'outreach_visit:' || o.id, 'outreach_visit', o.visited_at, o.id, o.outcome, o.location, o.summary, o.confidential_note, o.created_by, o.next_contact_on,
                outreach_participants(o.outcome), NULL::text[], o.family_member_ids, o.duration_minutes, o.version > 1, false
                FROM outreach_visits o WHERE o.case_id = ${caseId} AND o.voided_at IS NULL`,
  attendance: (caseId) => sql`SELECT 'attendance:' || a.id, 'attendance', ${dayAt('s.held_on', 'a.created_at')}, a.id, p.kind, p.name, s.topic, NULL, a.created_by, NULL::date,
                ARRAY[a.attendee], NULL::text[], ARRAY[a.family_member_id], NULL::int, false, false
                FROM attendances a JOIN program_sessions s ON s.id = a.session_id JOIN programs p ON p.id = s.program_id
               WHERE a.case_id = ${caseId} AND a.voided_at IS NULL AND s.voided_at IS NULL`,
  consent_given: (caseId) => sql`SELECT 'consent_given:' || k.id, 'consent_given', ${dayAt('k.given_on', 'k.created_at')}, k.id, k.purpose, k.given_by, NULL, NULL, k.created_by, NULL::date, NULL::text[], NULL::text[], NULL::uuid[], NULL::int, false, false
                FROM consents k WHERE k.case_id = ${caseId} AND k.voided_at IS NULL`,
  consent_withdrawn: (caseId) => sql`SELECT 'consent_withdrawn:' || k.id, 'consent_withdrawn', ${dayAt('k.withdrawn_on', 'k.updated_at')}, k.id, k.purpose, k.given_by, k.withdrawal_reason, NULL, k.withdrawn_by, NULL::date, NULL::text[], NULL::text[], NULL::uuid[], NULL::int, false, false
                FROM consents k WHERE k.case_id = ${caseId} AND k.voided_at IS NULL AND k.withdrawn_on IS NOT NULL`,
  status_change: (caseId) => sql`SELECT 'status_change:' || sc.id, 'status_change', ${dayAt('sc.changed_on', 'sc.changed_at')}, sc.id, sc.to_status, sc.from_status, coalesce(sc.closure_reason, sc.note), NULL, sc.changed_by, NULL::date, NULL::text[], NULL::text[], NULL::uuid[], NULL::int, false, false
                FROM case_status_changes sc WHERE sc.case_id = ${caseId}`,
  referral: (caseId) => sql`SELECT 'referral:' || st.id, 'referral', ${dayAt('st.step_on', 'st.at')}, r.id, st.status, (SELECT ag.name FROM agencies ag WHERE ag.id = r.agency_id), r.reason, NULL, st.by_user_id, NULL::date, NULL::text[], NULL::text[], NULL::uuid[], NULL::int, false, false
                FROM referral_steps st JOIN referrals r ON r.id = st.referral_id
               WHERE r.case_id = ${caseId} AND r.voided_at IS NULL`,
  // First contacts of the person before the case (those of a chain that became this case).
  inquiry: (caseId) => sql`SELECT 'inquiry:' || q.id, 'inquiry', q.received_at, q.id, q.method, q.caller_type, q.summary, q.confidential_note, q.created_by, NULL::date,
                array_remove(ARRAY[CASE q.caller_type WHEN 'self' THEN 'client' WHEN 'family' THEN 'family' WHEN 'agency' THEN 'agency' END], NULL),
                CASE WHEN q.caller_relationship IS NULL THEN ARRAY[]::text[] ELSE ARRAY[q.caller_relationship] END, NULL::uuid[], q.duration_minutes, q.version > 1, false
                FROM inquiries q
               WHERE q.chain_id = ANY(ARRAY(SELECT ch.id FROM inquiry_chains ch WHERE ch.case_id = ${caseId})) AND q.voided_at IS NULL`,
};

/** A row of timelineSql. */
export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  at: Date;
  record_id: string;
  detail: string | null;
  title: string | null;
  summary: string | null;
  confidential_note: string | null;
  created_by: string | null;
  next_contact_on: string | null;
  participants: string[] | null;
  family: string[] | null;
  duration_minutes: number | null;
  corrected: boolean;
  imported: boolean;
  total: string;
}

/**
 * The kinds a busy case has by the hundred, with how many the case has, counted from their by-case
 * index alone. Their entries are read newest first through that index, only as far as the page can
 * reach; the other kinds are a few per case and are read whole.
 */
const INDEXED_COUNTS: Partial<Record<TimelineKind, (caseId: string) => Sql>> = {
  interview: (caseId) => sql`(SELECT count(*) FROM interviews i WHERE i.case_id = ${caseId} AND i.voided_at IS NULL)`,
  outreach_visit: (caseId) => sql`(SELECT count(*) FROM outreach_visits o WHERE o.case_id = ${caseId} AND o.voided_at IS NULL)`,
};

/**
 * One page of a case's timeline, newest first (entries of the same instant by id, last first),
 * with the total of the kinds asked for.
 *
 * A busy case has hundreds of interviews, and a page never builds its whole history: interviews
 * and visits give their newest `offset + limit` entries, with any tied with the last of them (their
 * order by id is only settled among all kinds), which is sure to hold the page. The family's
 * relationships are looked up for the page's entries alone, and the total adds the indexed kinds'
 * counts to the number of the other entries.
 */
export function timelineSql(caseId: string, kinds: readonly TimelineKind[], page: { offset: number; limit: number }): Sql {
  const indexed = kinds.filter((k) => k in INDEXED_COUNTS);
  const branches = kinds.map((k) =>
    indexed.includes(k)
      ? sql`(SELECT * FROM (${TIMELINE_BRANCHES[k](caseId)}) AS b(${BRANCH_COLUMNS}) ORDER BY b.at DESC FETCH FIRST ${page.offset + page.limit} ROWS WITH TIES)`
      : sql`(${TIMELINE_BRANCHES[k](caseId)})`,
  );
  const counts = kinds.flatMap((k) => INDEXED_COUNTS[k]?.(caseId) ?? []);
  if (indexed.length < kinds.length) counts.push(sql`(SELECT count(*) FROM entries e WHERE e.kind <> ALL(${indexed}))`);
  return sql`WITH entries(${BRANCH_COLUMNS}) AS (${joinSql(branches, '\nUNION ALL\n')})
         SELECT t.id, t.kind, t.at, t.record_id, t.detail, t.title, t.summary, t.confidential_note, t.created_by, t.next_contact_on, t.participants,
                CASE WHEN t.family_member_ids IS NULL THEN t.family WHEN cardinality(t.family_member_ids) = 0 THEN '{}'
                     ELSE (SELECT coalesce(array_agg(f.relationship ORDER BY f.relationship), '{}') FROM family_members f WHERE f.id = ANY(t.family_member_ids)) END AS family,
                t.duration_minutes, t.corrected, t.imported, ${joinSql(counts, ' + ')} AS total
           FROM (SELECT * FROM entries e ORDER BY e.at DESC, e.id DESC LIMIT ${page.limit} OFFSET ${page.offset}) AS t
          ORDER BY t.at DESC, t.id DESC`;
}

/** A row of followUpsSql. */
export interface FollowUpRow {
  id: string;
  case_number: string;
  client_name: string;
  lead_coordinator_id: string;
  status: string;
  next_contact_on: string | null;
  last_contact_on: string | null;
  days_since_contact: number;
  follow_up: string;
  assessment_due_on: string | null;
  assessment: string;
  plan_review_on: string | null;
  plan: string;
  total: string;
}

export interface FollowUpQuery {
  /** The open cases the user may see (a scope of the cases policy). */
  visible: Sql;
  today: string;
  followUp?: string;
  minDaysSinceContact?: number;
  leadCoordinatorId?: string;
  assessment?: string;
  plan?: string;
  sort: { column: 'next_contact_on' | 'days_since_contact' | 'case_number' | 'assessment_due_on' | 'plan_review_on' | 'id'; order: 'ASC' | 'DESC' };
  page: { offset: number; limit: number };
}

/**
 * For each visible case, the pending next-contact date (that of the latest interview or visit)
 * and the days since the last contact of any kind, as kept with the records (case_contact_dates,
 * migration 1765584000000), and its next assessment and plan review: index probes by case.
 */
export function followUpsSql(q: FollowUpQuery): Sql {
  const where: Sql[] = [];
  if (q.followUp === 'due_or_overdue') where.push(sql`follow_up IN ('due', 'overdue')`);
  else if (q.followUp !== undefined) where.push(sql`follow_up = ${q.followUp}`);
  if (q.minDaysSinceContact !== undefined) where.push(sql`days_since_contact >= ${q.minDaysSinceContact}`);
  if (q.leadCoordinatorId !== undefined) where.push(sql`lead_coordinator_id = ${q.leadCoordinatorId}`);
  if (q.assessment !== undefined) where.push(sql`assessment = ${q.assessment}`);
  if (q.plan !== undefined) where.push(sql`plan = ${q.plan}`);
  const today = sql`${q.today}::date`;
  const order = sql`ORDER BY ${trusted(q.sort.column)} ${trusted(q.sort.order)} NULLS LAST, id`;
  // The next assessment (the center's interval after the case's newest; date + months keeps to the
  // month's end) and the plan in force, of case `c`.
  const supportJoins = sql`JOIN centers ce ON ce.id = c.center_id
           LEFT JOIN LATERAL (
             SELECT (a.assessed_on + make_interval(months => ce.reassessment_months))::date AS due_on
               FROM assessments a
              WHERE a.case_id = c.id AND a.voided_at IS NULL
              ORDER BY a.assessed_on DESC, a.created_at DESC
              LIMIT 1
           ) ass ON true
           LEFT JOIN support_plans plan ON plan.case_id = c.id AND plan.superseded_by_id IS NULL AND plan.voided_at IS NULL`;
  const supportColumns = sql`ass.due_on::text AS assessment_due_on,
                CASE WHEN ass.due_on IS NULL THEN 'none'
                     WHEN ass.due_on < ${today} THEN 'overdue'
                     WHEN ass.due_on <= ${today} + ${ASSESSMENT_SOON_DAYS}::int THEN 'soon'
                     ELSE 'upcoming' END AS assessment,
                plan.review_on::text AS plan_review_on,
                CASE WHEN plan.review_on IS NULL THEN 'none'
                     WHEN plan.review_on < ${today} THEN 'overdue'
                     WHEN plan.review_on <= ${today} + ${ASSESSMENT_SOON_DAYS}::int THEN 'soon'
                     ELSE 'upcoming' END AS plan`;
  // Looked up for every case only when the list is filtered or sorted by them; else for the page.
  const supportFirst = q.assessment !== undefined || q.plan !== undefined || q.sort.column === 'assessment_due_on' || q.sort.column === 'plan_review_on';
  const page = sql`SELECT rows.*, count(*) OVER () AS total FROM rows
       ${where.length ? sql`WHERE ${joinSql(where, ' AND ')}` : trusted('')}
       ${order}
       LIMIT ${q.page.limit} OFFSET ${q.page.offset}`;
  // The user's few hundred cases first, each then probed by its id: never a pass over every case
  // of the country and a check of who may see it afterwards.
  return sql`WITH visible AS MATERIALIZED (${q.visible}),
       rows AS (
         SELECT c.id, c.center_id, c.case_number, c.client_name, c.lead_coordinator_id, c.status,
                d.next_contact_on, d.last_contact_on,
                (${today} - coalesce(d.last_contact_on, c.opened_on)) AS days_since_contact,
                CASE WHEN d.next_contact_on IS NULL THEN 'none'
                     WHEN d.next_contact_on = ${today} THEN 'due'
                     WHEN d.next_contact_on < ${today} THEN 'overdue'
                     ELSE 'upcoming' END AS follow_up
                ${supportFirst ? sql`, ${supportColumns}` : trusted('')}
           FROM cases c
           LEFT JOIN case_contact_dates d ON d.case_id = c.id
           ${supportFirst ? supportJoins : trusted('')}
          WHERE c.id IN (SELECT id FROM visible)
       )
       ${supportFirst ? page : sql`SELECT c.*, ${supportColumns} FROM (${page}) c ${supportJoins} ${order}`}`;
}
