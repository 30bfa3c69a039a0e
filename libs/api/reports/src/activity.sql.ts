import type { ActivityReport, ConsultationFigures } from '@tsunagu/contracts';
import { sql, trusted, type Sql } from '@tsunagu/api-database';
import { periodBounds, type Period } from './period';

/**
 * The activity statistics (実績) as one SQL statement over the scoped cases (`v`, whole case rows)
 * and a period (F = first day, T = last day, Japan time). Voided records never count.
 *
 * How the large tables are reached depends on the scope's size (`Reach`): a center's cases one by
 * one through each table's (case_id, time) index, every center's through the period's rows.
 */
/**
 * How a report reaches the records of its cases `v` in a large table: `per_case`, each case's rows
 * through the table's (case_id, time) index (a LATERAL fenced with OFFSET 0, so that the planner
 * cannot turn 1,500 probes into a scan of every center's ten years); `by_time`, the period's rows
 * of the table joined to the cases (for every center at once: 300,000 probes cost more than
 * reading the period). Either way the same rows: those of `from` that meet `where` and belong to a
 * case of `v`, with `columns` under `alias` beside v's. `by_time` is for the scope of every center
 * (every current case), whose interview and visit counts are also kept per day (contact_day_counts).
 */
export type Reach = 'per_case' | 'by_time';

function casesReachedBy(reach: Reach) {
  return (alias: string, columns: Sql, from: Sql, where: Sql): Sql => {
    const a = trusted(alias);
    return reach === 'per_case'
      ? sql`v CROSS JOIN LATERAL (SELECT ${columns} FROM ${from} WHERE ${a}.case_id = v.id AND ${where} OFFSET 0) ${a}`
      : sql`(SELECT ${a}.case_id AS reached_case_id, ${columns} FROM ${from} WHERE ${where}) ${a} JOIN v ON v.id = ${a}.reached_case_id`;
  };
}

/** The one row activitySql answers, as PostgreSQL returns it (counts as integers, breakdowns as JSON). */
export interface ActivityRow {
  unique_cases: number;
  total_contacts: number;
  new_cases: number;
  continuing_cases: number;
  reopened_cases: number;
  by_method: Record<string, number> | null;
  by_participant: ActivityReport['byParticipant'];
  by_age: Record<string, number> | null;
  by_sex: Record<string, number> | null;
  by_duration: Record<string, number> | null;
  outreach_by_outcome: Record<string, number> | null;
  programs: ActivityReport['programs'];
  referrals_by_agency_type: ActivityReport['referralsByAgencyType'];
  closures_by_reason: Record<string, number> | null;
  conferences_by_kind: Record<string, number> | null;
  cases_discussed: number;
  outside_agencies_by_type: Record<string, number> | null;
  plan_reviews: ActivityReport['planReviews'];
  contacts_by_month: ActivityReport['contactsByMonth'];
  consultations: ConsultationRow;
}

/** The consultation figures as activitySql answers them (breakdowns without their zeros). */
export type ConsultationRow = Omit<ConsultationFigures, 'byCallerType' | 'byMethod' | 'byRoute' | 'byAgeBand'> &
  Record<'byCallerType' | 'byMethod' | 'byRoute' | 'byAgeBand', Record<string, number> | null>;

