/**
 * The caseload report as one SQL statement. `v` is the scoped cases (id, center_id); `people` is
 * the rows to report on (id, name): coordinators of a center, one coordinator, or (for an admin)
 * centers. Metrics are counted per lead coordinator, or per center in center mode.
 */
export function caseloadSql(scopeSql: string, peopleSql: string, mode: 'person' | 'center', F: string, T: string): string {
  const end = `((${T}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`;
  const start = `(${F}::date::timestamp AT TIME ZONE 'Asia/Tokyo')`;
  const owner = mode === 'person' ? 'cm.lead' : 'cm.center_id';
  const secondOwner = mode === 'person' ? 'sc.user_id' : 'cm.center_id';
  const contactOwner = mode === 'person' ? 'cs.user_id' : 'cs.center_id';
  return `
WITH v AS (${scopeSql}),
people AS (${peopleSql}),
records AS (
  SELECT i.case_id, i.held_at AS at, i.next_contact_on FROM interviews i JOIN v ON v.id = i.case_id
   WHERE i.voided_at IS NULL AND i.held_at < ${end}
  UNION ALL
  SELECT o.case_id, o.visited_at, o.next_contact_on FROM outreach_visits o JOIN v ON v.id = o.case_id
   WHERE o.voided_at IS NULL AND o.visited_at < ${end}
),
latest AS (SELECT DISTINCT ON (case_id) case_id, next_contact_on FROM records ORDER BY case_id, at DESC),
last_day AS (
  SELECT case_id, max(day) AS day FROM (
    SELECT case_id, (at AT TIME ZONE 'Asia/Tokyo')::date AS day FROM records
    UNION ALL
    SELECT a.case_id, s.held_on FROM attendances a JOIN v ON v.id = a.case_id JOIN program_sessions s ON s.id = a.session_id
     WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on <= ${T}::date) d
  GROUP BY case_id
),
elderly AS (
  SELECT DISTINCT f.case_id FROM family_members f JOIN v ON v.id = f.case_id
   WHERE f.voided_at IS NULL AND f.lives_with_client AND f.relationship IN ('mother', 'father')
     AND f.birth_year <= date_part('year', ${T}::date)::int - 70
),
cm AS (
  SELECT c.id, c.center_id, c.lead_coordinator_id AS lead,
         (c.opened_on <= ${T}::date AND NOT (c.status = 'closed' AND c.closed_on <= ${T}::date)) AS open_end,
         (c.opened_on BETWEEN ${F}::date AND ${T}::date) AS is_new,
         EXISTS (SELECT 1 FROM case_status_changes x WHERE x.case_id = c.id AND x.to_status = 'closed'
                  AND x.changed_on BETWEEN ${F}::date AND ${T}::date) AS closed_in,
         (${T}::date - coalesce(ld.day, c.opened_on)) AS quiet_days,
         coalesce(l.next_contact_on < ${T}::date, false) AS overdue,
         (c.client_contact = 'none') AS family_only,
         (coalesce(CASE WHEN c.birth_date IS NOT NULL THEN date_part('year', age(${T}::date, c.birth_date))::int
                        WHEN c.birth_year IS NOT NULL THEN date_part('year', ${T}::date)::int - c.birth_year END, 0) >= 40
          AND e.case_id IS NOT NULL) AS is8050
    FROM cases c JOIN v ON v.id = c.id
    LEFT JOIN last_day ld ON ld.case_id = c.id
    LEFT JOIN latest l ON l.case_id = c.id
    LEFT JOIN elderly e ON e.case_id = c.id
),
cs AS (
  SELECT unnest(i.staff_ids) AS user_id, v.center_id, 'interview' AS kind FROM interviews i JOIN v ON v.id = i.case_id
   WHERE i.voided_at IS NULL AND i.held_at >= ${start} AND i.held_at < ${end}
  UNION ALL
  SELECT unnest(o.staff_ids), v.center_id, 'outreach' FROM outreach_visits o JOIN v ON v.id = o.case_id
   WHERE o.voided_at IS NULL AND o.visited_at >= ${start} AND o.visited_at < ${end}
  UNION ALL
  SELECT a.created_by, v.center_id, 'attendance' FROM attendances a JOIN v ON v.id = a.case_id JOIN program_sessions s ON s.id = a.session_id
   WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${F}::date AND ${T}::date
)
SELECT p.id, p.name,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end)::int AS lead_cases,
  (SELECT count(*) FROM cm JOIN case_second_coordinators sc ON sc.case_id = cm.id WHERE ${secondOwner} = p.id AND cm.open_end)::int AS second_cases,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.is_new)::int AS new_cases,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.closed_in)::int AS closed_cases,
  (SELECT count(*) FROM cs WHERE ${contactOwner} = p.id)::int AS contacts,
  (SELECT count(*) FROM cs WHERE ${contactOwner} = p.id AND cs.kind = 'interview')::int AS interviews,
  (SELECT count(*) FROM cs WHERE ${contactOwner} = p.id AND cs.kind = 'outreach')::int AS outreach_visits,
  (SELECT count(*) FROM cs WHERE ${contactOwner} = p.id AND cs.kind = 'attendance')::int AS attendances,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.quiet_days >= 30)::int AS no_contact30,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.quiet_days >= 60)::int AS no_contact60,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.quiet_days >= 90)::int AS no_contact90,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.overdue)::int AS overdue_follow_ups,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.family_only)::int AS family_only_cases,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.is8050)::int AS cases8050
FROM people p
ORDER BY p.name, p.id`;
}
