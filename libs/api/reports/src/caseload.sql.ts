import { ASSESSMENT_SOON_DAYS } from '@tsunagu/contracts';
import { sql, trusted, type Sql } from '@tsunagu/api-database';
import { periodBounds, type Period } from './period';

/**
 * The caseload report as one SQL statement. `v` is the scoped cases (whole rows); `people` is the
 * rows to report on (id, name, sort_name): coordinators of a center, one coordinator, or (for an
 * admin) centers, in the order of sort_name (people by their reading). Metrics are counted per lead coordinator, or per center in center mode.
 * Large tables are reached per case through fenced LATERAL subqueries (see activitySql).
 */
export function caseloadSql(scope: Sql, people: Sql, mode: 'person' | 'center', period: Period): Sql {
  const { F, T, start, end } = periodBounds(period);
  const owner = trusted(mode === 'person' ? 'cm.lead' : 'cm.center_id');
  const secondOwner = trusted(mode === 'person' ? 'sc.user_id' : 'sc.center_id');
  const contactOwner = trusted(mode === 'person' ? 'cs.user_id' : 'cs.center_id');
  return sql`
WITH v AS MATERIALIZED (${scope}),
people AS (${people}),
cm AS MATERIALIZED (
  SELECT v.id, v.center_id, v.lead_coordinator_id AS lead,
         (v.opened_on <= ${T}::date AND NOT (v.status = 'closed' AND v.closed_on <= ${T}::date)) AS open_end,
         (v.opened_on BETWEEN ${F}::date AND ${T}::date) AS is_new,
         (closing.hit IS NOT NULL) AS closed_in,
         (${T}::date - greatest(coalesce(last.day, v.opened_on), coalesce(att.day, v.opened_on))) AS quiet_days,
         coalesce(last.next_contact_on < ${T}::date, false) AS overdue,
         (v.client_contact = 'none') AS family_only,
         (coalesce(CASE WHEN v.birth_date IS NOT NULL THEN date_part('year', age(${T}::date, v.birth_date))::int
                        WHEN v.birth_year IS NOT NULL THEN date_part('year', ${T}::date)::int - v.birth_year END, 0) >= 40
          AND elderly.hit IS NOT NULL) AS is8050,
         assessment.due_on AS assessment_due_on,
         plan.review_on AS plan_review_on
    FROM v
    -- Per-case probes (LIMIT keeps each an index lookup instead of a scan of the whole table).
    LEFT JOIN LATERAL (
      SELECT true AS hit FROM case_status_changes x
       WHERE x.case_id = v.id AND x.to_status = 'closed' AND x.changed_on BETWEEN ${F}::date AND ${T}::date LIMIT 1) closing ON true
    LEFT JOIN LATERAL (
      SELECT true AS hit FROM family_members f
       WHERE f.case_id = v.id AND f.voided_at IS NULL AND f.lives_with_client AND f.relationship IN ('mother', 'father')
         AND f.birth_year <= date_part('year', ${T}::date)::int - 70 LIMIT 1) elderly ON true
    -- The latest interview or visit up to the end of the period: its day and its next-contact date.
    LEFT JOIN LATERAL (
      SELECT (r.at AT TIME ZONE 'Asia/Tokyo')::date AS day, r.next_contact_on FROM (
        (SELECT i.held_at AS at, i.next_contact_on FROM interviews i
          WHERE i.case_id = v.id AND i.voided_at IS NULL AND i.held_at < ${end} ORDER BY i.held_at DESC LIMIT 1)
        UNION ALL
        (SELECT o.visited_at, o.next_contact_on FROM outreach_visits o
          WHERE o.case_id = v.id AND o.voided_at IS NULL AND o.visited_at < ${end} ORDER BY o.visited_at DESC LIMIT 1)
      ) r ORDER BY r.at DESC LIMIT 1) last ON true
    -- The next assessment after the newest one up to the end of the period (the center's interval).
    LEFT JOIN LATERAL (
      SELECT (a.assessed_on + make_interval(months => ce.reassessment_months))::date AS due_on
        FROM assessments a JOIN centers ce ON ce.id = v.center_id
       WHERE a.case_id = v.id AND a.voided_at IS NULL AND a.assessed_on <= ${T}::date
       ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) assessment ON true
    -- The plan in force at the end of the period (the newest agreed by then) and its review day as it
    -- stood then: the day the first review after the period was due, else the plan's review day now.
    LEFT JOIN LATERAL (
      SELECT coalesce((SELECT r.due_on FROM support_plan_reviews r
                        WHERE r.plan_id = p.id AND r.reviewed_on > ${T}::date ORDER BY r.reviewed_on LIMIT 1), p.review_on) AS review_on
        FROM support_plans p
       WHERE p.case_id = v.id AND p.voided_at IS NULL AND p.agreed_on <= ${T}::date
       ORDER BY p.agreed_on DESC, p.created_at DESC LIMIT 1) plan ON true
    LEFT JOIN LATERAL (
      SELECT max(s.held_on) AS day FROM attendances a JOIN program_sessions s ON s.id = a.session_id
       WHERE a.case_id = v.id AND a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on <= ${T}::date) att ON true
),
cs AS MATERIALIZED (
  SELECT unnest(i.staff_ids) AS user_id, v.center_id, 'interview' AS kind
    FROM v CROSS JOIN LATERAL (SELECT i.staff_ids FROM interviews i
      WHERE i.case_id = v.id AND i.voided_at IS NULL AND i.held_at >= ${start} AND i.held_at < ${end} OFFSET 0) i
  UNION ALL
  SELECT unnest(o.staff_ids), v.center_id, 'outreach'
    FROM v CROSS JOIN LATERAL (SELECT o.staff_ids FROM outreach_visits o
      WHERE o.case_id = v.id AND o.voided_at IS NULL AND o.visited_at >= ${start} AND o.visited_at < ${end} OFFSET 0) o
  UNION ALL
  SELECT a.created_by, v.center_id, 'attendance'
    FROM v CROSS JOIN LATERAL (SELECT a.created_by FROM attendances a JOIN program_sessions s ON s.id = a.session_id
      WHERE a.case_id = v.id AND a.voided_at IS NULL AND s.voided_at IS NULL AND s.held_on BETWEEN ${F}::date AND ${T}::date OFFSET 0) a
),
seconds AS MATERIALIZED (
  SELECT sc.user_id, cm.center_id FROM cm
   CROSS JOIN LATERAL (SELECT s.user_id FROM case_second_coordinators s WHERE s.case_id = cm.id OFFSET 0) sc
   WHERE cm.open_end
)
SELECT p.id, p.name,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end)::int AS lead_cases,
  (SELECT count(*) FROM seconds sc WHERE ${secondOwner} = p.id)::int AS second_cases,
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
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.is8050)::int AS cases8050,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.assessment_due_on < ${T}::date)::int AS assessments_overdue,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end
      AND cm.assessment_due_on BETWEEN ${T}::date AND ${T}::date + ${ASSESSMENT_SOON_DAYS}::int)::int AS assessments_due_soon,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.assessment_due_on IS NULL)::int AS not_assessed,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.plan_review_on < ${T}::date)::int AS plan_reviews_overdue,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end
      AND cm.plan_review_on BETWEEN ${T}::date AND ${T}::date + ${ASSESSMENT_SOON_DAYS}::int)::int AS plan_reviews_due_soon,
  (SELECT count(*) FROM cm WHERE ${owner} = p.id AND cm.open_end AND cm.plan_review_on IS NULL)::int AS no_plan
FROM people p
ORDER BY p.sort_name, p.id`;
}
