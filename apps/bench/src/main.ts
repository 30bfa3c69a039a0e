/* Benchmark: seeds a national-scale dataset, loads the running API's busiest endpoints with
 * concurrent clients, and runs the same SQL directly through pg in the same run, as a ratio.
 *   npm run bench -- --scale 1 --seconds 10 --connections 32 --import-cases 10000
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { hashPassword } from '@tsunagu/api-users';
import { Client, Pool } from 'pg';
import { fiscalYear, japanDate } from '@tsunagu/contracts';
import { activitySql, caseloadSql } from '@tsunagu/api-reports';
import { sql, type Sql } from '@tsunagu/api-database';
import { login, startApiServer } from '@tsunagu/testing';
import { Figures, loadHttp, loadPg } from './measure';
import { countsAt, seed } from './seed';
import { measureImport, type ImportFigures } from './import';

/** `--name value` or `--name=value` (as Nx forwards it), else BENCH_NAME, else the default. */
const arg = (name: string, fallback: string) => {
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase()}`] ?? fallback);
};
const scale = Number(arg('scale', '1'));
const seconds = Number(arg('seconds', '10'));
const connections = Number(arg('connections', '32'));
const importCases = Number(arg('import-cases', '10000'));
const out = arg('out', 'test-output/bench/results.md');
const keep = process.argv.includes('--keep');
const PASSWORD = 'bench-password-2026';
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Row {
  name: string;
  target: string;
  connections: number;
  api: Figures;
  pg: Figures;
}

async function main() {
  const started = Date.now();
  log(`Tsunagu benchmark: scale ${scale}, ${seconds} s per endpoint, ${connections} connections; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  const server = await startApiServer({ LOG_LEVEL: 'warn', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  const db = new Client({ connectionString: server.database.url });
  await db.connect();
  // The same session settings as the API's pool (libs/api/database dataSourceOptions).
  const pool = new Pool({ connectionString: server.database.url, max: connections, options: '-c timezone=UTC -c jit=off' });
  try {
    const counts = countsAt(scale);
    log(`Seeding ${JSON.stringify(counts)}`);
    const t = Date.now();
    await seed(db, counts, await hashPassword(PASSWORD), log);
    const seedSeconds = (Date.now() - t) / 1000;
    log(`Seeded in ${seedSeconds.toFixed(1)} s`);

    const [center] = (await db.query(`SELECT id, code FROM centers ORDER BY code LIMIT 1`)).rows;
    const coordEmail = `${center.code.toLowerCase()}.coordinator1@bench.tsunagu.example`;
    const supEmail = `${center.code.toLowerCase()}.supervisor1@bench.tsunagu.example`;
    const coord = await login(server.baseUrl, coordEmail, PASSWORD);
    const sup = await login(server.baseUrl, supEmail, PASSWORD);
    const { rows: sizes } = await db.query(
      `SELECT (SELECT count(*) FROM cases WHERE center_id = $1)::int AS center_cases,
              (SELECT count(*) FROM cases WHERE lead_coordinator_id = $2)::int AS coordinator_cases`,
      [center.id, coord.id],
    );
    const [busy] = (
      await db.query(
        `SELECT c.id, count(*)::int AS n FROM cases c JOIN interviews i ON i.case_id = c.id
          WHERE c.lead_coordinator_id = $1 GROUP BY c.id ORDER BY count(*) DESC LIMIT 1`,
        [coord.id],
      )
    ).rows;
    log(`Center ${center.code}: ${sizes[0].center_cases} cases; coordinator leads ${sizes[0].coordinator_cases}; timeline case has ${busy.n} interviews`);

    const today = japanDate();
    const monthStart = `${today.slice(0, 7)}-01`;
    const userLookup = (p: Pool, id: string) => p.query(`SELECT * FROM users WHERE id = $1 AND active`, [id]);
    const scope = sql`SELECT c.* FROM cases c WHERE c.voided_at IS NULL AND c.center_id = ${center.id} AND c.merged_into_id IS NULL`;
    const inquiries = sql`SELECT * FROM inquiries WHERE center_id = ${center.id}`;
    const period = { from: monthStart, to: today };
    const query = (p: Pool, statement: Sql) => p.query(statement.toQuery().text, statement.toQuery().params);
    const rows: Row[] = [];
    const run = async (name: string, target: string, conns: number, http: Parameters<typeof loadHttp>[1], direct: (p: Pool) => Promise<unknown>) => {
      log(`- ${name}`);
      const api = await loadHttp(server.baseUrl, http, conns, seconds);
      const pg = await loadPg(pool, direct, conns, seconds);
      rows.push({ name, target, connections: conns, api, pg });
      log(`  API p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms, ${api.rps.toFixed(0)} req/s (${api.errors} errors) | pg p95 ${pg.p95} ms, ${pg.rps.toFixed(0)}/s`);
    };

    await run(
      'Case list (coordinator, active, newest first, page of 25)',
      'p95 ≤ 20 ms; ≥ 60 % of pg throughput',
      connections,
      { path: `/api/cases?filter=${encodeURIComponent('{"status":"active"}')}&sort=${encodeURIComponent('["updatedAt","DESC"]')}&range=[0,24]`, token: coord.token },
      async (p) => {
        await userLookup(p, coord.id);
        await p.query(
          `SELECT c.*,
                  coalesce((SELECT array_agg(s.user_id ORDER BY s.user_id) FROM case_second_coordinators s WHERE s.case_id = c.id), '{}') AS second_ids,
                  EXISTS (SELECT 1 FROM family_members f WHERE f.case_id = c.id AND f.voided_at IS NULL AND f.lives_with_client
                          AND f.relationship IN ('mother', 'father') AND f.birth_year <= $3) AS elderly_parent_at_home,
                  count(*) OVER () AS __total
             FROM cases c
            WHERE c.voided_at IS NULL AND c.center_id = $1
              AND (c.lead_coordinator_id = $2 OR EXISTS (SELECT 1 FROM case_second_coordinators scope_sc WHERE scope_sc.case_id = c.id AND scope_sc.user_id = $2))
              AND c.status = 'active'
            ORDER BY c.updated_at DESC, c.id DESC LIMIT 25`,
          [center.id, coord.id, Number(today.slice(0, 4)) - 70],
        );
      },
    );

    await run(
      'Case timeline (newest 25 entries)',
      'p95 ≤ 30 ms',
      connections,
      { path: `/api/cases/${busy.id}/timeline?range=[0,24]`, token: coord.token },
      async (p) => {
        await userLookup(p, coord.id);
        await p.query(`SELECT * FROM cases c WHERE c.id = $1 AND c.voided_at IS NULL AND c.center_id = $2 AND (c.lead_coordinator_id = $3 OR EXISTS (SELECT 1 FROM case_second_coordinators s WHERE s.case_id = c.id AND s.user_id = $3))`, [busy.id, center.id, coord.id]);
        await p.query(
          `SELECT t.*, count(*) OVER () AS total FROM (
             SELECT 'interview:' || i.id, 'interview', i.held_at, i.id, i.method, NULL, i.summary, i.confidential_note, i.created_by, i.next_contact_on FROM interviews i WHERE i.case_id = $1 AND i.voided_at IS NULL
             UNION ALL SELECT 'outreach_visit:' || o.id, 'outreach_visit', o.visited_at, o.id, o.outcome, o.location, o.summary, o.confidential_note, o.created_by, o.next_contact_on FROM outreach_visits o WHERE o.case_id = $1 AND o.voided_at IS NULL
             UNION ALL SELECT 'attendance:' || a.id, 'attendance', a.created_at, a.id, p.kind, p.name, s.topic, NULL, a.created_by, NULL::date FROM attendances a JOIN program_sessions s ON s.id = a.session_id JOIN programs p ON p.id = s.program_id WHERE a.case_id = $1 AND a.voided_at IS NULL
             UNION ALL SELECT 'consent_given:' || k.id, 'consent_given', k.created_at, k.id, k.purpose, k.given_by, NULL, NULL, k.created_by, NULL::date FROM consents k WHERE k.case_id = $1 AND k.voided_at IS NULL
             UNION ALL SELECT 'status_change:' || sc.id, 'status_change', sc.changed_at, sc.id, sc.to_status, sc.from_status, sc.closure_reason, NULL, sc.changed_by, NULL::date FROM case_status_changes sc WHERE sc.case_id = $1
             UNION ALL SELECT 'referral:' || st.id, 'referral', st.at, r.id, st.status, ag.name, r.reason, NULL, st.by_user_id, NULL::date FROM referral_steps st JOIN referrals r ON r.id = st.referral_id JOIN agencies ag ON ag.id = r.agency_id WHERE r.case_id = $1 AND r.voided_at IS NULL
           ) AS t(id, kind, at, record_id, detail, title, summary, confidential_note, created_by, next_contact_on)
           ORDER BY t.at DESC, t.id DESC LIMIT 25 OFFSET 0`,
          [busy.id],
        );
      },
    );

    // A report is one supervisor waiting for one answer: measured one at a time, and before the
    // write load below adds thousands of today's records to the measured center.
    const reportConns = 1;
    await run(
      'Caseload report (supervisor, this month)',
      '≤ 100 ms',
      reportConns,
      { path: `/api/reports/caseload?from=${monthStart}&to=${today}`, token: sup.token },
      async (p) => {
        await userLookup(p, sup.id);
        const people = sql`SELECT u.id, u.name, u.sort_name FROM users u WHERE u.center_id = ${center.id} AND u.role IN ('coordinator', 'supervisor') AND (u.active OR EXISTS (SELECT 1 FROM cases c WHERE c.lead_coordinator_id = u.id AND c.voided_at IS NULL))`;
        await query(p, caseloadSql(scope, people, 'person', period));
      },
    );
    await run(
      'Monthly activity report (supervisor, this month)',
      '≤ 100 ms',
      reportConns,
      { path: `/api/reports/activity?from=${monthStart}&to=${today}`, token: sup.token },
      async (p) => {
        await userLookup(p, sup.id);
        await query(p, activitySql(scope, inquiries, period));
      },
    );
    const fiscalStart = `${fiscalYear(today)}-04-01`;
    await run(
      'Activity report with consultations (supervisor, fiscal year so far)',
      '≤ 300 ms',
      reportConns,
      { path: `/api/reports/activity?from=${fiscalStart}&to=${today}`, token: sup.token },
      async (p) => {
        await userLookup(p, sup.id);
        await query(p, activitySql(scope, inquiries, { from: fiscalStart, to: today }));
      },
    );

    // Many coordinators log at once, each to one of their own cases: spread over the coordinator's cases.
    const myCases: string[] = (await db.query(`SELECT id FROM cases WHERE lead_coordinator_id = $1`, [coord.id])).rows.map((r) => r.id);
    const anyCase = () => myCases[Math.floor(Math.random() * myCases.length)];
    const interviewBody = () => JSON.stringify({ caseId: anyCase(), method: 'phone', durationMinutes: 10, summary: '母より電話。変わりなし。', nextContactOn: today });
    await run(
      'Log an interview (POST, one transaction with its audit entry)',
      '≥ 400 per second',
      connections,
      { method: 'POST', path: '/api/interviews', token: coord.token, body: interviewBody },
      async (p) => {
        await userLookup(p, coord.id);
        const client = await p.connect();
        const caseId = anyCase();
        try {
          await client.query('BEGIN');
          await client.query(`SELECT * FROM cases c WHERE c.id = $1 AND c.voided_at IS NULL AND c.center_id = $2 AND (c.lead_coordinator_id = $3 OR EXISTS (SELECT 1 FROM case_second_coordinators s WHERE s.case_id = c.id AND s.user_id = $3)) FOR SHARE OF c`, [caseId, center.id, coord.id]);
          await client.query(`SELECT count(*)::int FROM users WHERE id = ANY($1) AND center_id = $2 AND active`, [[coord.id], center.id]);
          const ins = await client.query(
            `INSERT INTO interviews (case_id, staff_ids, summary, duration_minutes, next_contact_on, created_by, held_at, method, participants)
             VALUES ($1, $2, $3, 10, $4, $5, now(), 'phone', '{}') RETURNING *`,
            [caseId, [coord.id], '母より電話。変わりなし。', today, coord.id],
          );
          await client.query(`INSERT INTO audit_logs (user_id, center_id, action, entity, entity_id, case_id) VALUES ($1, $2, 'create', 'interview', $3, $4)`, [coord.id, center.id, ins.rows[0].id, caseId]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
    );

    const inquiryBody = () => JSON.stringify({ method: 'phone', callerType: 'family', callerRelationship: 'mother', personAgeBand: '30s', route: 'web_search', concerns: ['withdrawal'], summary: '母より電話。息子が3年ほど部屋から出ない。', durationMinutes: 15 });
    await run(
      'Log a first contact (POST, new chain, one transaction with its audit entry)',
      '≥ 400 per second',
      connections,
      { method: 'POST', path: '/api/inquiries', token: coord.token, body: inquiryBody },
      async (p) => {
        await userLookup(p, coord.id);
        const client = await p.connect();
        try {
          await client.query('BEGIN');
          const chain = await client.query(`INSERT INTO inquiry_chains (center_id) VALUES ($1) RETURNING *`, [center.id]);
          const ins = await client.query(
            `INSERT INTO inquiries (center_id, chain_id, received_at, method, duration_minutes, caller_type, caller_relationship, person_age_band, route, concerns, summary, outcome, created_by)
             VALUES ($1, $2, now(), 'phone', 15, 'family', 'mother', '30s', 'web_search', ARRAY['withdrawal'], $3, 'informed', $4) RETURNING *`,
            [center.id, chain.rows[0].id, '母より電話。息子が3年ほど部屋から出ない。', coord.id],
          );
          await client.query(`INSERT INTO audit_logs (user_id, center_id, action, entity, entity_id) VALUES ($1, $2, 'create', 'inquiry', $3)`, [coord.id, center.id, ins.rows[0].id]);
          await client.query(
            `SELECT i.*, ch.case_id AS chain_case_id, (SELECT count(*)::int FROM inquiries s WHERE s.chain_id = i.chain_id AND s.voided_at IS NULL) AS chain_size
               FROM inquiries i JOIN inquiry_chains ch ON ch.id = i.chain_id WHERE i.id = $1 AND i.voided_at IS NULL AND i.center_id = $2`,
            [ins.rows[0].id, center.id],
          );
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
    );

    log(`- Import a spreadsheet (supervisor): upload with dry run, then commit`);
    const imported = await measureImport(server.baseUrl, server.pid, sup, coordEmail, importCases);
    log(`  dry run ${imported.dryRunSeconds.toFixed(1)} s, commit ${imported.commitSeconds.toFixed(1)} s, API memory ${imported.baselineRssMb} MB before, peak ${imported.peakRssMb} MB`);

    const report = markdown(rows, imported, counts, seedSeconds, sizes[0], busy.n, (Date.now() - started) / 1000);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, report);
    log(`\n${report}\nWritten to ${out}`);
    if (rows.some((r) => r.api.errors > 0 || r.api.requests === 0)) {
      throw new Error('Some requests failed during the benchmark');
    }
  } finally {
    await pool.end();
    await db.end();
    await server.stop(keep);
    if (keep) log(`Database kept: ${server.database.url}`);
  }
}

function markdown(rows: Row[], imported: ImportFigures, counts: ReturnType<typeof countsAt>, seedSeconds: number, sizes: { center_cases: number; coordinator_cases: number }, timelineSize: number, totalSeconds: number): string {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const lines = [
    `Scale ${scale}: ${counts.centers} centers, ${counts.cases} cases, ${counts.interviews + counts.outreachVisits + counts.attendances} contact records (requested), ${counts.inquiries} first contacts, ${counts.auditLogs} audit rows; seeded in ${seedSeconds.toFixed(0)} s.`,
    `Measured center: ${sizes.center_cases} cases; the coordinator leads ${sizes.coordinator_cases}; the timeline case has ${timelineSize} interviews. ${seconds} s per endpoint and side; run took ${totalSeconds.toFixed(0)} s.`,
    '',
    '| endpoint | target | conc. | API p50 | API p95 | API p99 | API req/s | pg p95 | pg req/s | API/pg throughput |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.target} | ${r.connections} | ${f(r.api.p50)} ms | ${f(r.api.p95)} ms | ${f(r.api.p99)} ms | ${r.api.rps.toFixed(0)} | ${f(r.pg.p95)} ms | ${r.pg.rps.toFixed(0)} | ${((100 * r.api.rps) / Math.max(r.pg.rps, 1)).toFixed(0)} % |`,
    ),
    '',
    `Spreadsheet import (one supervisor, an .xlsx of ${imported.cases} cases and ${imported.contacts} contacts, ${(imported.fileBytes / 2 ** 20).toFixed(1)} MB):`,
    '',
    '| step | target | measured |',
    '|---|---|---:|',
    `| Upload and dry run (every row read, normalised, validated, checked for duplicates) | ≤ 30 s | ${imported.dryRunSeconds.toFixed(1)} s |`,
    `| Commit (${imported.created.cases} cases and ${imported.created.contacts} interviews in one transaction) | ≤ 60 s | ${imported.commitSeconds.toFixed(1)} s |`,
    `| API process peak resident memory during both (${imported.baselineRssMb} MB before the upload) | < 500 MB | ${imported.peakRssMb} MB |`,
  ];
  return lines.join('\n') + '\n';
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