export function activitySql(scope: Sql, inquiries: Sql, period: Period, reach: Reach = 'per_case'): Sql {
  const { F, T, start, end } = periodBounds(period);
  const of = casesReachedBy(reach);
  // Every center's interviews and visits are counted from the counts kept per day (contact_day_counts
  // and the deltas not yet folded into them, migration 1765843200000), which count the records of
  // every current case: the scope of the report of every center. Their records are read only for
  // which cases they reach.
  const kept = reach === 'by_time';
  const records = sql`
  SELECT v.id AS case_id, 'interview' AS kind, i.method AS method, i.participants AS who, NULL::text AS outcome, i.day, NULL::uuid AS session_id
    FROM ${of('i', sql`i.method, i.participants, (i.held_at AT TIME ZONE 'Asia/Tokyo')::date AS day`, sql`interviews i`,
              sql`i.voided_at IS NULL AND i.held_at >= ${start} AND i.held_at < ${end}`)}
  UNION ALL
  SELECT v.id, 'outreach', 'outreach', outreach_participants(o.outcome), o.outcome, o.day, NULL::uuid
    FROM ${of('o', sql`o.outcome, (o.visited_at AT TIME ZONE 'Asia/Tokyo')::date AS day`, sql`outreach_visits o`,
              sql`o.voided_at IS NULL AND o.visited_at >= ${start} AND o.visited_at < ${end}`)}
  UNION ALL`;
  const reachedByRecords = sql`
  UNION ALL SELECT i.case_id FROM interviews i WHERE i.voided_at IS NULL AND i.held_at >= ${start} AND i.held_at < ${end}
  UNION ALL SELECT o.case_id FROM outreach_visits o WHERE o.voided_at IS NULL AND o.visited_at >= ${start} AND o.visited_at < ${end}`;
  const keptCounts = sql`
    UNION ALL
    SELECT kind, method, nullif(outcome, ''), date_trunc('month', day), client, family, agency, sum(n)::int
      FROM (SELECT * FROM contact_day_counts WHERE day BETWEEN ${F}::date AND ${T}::date
            UNION ALL
            SELECT * FROM contact_day_deltas WHERE day BETWEEN ${F}::date AND ${T}::date) k
     GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0`;
  return sql`
WITH v AS MATERIALIZED (${scope}),
contacts AS MATERIALIZED (${kept ? trusted('') : records}
  SELECT v.id AS case_id, 'attendance' AS kind, 'program' AS method, ARRAY[a.attendee] AS who, NULL::text AS outcome, a.held_on AS day, a.session_id
    FROM ${of('a', sql`a.attendee, a.session_id, s.held_on`, sql`attendances a JOIN program_sessions s ON s.id = a.session_id`,
              sql`a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${F}::date AND ${T}::date`)}
),
-- The counts over contacts come from one pass: the contacts grouped by what the figures tell apart.
-- (Grouped by the month's first day and the participants as recorded; a few hundred groups are
-- then named and told apart, not every contact.)
tally AS MATERIALIZED (
  SELECT kind, method, outcome, to_char(month, 'YYYY-MM') AS month, client, family, agency, n FROM (
    SELECT kind, method, outcome, month, 'client' = ANY(who) AS client, 'family' = ANY(who) AS family, 'agency' = ANY(who) AS agency, n
      FROM (SELECT kind, method, outcome, date_trunc('month', day) AS month, who, count(*)::int AS n FROM contacts GROUP BY 1, 2, 3, 4, 5) g
    ${kept ? keptCounts : trusted('')}
  ) t
),
moves AS MATERIALIZED (
  SELECT v.id AS case_id, m.from_status, m.to_status, m.closure_reason
    FROM ${of('m', sql`m.from_status, m.to_status, m.closure_reason`, sql`case_status_changes m`, sql`m.changed_on BETWEEN ${F}::date AND ${T}::date`)}
),
reopened AS (SELECT DISTINCT case_id FROM moves WHERE from_status = 'closed'),
opened AS (SELECT id FROM v WHERE opened_on BETWEEN ${F}::date AND ${T}::date),
profile AS (
  SELECT v.id, v.sex,
         CASE WHEN v.birth_date IS NOT NULL THEN date_part('year', age(${T}::date, v.birth_date))::int
              WHEN v.birth_year IS NOT NULL THEN date_part('year', ${T}::date)::int - v.birth_year END AS age,
         CASE WHEN v.hikikomori_since IS NULL THEN NULL
              ELSE (date_part('year', ${T}::date)::int * 12 + date_part('month', ${T}::date)::int)
                 - (split_part(v.hikikomori_since, '-', 1)::int * 12 + split_part(v.hikikomori_since, '-', 2)::int) END AS months
    FROM v WHERE v.id IN (SELECT case_id FROM contacts ${kept ? reachedByRecords : trusted('')})
),
-- First contacts of the period (docs/domain.md, "Consultations"): each with the case its chain had
-- become by the end of the period, and whether it is the earliest current contact of its chain.
iq AS MATERIALIZED (
  SELECT q.chain_id, q.caller_type, q.method, q.route, q.person_age_band, q.person_municipality, q.received_at,
         -- (a scalar subquery: one primary-key lookup per converted chain, never a scan of all cases)
         CASE WHEN ch.converted_at < ${end} THEN (SELECT k.id FROM cases k WHERE k.id = ch.case_id AND k.voided_at IS NULL) END AS case_id,
         NOT EXISTS (SELECT 1 FROM inquiries e WHERE e.chain_id = q.chain_id AND e.voided_at IS NULL
                        AND (e.received_at, e.id) < (q.received_at, q.id)) AS is_first
    FROM (${inquiries}) q
         CROSS JOIN LATERAL (SELECT ch.case_id, ch.converted_at FROM inquiry_chains ch WHERE ch.id = q.chain_id OFFSET 0) ch
   WHERE q.voided_at IS NULL AND q.received_at >= ${start} AND q.received_at < ${end}
),
-- 実人数: a case (with case contacts, or first contacts of a chain that became it), or a chain without a case.
persons AS (
  SELECT id AS person, true AS with_case FROM profile
  UNION
  SELECT coalesce(case_id, chain_id), case_id IS NOT NULL FROM iq
),
-- What a chain's contacts of the period say last of the person (a later call may know more).
chain_facts AS (
  SELECT chain_id,
         (array_agg(route ORDER BY received_at DESC) FILTER (WHERE route IS NOT NULL))[1] AS route,
         (array_agg(person_age_band ORDER BY received_at DESC) FILTER (WHERE person_age_band IS NOT NULL))[1] AS age_band,
         (array_agg(person_municipality ORDER BY received_at DESC) FILTER (WHERE person_municipality IS NOT NULL))[1] AS municipality
    FROM iq GROUP BY chain_id
),
-- Conferences held in the period on the cases (each once, however many of its cases are in scope).
discussed AS MATERIALIZED (
  SELECT cc.conference_id, v.id AS case_id
    FROM ${of('cc', sql`cc.conference_id`, sql`case_conference_cases cc JOIN case_conferences k ON k.id = cc.conference_id`,
              sql`k.voided_at IS NULL AND k.held_on BETWEEN ${F}::date AND ${T}::date`)}
),
conf AS (SELECT k.id, k.kind, k.outside_attendees FROM case_conferences k WHERE k.id IN (SELECT conference_id FROM discussed)),
referral_counts AS (${referralCounts(of, period)})
SELECT
  (SELECT coalesce(sum(n), 0) FROM tally)::int AS total_contacts,
  (SELECT count(*) FROM profile)::int AS unique_cases,
  (SELECT count(*) FROM opened)::int AS new_cases,
  (SELECT count(*) FROM reopened)::int AS reopened_cases,
  (SELECT count(*) FROM profile p WHERE p.id NOT IN (SELECT id FROM opened) AND p.id NOT IN (SELECT case_id FROM reopened))::int AS continuing_cases,
  (SELECT coalesce(json_object_agg(method, n), '{}') FROM (SELECT method, sum(n)::int AS n FROM tally WHERE kind <> 'attendance' GROUP BY method) x) AS by_method,
  (SELECT json_build_object(
     'client', coalesce(sum(n) FILTER (WHERE client), 0),
     'family', coalesce(sum(n) FILTER (WHERE family), 0),
     'agency', coalesce(sum(n) FILTER (WHERE agency), 0)) FROM tally) AS by_participant,
  (SELECT coalesce(json_object_agg(band, n), '{}') FROM (
     SELECT CASE WHEN age IS NULL THEN 'unknown' WHEN age < 10 THEN 'under_10' WHEN age >= 70 THEN '70_plus'
                 ELSE (age / 10 * 10)::text || 's' END AS band, count(*)::int AS n
       FROM profile GROUP BY 1) x) AS by_age,
  (SELECT coalesce(json_object_agg(sex, n), '{}') FROM (SELECT sex, count(*)::int AS n FROM profile GROUP BY sex) x) AS by_sex,
  (SELECT coalesce(json_object_agg(band, n), '{}') FROM (
     SELECT CASE WHEN months IS NULL THEN 'unknown' WHEN months < 6 THEN 'under_6m' WHEN months < 12 THEN '6m_1y'
                 WHEN months < 36 THEN '1_3y' WHEN months < 60 THEN '3_5y' WHEN months < 84 THEN '5_7y'
                 WHEN months < 120 THEN '7_10y' WHEN months < 240 THEN '10_20y' ELSE '20y_plus' END AS band,
            count(*)::int AS n
       FROM profile GROUP BY 1) x) AS by_duration,
  (SELECT coalesce(json_object_agg(outcome, n), '{}') FROM (SELECT outcome, sum(n)::int AS n FROM tally WHERE kind = 'outreach' GROUP BY outcome) x) AS outreach_by_outcome,
  (SELECT json_build_object(
     'sessions', count(DISTINCT session_id),
     'attendances', count(*),
     'uniqueCases', count(DISTINCT case_id)) FROM contacts WHERE kind = 'attendance') AS programs,
  (SELECT coalesce(json_object_agg(type, statuses), '{}') FROM (
     SELECT type, json_object_agg(status, n) AS statuses FROM referral_counts GROUP BY type) x) AS referrals_by_agency_type,
  (SELECT coalesce(json_object_agg(reason, n), '{}') FROM (
     SELECT coalesce(closure_reason, 'other') AS reason, count(*)::int AS n FROM moves WHERE to_status = 'closed' GROUP BY 1) x) AS closures_by_reason,
  (SELECT coalesce(json_object_agg(kind, n), '{}') FROM (SELECT kind, count(*)::int AS n FROM conf GROUP BY kind) x) AS conferences_by_kind,
  (SELECT count(DISTINCT case_id) FROM discussed)::int AS cases_discussed,
  (SELECT coalesce(json_object_agg(type, n), '{}') FROM (
     SELECT ag.type, count(*)::int AS n FROM (
       SELECT DISTINCT conf.id, (a->>'agencyId')::uuid AS agency_id FROM conf CROSS JOIN jsonb_array_elements(conf.outside_attendees) a) x
       JOIN agencies ag ON ag.id = x.agency_id GROUP BY ag.type) y) AS outside_agencies_by_type,
  (SELECT json_build_object('total', count(*), 'onTime', count(*) FILTER (WHERE p.reviewed_on <= p.due_on))
     FROM ${of('p', sql`r.reviewed_on, r.due_on`, sql`support_plans p JOIN support_plan_reviews r ON r.plan_id = p.id`,
               sql`p.voided_at IS NULL AND r.reviewed_on BETWEEN ${F}::date AND ${T}::date`)}) AS plan_reviews,
  (SELECT coalesce(json_object_agg(month, methods), '{}') FROM (
     SELECT month, json_object_agg(method, n) AS methods FROM (
       SELECT month, method, sum(n)::int AS n FROM tally GROUP BY 1, 2) y GROUP BY month) x) AS contacts_by_month,
  json_build_object(
    'firstContacts', (SELECT count(*) FILTER (WHERE is_first) FROM iq),
    'repeatContacts', (SELECT count(*) FILTER (WHERE NOT is_first) FROM iq),
    'persons', (SELECT json_build_object('total', count(*), 'withCase', count(*) FILTER (WHERE with_case), 'withoutCase', count(*) FILTER (WHERE NOT with_case)) FROM persons),
    'contacts', (SELECT json_build_object(
        'total', (SELECT coalesce(sum(n), 0) FROM tally) + count(*),
        'withCase', (SELECT coalesce(sum(n), 0) FROM tally) + count(*) FILTER (WHERE case_id IS NOT NULL),
        'withoutCase', count(*) FILTER (WHERE case_id IS NULL)) FROM iq),
    'byCallerType', (SELECT json_object_agg(caller_type, n) FROM (SELECT caller_type, count(*)::int AS n FROM iq GROUP BY 1) x),
    'byMethod', (SELECT json_object_agg(method, n) FROM (SELECT method, count(*)::int AS n FROM iq GROUP BY 1) x),
    'byRoute', (SELECT json_object_agg(route, n) FROM (SELECT coalesce(route, 'unknown') AS route, count(*)::int AS n FROM chain_facts GROUP BY 1) x),
    'byAgeBand', (SELECT json_object_agg(age_band, n) FROM (SELECT coalesce(age_band, 'unknown') AS age_band, count(*)::int AS n FROM chain_facts GROUP BY 1) x),
    'byMunicipality', (SELECT coalesce(json_object_agg(municipality, n), '{}') FROM (SELECT coalesce(municipality, '') AS municipality, count(*)::int AS n FROM chain_facts GROUP BY 1) x),
    'convertedToCases', (SELECT count(*) FROM inquiry_chains ch WHERE ch.converted_at >= ${start} AND ch.converted_at < ${end}
                           AND EXISTS (SELECT 1 FROM (${inquiries}) q WHERE q.chain_id = ch.id AND q.voided_at IS NULL))
  ) AS consultations
`;
}

/** Referrals planned in the period, by agency type and status (the activity report's and liaison staff's figure). */
function referralCounts(of: ReturnType<typeof casesReachedBy>, period: Period): Sql {
  const { F, T } = periodBounds(period);
  return sql`
  SELECT ag.type, r.status, count(*)::int AS n
    FROM ${of('r', sql`r.agency_id, r.status`, sql`referrals r`, sql`r.voided_at IS NULL AND r.planned_on BETWEEN ${F}::date AND ${T}::date`)}
    JOIN agencies ag ON ag.id = r.agency_id
   GROUP BY ag.type, r.status`;
}

/** Referral figures only, for liaison staff (of one center: their cases one by one). */
export function referralStatsSql(scope: Sql, period: Period): Sql {
  return sql`
WITH v AS MATERIALIZED (${scope})
SELECT coalesce(json_object_agg(type, statuses), '{}') AS referrals_by_agency_type FROM (
  SELECT type, json_object_agg(status, n) AS statuses FROM (${referralCounts(casesReachedBy('per_case'), period)}) y GROUP BY type) x`;
}
