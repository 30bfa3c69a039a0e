import { ASSESSMENT_DOMAINS } from '@tsunagu/contracts';
import type { Client } from 'pg';

export interface SeedCounts {
  centers: number;
  users: number;
  cases: number;
  familyMembers: number;
  consents: number;
  interviews: number;
  outreachVisits: number;
  attendances: number;
  referrals: number;
  auditLogs: number;
  inquiries: number;
  conferences: number;
}

/** Row counts at `scale` (1 = the national-scale default: 200 centers, 300k cases, 5M contact records). */
export function countsAt(scale: number): SeedCounts {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  const contacts = n(5_000_000);
  return {
    centers: Math.max(2, n(200)),
    users: 0,
    cases: n(300_000),
    familyMembers: n(450_000),
    consents: n(420_000),
    interviews: Math.round(contacts * 0.85),
    outreachVisits: Math.round(contacts * 0.1),
    attendances: Math.round(contacts * 0.05),
    referrals: n(60_000),
    auditLogs: n(2_000_000),
    // 相談受付: some 300 first contacts a year per center, over ten years.
    inquiries: n(600_000),
    // ケース会議: about two a month per center over three years.
    conferences: n(14_400),
  };
}

/**
 * Generates a realistic national dataset inside PostgreSQL itself (INSERT ... SELECT over
 * generate_series: no round trips per row). Each center has a supervisor, three coordinators and
 * a staff member; cases are spread over centers and coordinators; contact records over ten years.
 * The administrator is added by seedAdmin. The benchmark seeds it at full scale; the tests of the
 * national reports at a small one.
 */
