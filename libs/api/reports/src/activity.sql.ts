/**
 * The activity statistics (実績) as one SQL statement over the scoped cases (`v`) and a period
 * ($F = first day, $T = last day, Japan time). Voided records never count.
 */
export function activitySql(scopeSql: string, F: string, T: string): string {
  const start = `(${F}::date::timestamp AT TIME ZONE 'Asia/Tokyo')`;
  const end = `((${T}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`;
  return `
WITH v AS (${scopeSql}),
contacts AS (
  SELECT i.case_id, 'interview' AS kind, i.method AS method, i.participants AS who, NULL::text AS outcome,
         (i.held_at AT TIME ZONE 'Asia/Tokyo')::date AS day
    FROM interviews i JOIN v ON v.id = i.case_id
   WHERE i.voided_at IS NULL AND i.held_at >= ${start} AND i.held_at < ${end}
  UNION ALL
  SELECT o.case_id, 'outreach', 'outreach',
         CASE o.outcome WHEN 'met_client' THEN ARRAY['client'] WHEN 'met_family' THEN ARRAY['family'] ELSE ARRAY[]::text[] END,
         o.outcome, (o.visited_at AT TIME ZONE 'Asia/Tokyo')::date
    FROM outreach_visits o JOIN v ON v.id = o.case_id
   WHERE o.voided_at IS NULL AND o.visited_at >= ${start} AND o.visited_at < ${end}
  UNION ALL
  SELECT a.case_id, 'attendance', 'program', ARRAY[a.attendee], NULL, s.held_on
    FROM attendances a JOIN v ON v.id = a.case_id JOIN program_sessions s ON s.id = a.session_id
   WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${F}::date AND ${T}::date
),
reopened AS (
  SELECT DISTINCT sc.case_id FROM case_status_changes sc JOIN v ON v.id = sc.case_id
   WHERE sc.from_status = 'closed' AND sc.changed_on BETWEEN ${F}::date AND ${T}::date
),
opened AS (
  SELECT c.id FROM cases c JOIN v ON v.id = c.id WHERE c.opened_on BETWEEN ${F}::date AND ${T}::date
),
unique_cases AS (
  SELECT DISTINCT ON (c.id) c.id, c.sex, c.birth_date, c.birth_year, c.hikikomori_since
    FROM contacts JOIN cases c ON c.id = contacts.case_id
),
profile AS (
  SELECT u.id, u.sex,
         CASE WHEN u.birth_date IS NOT NULL THEN date_part('year', age(${T}::date, u.birth_date))::int
              WHEN u.birth_year IS NOT NULL THEN date_part('year', ${T}::date)::int - u.birth_year END AS age,
         CASE WHEN u.hikikomori_since IS NULL THEN NULL
              ELSE (date_part('year', ${T}::date)::int * 12 + date_part('month', ${T}::date)::int)
                 - (split_part(u.hikikomori_since, '-', 1)::int * 12 + split_part(u.hikikomori_since, '-', 2)::int) END AS months
    FROM unique_cases u
)
SELECT
  (SELECT count(*) FROM contacts)::int AS total_contacts,
  (SELECT count(*) FROM unique_cases)::int AS unique_cases,
  (SELECT count(*) FROM opened)::int AS new_cases,
  (SELECT count(*) FROM reopened)::int AS reopened_cases,
  (SELECT count(*) FROM unique_cases u WHERE u.id NOT IN (SELECT id FROM opened) AND u.id NOT IN (SELECT case_id FROM reopened))::int AS continuing_cases,
  (SELECT coalesce(json_object_agg(method, n), '{}') FROM (SELECT method, count(*)::int AS n FROM contacts WHERE kind <> 'attendance' GROUP BY method) x) AS by_method,
  (SELECT json_build_object(
     'client', count(*) FILTER (WHERE 'client' = ANY(who)),
     'family', count(*) FILTER (WHERE 'family' = ANY(who)),
     'agency', count(*) FILTER (WHERE 'agency' = ANY(who))) FROM contacts) AS by_participant,
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
  (SELECT coalesce(json_object_agg(outcome, n), '{}') FROM (SELECT outcome, count(*)::int AS n FROM contacts WHERE kind = 'outreach' GROUP BY outcome) x) AS outreach_by_outcome,
  (SELECT json_build_object(
     'sessions', (SELECT count(DISTINCT a.session_id) FROM attendances a JOIN v ON v.id = a.case_id JOIN program_sessions s ON s.id = a.session_id
                   WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${F}::date AND ${T}::date),
     'attendances', count(*),
     'uniqueCases', count(DISTINCT case_id)) FROM contacts WHERE kind = 'attendance') AS programs,
  (SELECT coalesce(json_object_agg(type, statuses), '{}') FROM (
     SELECT type, json_object_agg(status, n) AS statuses FROM (
       SELECT ag.type, r.status, count(*)::int AS n
         FROM referrals r JOIN v ON v.id = r.case_id JOIN agencies ag ON ag.id = r.agency_id
        WHERE r.voided_at IS NULL AND r.planned_on BETWEEN ${F}::date AND ${T}::date
        GROUP BY ag.type, r.status) y GROUP BY type) x) AS referrals_by_agency_type,
  (SELECT coalesce(json_object_agg(closure_reason, n), '{}') FROM (
     SELECT coalesce(sc.closure_reason, 'other') AS closure_reason, count(*)::int AS n FROM case_status_changes sc JOIN v ON v.id = sc.case_id
      WHERE sc.to_status = 'closed' AND sc.changed_on BETWEEN ${F}::date AND ${T}::date GROUP BY 1) x) AS closures_by_reason,
  (SELECT coalesce(json_object_agg(month, methods), '{}') FROM (
     SELECT month, json_object_agg(method, n) AS methods FROM (
       SELECT to_char(day, 'YYYY-MM') AS month, method, count(*)::int AS n FROM contacts GROUP BY 1, 2) y GROUP BY month) x) AS contacts_by_month
`;
}

/** Referral figures only, for liaison staff. */
export function referralStatsSql(scopeSql: string, F: string, T: string): string {
  return `
WITH v AS (${scopeSql})
SELECT coalesce(json_object_agg(type, statuses), '{}') AS referrals_by_agency_type FROM (
  SELECT type, json_object_agg(status, n) AS statuses FROM (
    SELECT ag.type, r.status, count(*)::int AS n
      FROM referrals r JOIN v ON v.id = r.case_id JOIN agencies ag ON ag.id = r.agency_id
     WHERE r.voided_at IS NULL AND r.planned_on BETWEEN ${F}::date AND ${T}::date
     GROUP BY ag.type, r.status) y GROUP BY type) x`;
}