export async function seedNational(db: Client, c: SeedCounts, passwordHash: string, log: (line: string) => void): Promise<void> {
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = Date.now();
    const res = await db.query(sql, params);
    log(`  ${label}: ${res.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  await db.query(`SELECT setseed(0.42)`);
  await db.query(`SET synchronous_commit = off`);
  await step('centers', `INSERT INTO centers (name, code) SELECT 'ベンチ' || g || '市ひきこもり地域支援センター', 'C' || lpad(g::text, 4, '0') FROM generate_series(1, $1) g`, [c.centers]);
  await step(
    'users',
    `INSERT INTO users (email, name, role, center_id, password_hash)
     SELECT lower(ce.code) || '.' || r.role || r.k || '@bench.tsunagu.example', r.role || ' ' || r.k || ' ' || ce.code, r.role, ce.id, $1
       FROM centers ce
       CROSS JOIN (VALUES ('supervisor', 1), ('coordinator', 1), ('coordinator', 2), ('coordinator', 3), ('staff', 1)) AS r(role, k)`,
    [passwordHash],
  );
  await step(
    'cases',
    `WITH ce AS (SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS i FROM centers),
          co AS (SELECT u.id, u.center_id, row_number() OVER (PARTITION BY u.center_id ORDER BY u.email) - 1 AS k FROM users u WHERE u.role = 'coordinator'),
          g AS (SELECT g, (g % $2) AS ci, (g / $2) AS seq, current_date - (random() * 3650)::int AS opened FROM generate_series(0, $1 - 1) g)
     INSERT INTO cases (center_id, case_number, status, lead_coordinator_id, client_name, client_name_kana, search_name, search_kana,
                        birth_year, sex, municipality, hikikomori_since, referral_route, support_stage, risk_flags, client_contact,
                        client_aware, opened_on, closed_on, closure_reason)
     SELECT ce.id, ce.code || '-' || lpad(g.seq::text, 6, '0'),
            s.status, co.id, '利用者' || g.g, 'リヨウシャ' || g.g, '利用者' || g.g, 'リヨウシャ' || g.g,
            CASE WHEN random() < 0.9 THEN 1960 + (random() * 45)::int END,
            (ARRAY['male', 'male', 'female', 'other', 'unknown'])[1 + (random() * 4)::int],
            '市' || (g.g % 30),
            CASE WHEN random() < 0.8 THEN to_char(g.opened - (random() * 7300)::int, 'YYYY-MM') END,
            'family', 'individual_support',
            CASE WHEN random() < 0.1 THEN ARRAY['financial_hardship'] ELSE '{}' END,
            (ARRAY['none', 'indirect', 'direct'])[1 + (random() * 2)::int], NULL,
            g.opened,
            CASE WHEN s.status = 'closed' THEN least(current_date, g.opened + 30 + (random() * 700)::int) END,
            CASE WHEN s.status = 'closed' THEN 'goal_reached' END
       FROM g
       JOIN ce ON ce.i = g.ci
       JOIN co ON co.center_id = ce.id AND co.k = g.g % 3
       CROSS JOIN LATERAL (SELECT (ARRAY['active', 'active', 'active', 'paused', 'intake', 'closed', 'closed'])[1 + (random() * 6)::int] AS status) s`,
    [c.cases, c.centers],
  );
  await step(
    'second coordinators',
    `INSERT INTO case_second_coordinators (case_id, user_id)
     SELECT c.id, u.id FROM cases c JOIN users u ON u.center_id = c.center_id AND u.role = 'coordinator' AND u.id <> c.lead_coordinator_id
      WHERE hashtext(c.id::text || u.id::text) % 10 = 0`,
  );
  await step(
    'status history',
    `INSERT INTO case_status_changes (case_id, from_status, to_status, closure_reason, changed_on)
     SELECT id, NULL, 'intake', NULL, opened_on FROM cases
     UNION ALL SELECT id, 'active', 'closed', closure_reason, closed_on FROM cases WHERE status = 'closed'`,
  );
  await step(
    'family members',
    `INSERT INTO family_members (case_id, relationship, name, birth_year, lives_with_client, main_consulter)
     SELECT c.id, (ARRAY['mother', 'father', 'sibling'])[1 + (g.k % 3)], '家族' || g.k, 1935 + (random() * 40)::int, random() < 0.8, g.k = 0
       FROM (SELECT id, row_number() OVER () AS rn FROM cases) c
       JOIN LATERAL (SELECT k FROM generate_series(0, 2) k) g ON g.k < 1 + (c.rn % 2)
      LIMIT $1`,
    [c.familyMembers],
  );
  await step(
    'consents',
    `INSERT INTO consents (case_id, given_by, family_member_id, purpose, method, given_on)
     SELECT f.case_id, 'family', f.id, (ARRAY['consultation', 'outreach'])[1 + (f.rn % 2)::int], 'written', c.opened_on
       FROM (SELECT id, case_id, row_number() OVER () AS rn FROM family_members) f JOIN cases c ON c.id = f.case_id
      LIMIT $1`,
    [c.consents],
  );
  await step(
    'programs and sessions',
    `WITH p AS (INSERT INTO programs (center_id, name, kind) SELECT id, '家族教室', 'family_class' FROM centers RETURNING id)
     INSERT INTO program_sessions (program_id, held_on, topic) SELECT p.id, current_date - k * 14, '第' || k || '回' FROM p, generate_series(1, 120) k`,
  );
  const contactsSql = (table: string, extra: string, extraValues: string) => `
     WITH c AS (SELECT id, lead_coordinator_id, opened_on, row_number() OVER (ORDER BY id) - 1 AS rn FROM cases)
     INSERT INTO ${table} (case_id, staff_ids, summary, duration_minutes, next_contact_on, created_by, ${extra})
     SELECT c.id, ARRAY[c.lead_coordinator_id], '支援経過の記録 ' || g, 30, CASE WHEN random() < 0.3 THEN at::date + 14 END, c.lead_coordinator_id, ${extraValues}
       FROM generate_series(0, $1 - 1) g
       JOIN c ON c.rn = (hashtext(g::text) & 2147483647) % $2
       CROSS JOIN LATERAL (SELECT greatest(c.opened_on::timestamptz, now() - random() * interval '3650 days') AS at) t`;
  await step('interviews', contactsSql('interviews', 'held_at, method, participants', `at, (ARRAY['phone', 'phone', 'in_person', 'online', 'email', 'sns', 'accompanied'])[1 + (g % 7)], ARRAY['family']`), [c.interviews, c.cases]);
  await step(
    'outreach visits',
    contactsSql('outreach_visits', 'visited_at, outcome, consent_id', `at, (ARRAY['met_client', 'met_family', 'no_answer', 'letter_left'])[1 + (g % 4)], (SELECT k.id FROM consents k WHERE k.case_id = c.id AND k.voided_at IS NULL LIMIT 1)`)
      .replace('JOIN c ON', 'JOIN c ON EXISTS (SELECT 1 FROM consents k WHERE k.case_id = c.id AND k.voided_at IS NULL) AND'),
    [c.outreachVisits, c.cases],
  );
  await step(
    'attendances',
    `WITH s AS (SELECT s.id, p.center_id, row_number() OVER (PARTITION BY p.center_id ORDER BY s.held_on) - 1 AS k FROM program_sessions s JOIN programs p ON p.id = s.program_id),
          c AS (SELECT id, center_id, lead_coordinator_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM cases)
     INSERT INTO attendances (session_id, case_id, attendee, created_by)
     SELECT DISTINCT ON (s.id, c.id) s.id, c.id, 'client', c.lead_coordinator_id
       FROM generate_series(0, $1 - 1) g
       JOIN c ON c.rn = (hashtext('a' || g) & 2147483647) % $2
       JOIN s ON s.center_id = c.center_id AND s.k = g % 120`,
    [c.attendances, c.cases],
  );
  await step(
    'agencies and referrals',
    `WITH a AS (INSERT INTO agencies (center_id, name, type) SELECT id, 'サポステ', 'youth_support_station' FROM centers RETURNING id, center_id)
     INSERT INTO referrals (case_id, agency_id, subject, reason, status, planned_on, referred_on, responsible_user_id)
     SELECT c.id, a.id, 'client', '就労相談', (ARRAY['planned', 'referred', 'accepted', 'completed'])[1 + (g % 4)], c.opened_on,
            CASE WHEN g % 4 > 0 THEN c.opened_on + 7 END, c.lead_coordinator_id
       FROM generate_series(0, $1 - 1) g
       JOIN (SELECT id, center_id, opened_on, lead_coordinator_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM cases) c ON c.rn = g
       JOIN a ON a.center_id = c.center_id`,
    [c.referrals],
  );
  await step(
    'audit log',
    `INSERT INTO audit_logs (at, user_id, center_id, action, entity, entity_id, case_id)
     SELECT now() - random() * interval '3650 days', c.lead_coordinator_id, c.center_id, (ARRAY['read', 'create', 'update'])[1 + (g % 3)], 'case', c.id, c.id
       FROM generate_series(0, $1 - 1) g
       JOIN (SELECT id, center_id, lead_coordinator_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM cases) c
         ON c.rn = g % $2`,
    [c.auditLogs, c.cases],
  );
  // First contacts: about ten for every seven chains (repeat callers); one chain in twenty became a case.
  await step(
    'inquiry chains',
    `WITH ce AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM centers)
     INSERT INTO inquiry_chains (center_id) SELECT ce.id FROM generate_series(0, $1 - 1) g JOIN ce ON ce.i = g % $2`,
    [Math.ceil(c.inquiries * 0.7), c.centers],
  );
  await step(
    'inquiries',
    `WITH ch AS (SELECT id, center_id, row_number() OVER (ORDER BY id) - 1 AS rn FROM inquiry_chains),
          u AS (SELECT DISTINCT ON (center_id) id, center_id FROM users WHERE role = 'coordinator' ORDER BY center_id, email)
     INSERT INTO inquiries (center_id, chain_id, received_at, method, duration_minutes, caller_type, caller_relationship, nickname,
                            person_age_band, person_municipality, route, concerns, summary, outcome, created_by)
     SELECT ch.center_id, ch.id, now() - random() * interval '3650 days', (ARRAY['phone', 'phone', 'phone', 'visit', 'email'])[1 + (g % 5)], 20,
            (ARRAY['family', 'family', 'family', 'self', 'agency'])[1 + (g % 5)], CASE WHEN g % 5 < 3 THEN 'mother' END,
            CASE WHEN g % 3 = 0 THEN '相談者' || ch.rn END,
            (ARRAY['10s', '20s', '30s', '40s', '50s', 'unknown'])[1 + (g % 6)], '市' || (g % 30),
            (ARRAY['web_search', 'municipal_office', 'public_health_center', 'family_association'])[1 + (g % 4)],
            ARRAY['withdrawal'], '初回の電話相談 ' || g, 'informed', u.id
       FROM generate_series(0, $1 - 1) g
       JOIN ch ON ch.rn = (g * 7) / 10
       JOIN u ON u.center_id = ch.center_id`,
    [c.inquiries],
  );
  await step(
    'inquiry chains that became cases',
    `WITH ch AS (SELECT id, center_id, row_number() OVER (PARTITION BY center_id ORDER BY id) AS k FROM inquiry_chains),
          cs AS (SELECT id, center_id, opened_on, row_number() OVER (PARTITION BY center_id ORDER BY id) AS k FROM cases)
     UPDATE inquiry_chains t SET case_id = cs.id, converted_at = cs.opened_on::timestamptz
       FROM ch JOIN cs ON cs.center_id = ch.center_id AND cs.k = ch.k / 20
      WHERE t.id = ch.id AND ch.k % 20 = 0`,
  );
  // The support process: seven cases in ten assessed a month after intake, half of those again
  // later; half the cases with a plan in force (reviewed once in four in ten), each reviewed half a
  // year after it was agreed; conferences discussing one to three cases of their center.
  const ratings = `jsonb_build_object(${ASSESSMENT_DOMAINS.map((d) => `'${d}', jsonb_build_object('score', 1 + (hashtext(c.id::text || '${d}') & 3), 'note', NULL)`).join(', ')})`;
  await step(
    'assessments',
    `WITH c AS (SELECT id, lead_coordinator_id, opened_on FROM cases WHERE (hashtext(id::text) & 1023) < 717 AND opened_on + 30 <= current_date)
     INSERT INTO assessments (case_id, assessed_on, assessor_id, ratings, strengths, wishes, created_by)
     SELECT c.id, d.day, c.lead_coordinator_id, ${ratings}, '絵を描くことが好き', '外に出てみたい', c.lead_coordinator_id
       FROM c CROSS JOIN LATERAL (
         SELECT c.opened_on + 30 AS day
         UNION ALL
         SELECT c.opened_on + 30 + (random() * (current_date - c.opened_on - 30))::int WHERE (hashtext(c.id::text || 'again') & 1) = 0) d`,
  );
  await step(
    'support plans',
    `INSERT INTO support_plans (case_id, agreed_on, agreed_how, review_on, goals, created_by)
     SELECT c.id, d.day, 'with_client', d.day + 180,
            jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'goal', '週に一度は外に出たい', 'steps', '夜の散歩から', 'actors', jsonb_build_array('client', 'center'),
                                                 'agencyId', NULL, 'targetOn', NULL, 'result', NULL, 'resultNote', NULL)),
            c.lead_coordinator_id
       FROM cases c CROSS JOIN LATERAL (SELECT c.opened_on + 45 + (random() * greatest(current_date - c.opened_on - 45, 0))::int AS day) d
      WHERE (hashtext(c.id::text || 'plan') & 1) = 0 AND c.opened_on + 45 <= current_date`,
  );
  await step(
    'support plan reviews',
    `INSERT INTO support_plan_reviews (plan_id, reviewed_on, due_on, reviewed_by)
     SELECT p.id, least(p.review_on - 15 + (random() * 40)::int, current_date), p.review_on, p.created_by
       FROM support_plans p WHERE (hashtext(p.id::text) & 1023) < 410 AND p.review_on - 15 <= current_date`,
  );
  await step(
    'case conferences',
    `WITH ce AS (SELECT id, row_number() OVER (ORDER BY code) - 1 AS i FROM centers),
          sup AS (SELECT DISTINCT ON (center_id) id, center_id FROM users WHERE role = 'supervisor' ORDER BY center_id, email)
     INSERT INTO case_conferences (center_id, held_on, kind, title, internal_attendee_ids, outside_attendees, categories, created_by)
     SELECT ce.id, current_date - (random() * 1095)::int, (ARRAY['internal', 'internal', 'welfare_act_meeting', 'consent_based'])[1 + (g % 4)], '支援会議 ' || g,
            ARRAY[sup.id],
            CASE WHEN g % 4 > 1 THEN jsonb_build_array(jsonb_build_object('name', '山本 和子', 'agencyId', ag.id, 'role', '相談員', 'pledgedOn', NULL)) ELSE '[]'::jsonb END,
            CASE WHEN g % 4 > 1 THEN ARRAY['basic'] ELSE '{}' END, sup.id
       FROM generate_series(0, $1 - 1) g JOIN ce ON ce.i = g % $2 JOIN sup ON sup.center_id = ce.id
       JOIN LATERAL (SELECT a.id FROM agencies a WHERE a.center_id = ce.id LIMIT 1) ag ON true`,
    [c.conferences, c.centers],
  );
  await step(
    'cases discussed',
    `WITH k AS (SELECT id, center_id, held_on, row_number() OVER (PARTITION BY center_id ORDER BY id) - 1 AS j FROM case_conferences),
          cs AS (SELECT id, center_id, opened_on, row_number() OVER (PARTITION BY center_id ORDER BY id) - 1 AS j, count(*) OVER (PARTITION BY center_id) AS n FROM cases)
     INSERT INTO case_conference_cases (conference_id, case_id, decision)
     SELECT DISTINCT ON (k.id, cs.id) k.id, cs.id, '次回までに本人の希望を聞く'
       FROM k CROSS JOIN generate_series(0, (hashtext(k.id::text) & 1) + 1) x
       JOIN cs ON cs.center_id = k.center_id AND cs.j = (k.j * 3 + x) % cs.n`,
  );
  // As the API's job does each minute: the counts kept per day, folded from the deltas the writes appended.
  await step('contact counts folded', `SELECT fold_contact_day_deltas()`);
  // The planner's statistics come from the VACUUM (ANALYZE) that follows (main.ts), as on a live system.
}

/** The administrator who reads the national figures (users.role 'admin' has no center). */
export const BENCH_ADMIN_EMAIL = 'admin1@bench.tsunagu.example';

/**
 * Adds the administrator; left as it is when there (a database kept from an earlier run), and added
 * to one seeded before the benchmark had an administrator.
 */
export async function seedAdmin(db: Client, passwordHash: string): Promise<void> {
  await db.query(
    `INSERT INTO users (email, name, role, center_id, password_hash) VALUES ($1, 'admin 1', 'admin', NULL, $2) ON CONFLICT (email) DO NOTHING`,
    [BENCH_ADMIN_EMAIL, passwordHash],
  );
}
