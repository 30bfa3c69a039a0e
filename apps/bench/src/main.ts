/* Benchmark: seeds a national-scale dataset, loads the running API's busiest endpoints with
 * concurrent clients, and runs the same SQL directly through pg in the same run, as a ratio.
 *   npm run bench -- --scale 1 --seconds 10 --connections 32 --import-cases 10000
 *
 * Options (each also as an environment variable BENCH_<NAME>, e.g. BENCH_IMPORT_CASES=1000):
 *   --scale n              size of the seeded dataset; 1 = 200 centers, 300k cases, 5M contact records
 *   --seconds n            load per endpoint and side (API, pg), in total (default 10)
 *   --rounds n             the sides take turns in this many rounds of seconds/rounds each, so that
 *                          whatever else the machine does hits both alike (default 4)
 *   --connections n        concurrent clients of the lists and the writes (default 32); a report is
 *                          one person waiting for one answer, so reports are asked one at a time
 *   --import-cases n       cases in the imported workbook (default 10000: a large center)
 *   --import-contacts n    past contacts per imported case (default 3; at most 50,000 rows a sheet)
 *   --out file             the markdown table (default test-output/bench/results.md)
 *   --keep                 keep the database at the end; its name is printed (useful with a server
 *                          of your own, TEST_DATABASE_URL: `npm run bench` alone starts an embedded
 *                          PostgreSQL for the run and removes it afterwards, database and all)
 *   --reuse-database name  measure on a database an earlier `--keep` run seeded (e.g. after a code
 *                          change, without seeding again): no seeding, never dropped. The API brings
 *                          its schema forward as it starts (its migrations). What earlier runs wrote
 *                          (logged interviews and first contacts, imported cases) stays in it.
 *   --vacuum               with --reuse-database: VACUUM (ANALYZE) it first (a fresh seed always is)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { hashPassword } from '@tsunagu/api-users';
import { Client, Pool, type PoolClient } from 'pg';
import { fiscalYear, japanDate, TIMELINE_KINDS } from '@tsunagu/contracts';
import { activitySql, caseloadSql, REPORT_CASE_COLUMNS, REPORT_WORK_MEM } from '@tsunagu/api-reports';
import { sql, trusted, type Sql } from '@tsunagu/api-database';
import { BENCH_ADMIN_EMAIL, countsAt, login, seedAdmin, seedNational, startApiServer, testServerUrl, type TestDatabase, type TestUser } from '@tsunagu/testing';
// Not exported from @tsunagu/api-contacts (its index exports the module and services only): the
// statements themselves, so the pg side runs what the API runs whatever their internals become.
import { followUpsSql, timelineSql } from '@tsunagu/api-contacts';
import { combine, loadHttp, loadPg, rssMb, watchRss, type Figures, type HttpScenario, type Round } from './measure';
import { measureImport, type ImportFigures } from './import';

/** `--name value` or `--name=value` (as Nx forwards it), else BENCH_NAME, else the default. */
const arg = (name: string, fallback: string) => {
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : (process.env[`BENCH_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback);
};
/** `--name`, `--name=true` (as Nx forwards a flag) or BENCH_NAME=true. */
const flag = (name: string) => process.argv.includes(`--${name}`) || ['true', '1'].includes(arg(name, 'false'));
const scale = Number(arg('scale', '1'));
const seconds = Number(arg('seconds', '10'));
const rounds = Math.max(1, Math.round(Number(arg('rounds', '4'))));
const connections = Number(arg('connections', '32'));
const importCases = Number(arg('import-cases', '10000'));
const importContacts = Number(arg('import-contacts', '3'));
const out = arg('out', 'test-output/bench/results.md');
const reuse = arg('reuse-database', '');
const keep = flag('keep') || reuse !== '';
const vacuum = flag('vacuum') || reuse === '';
const PASSWORD = 'bench-password-2026';
/** The memory the API may take under the concurrent loads. */
const RSS_GOAL_MB = 300;
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Row {
  name: string;
  target: string;
  connections: number;
  api: Figures;
  pg: Figures;
  /** The API's peak resident memory during this row's concurrent load. */
  rssMb?: number;
  floor?: { name: string; pg: Figures };
}

/** An endpoint, the statements it runs sent straight through pg, and optionally the floor of the same page. */
interface Endpoint {
  name: string;
  target: string;
  connections: number;
  http: HttpScenario;
  sql: (p: Pool) => Promise<unknown>;
  /** The least any code could do for the page (a bare index scan), measured in the same rounds, pg only. */
  floor?: { name: string; sql: (p: Pool) => Promise<unknown> };
}

/**
 * A signed-in user. The SQL sides leave out the auth guard's session check: the API answers it from
 * memory (re-reading a session every 30 s, and hearing PostgreSQL's notices once per batch of
 * requests), so per request the endpoint's own statements are what it sends.
 */
type BenchUser = TestUser;

interface Dataset {
  centers: number;
  cases: number;
  contacts: number;
  inquiries: number;
  audit_rows: number;
}

/** A database kept by an earlier `--keep` run, on the same server as the tests use. */
async function existingDatabase(name: string): Promise<TestDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`--reuse-database ${name}: not a database name`);
  const url = new URL(testServerUrl());
  const server = new Client({ connectionString: url.toString() });
  await server.connect();
  try {
    const { rowCount } = await server.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (!rowCount) throw new Error(`--reuse-database ${name}: no such database on ${url.host}`);
  } finally {
    await server.end();
  }
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: async () => undefined };
}

function signIn(baseUrl: string, email: string): Promise<BenchUser> {
  return login(baseUrl, email, PASSWORD);
}

/** Whether a process is still there (signal 0 only asks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const query = (p: Pool | PoolClient, statement: Sql) => {
  const { text, params } = statement.toQuery();
  return p.query(text, params);
};

/**
 * Waits until nothing runs in the database: a request autocannon stopped waiting for at the end of
 * a round still has its statement (or transaction) going, which must not load the next round.
 */
async function quiet(db: Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
          AND state IN ('active', 'idle in transaction')`,
    );
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main() {
  const started = Date.now();
  log(
    `Tsunagu benchmark: ${reuse ? `database ${reuse}` : `scale ${scale}`}, ${seconds} s per endpoint and side in ${rounds} rounds, ${connections} connections; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
  );
  const reused = reuse ? await existingDatabase(reuse) : undefined;
  const server = await startApiServer({ LOG_LEVEL: 'warn', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' }, { database: reused });
  const db = new Client({ connectionString: server.database.url });
  await db.connect();
  // The same session settings as the API's pool (libs/api/database dataSourceOptions).
  // Named, so that pg_stat_activity and the server's log tell its sessions from the API's.
  const pool = new Pool({ connectionString: server.database.url, max: connections, options: '-c timezone=UTC -c jit=off', application_name: 'tsunagu-bench' });
  try {
    const passwordHash = await hashPassword(PASSWORD);
    let seedSeconds: number | undefined;
    if (!reused) {
      const counts = countsAt(scale);
      log(`Seeding ${JSON.stringify(counts)}`);
      const t = Date.now();
      await seedNational(db, counts, passwordHash, log);
      seedSeconds = (Date.now() - t) / 1000;
      log(`Seeded in ${seedSeconds.toFixed(1)} s`);
    }
    await seedAdmin(db, passwordHash);
    // Measured as a live system runs: autovacuum has set the visibility map (index-only scans) and
    // the planner's statistics long since, which a fresh seed lacks.
    let vacuumSeconds: number | undefined;
    if (vacuum) {
      const t = Date.now();
      await db.query('VACUUM (ANALYZE)');
      vacuumSeconds = (Date.now() - t) / 1000;
      log(`VACUUM (ANALYZE) in ${vacuumSeconds.toFixed(1)} s`);
    }
    const [dataset] = (
      await db.query<Dataset>(
        `SELECT (SELECT count(*) FROM centers)::int AS centers, (SELECT count(*) FROM cases)::int AS cases,
                (SELECT count(*) FROM interviews)::int + (SELECT count(*) FROM outreach_visits)::int + (SELECT count(*) FROM attendances)::int AS contacts,
                (SELECT count(*) FROM inquiries)::int AS inquiries, (SELECT count(*) FROM audit_logs)::int AS audit_rows`,
      )
    ).rows;

    const [center] = (await db.query(`SELECT id, code FROM centers WHERE code LIKE 'C%' ORDER BY code LIMIT 1`)).rows;
    if (!center) throw new Error(`${server.database.name} holds no benchmark dataset`);
    const coordEmail = `${center.code.toLowerCase()}.coordinator1@bench.tsunagu.example`;
    const supEmail = `${center.code.toLowerCase()}.supervisor1@bench.tsunagu.example`;
    const coord = await signIn(server.baseUrl, coordEmail);
    const sup = await signIn(server.baseUrl, supEmail);
    const admin = await signIn(server.baseUrl, BENCH_ADMIN_EMAIL);
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
    const fiscalStart = `${fiscalYear(today)}-04-01`;
    // The scopes reportScope and inquiryScope (libs/api/reports report-scope.ts) build for a supervisor and for an administrator.
    const caseColumns = trusted(REPORT_CASE_COLUMNS.map((column) => `c.${column} AS ${column}`).join(', '));
    const scope = sql`SELECT ${caseColumns} FROM cases c WHERE c.voided_at IS NULL AND c.center_id = ${center.id} AND c.merged_into_id IS NULL`;
    const inquiries = sql`SELECT * FROM inquiries WHERE center_id = ${center.id}`;
    const nationalScope = sql`SELECT ${caseColumns} FROM cases c WHERE c.voided_at IS NULL AND c.merged_into_id IS NULL`;
    const nationalInquiries = sql`SELECT * FROM inquiries`;
    // The coordinator's cases (scopeCases), as the access check, the case list and the follow-ups read them.
    const coordinatorCases = sql`c.voided_at IS NULL AND c.center_id = ${center.id}
      AND (c.lead_coordinator_id = ${coord.id} OR EXISTS (SELECT 1 FROM case_second_coordinators scope_sc WHERE scope_sc.case_id = c.id AND scope_sc.user_id = ${coord.id}))`;

    const rows: Row[] = [];
    const memory = { before: Math.round(rssMb(server.pid)), peak: 0 };
    const run = async (e: Endpoint) => {
      log(`- ${e.name}`);
      const sides: Array<{ load: (s: number) => Promise<Round>; rounds: Round[] }> = [
        { load: (s) => loadHttp(server.baseUrl, e.http, e.connections, s), rounds: [] },
        { load: (s) => loadPg(pool, e.sql, e.connections, s), rounds: [] },
      ];
      const floor = e.floor;
      if (floor) sides.push({ load: (s) => loadPg(pool, floor.sql, e.connections, s), rounds: [] });
      const rss = e.connections > 1 ? watchRss(server.pid) : undefined;
      // API, pg (, floor), then the other way round: each side comes first as often as last, so a
      // drift (tables growing under the write loads, the machine's other work) favours none.
      for (let r = 0; r < rounds; r++) {
        for (const side of r % 2 ? [...sides].reverse() : sides) {
          side.rounds.push(await side.load(seconds / rounds));
          await quiet(db);
        }
      }
      if (!running(server.pid)) throw new Error(`The API stopped during "${e.name}":\n${server.output()}`);
      const [api, pg, bare] = sides.map((s) => combine(s.rounds));
      const peak = rss?.stop();
      if (peak !== undefined) memory.peak = Math.max(memory.peak, peak);
      rows.push({ name: e.name, target: e.target, connections: e.connections, api, pg, rssMb: peak, floor: floor && { name: floor.name, pg: bare } });
      const failed = (x: Figures) => `${x.errors} errors${x.errors ? `: ${x.failures}` : ''}`;
      const warmUp = e.connections > 1 ? ` | every client answered after ${api.warmUpMs} ms (API), ${pg.warmUpMs} ms (pg) at worst` : '';
      log(
        `  API p50 ${api.p50} p95 ${api.p95} p99 ${api.p99} ms, ${api.rps.toFixed(0)} req/s (${failed(api)}) | pg p50 ${pg.p50} p95 ${pg.p95} ms, ${pg.rps.toFixed(0)}/s (${failed(pg)})${peak ? ` | API ${peak} MB` : ''}${warmUp}`,
      );
      if (bare) log(`  floor p50 ${bare.p50} p95 ${bare.p95} ms, ${bare.rps.toFixed(0)}/s (${failed(bare)})`);
    };

    await run({
      name: 'Case list (coordinator, active, newest first, page of 25)',
      target: '≥ 80 % of pg throughput; ≥ 50 % of the floor',
      connections,
      http: { path: `/api/cases?filter=${encodeURIComponent('{"status":"active"}')}&sort=${encodeURIComponent('["updatedAt","DESC"]')}&range=[0,24]`, token: coord.token },
      sql: async (p) => {
        await query(
          p,
          sql`SELECT c.*,
                  coalesce((SELECT array_agg(s.user_id ORDER BY s.user_id) FROM case_second_coordinators s WHERE s.case_id = c.id), '{}') AS second_ids,
                  EXISTS (SELECT 1 FROM family_members f WHERE f.case_id = c.id AND f.voided_at IS NULL AND f.lives_with_client
                          AND f.relationship IN ('mother', 'father') AND f.birth_year <= ${Number(today.slice(0, 4)) - 70}) AS elderly_parent_at_home,
                  (SELECT count(*) FROM cases c WHERE ${coordinatorCases} AND c.status = ${'active'}) AS __total
             FROM cases c
            WHERE ${coordinatorCases} AND c.status = ${'active'}
            ORDER BY c.updated_at DESC, c.id DESC LIMIT 25 OFFSET 0`,
        );
      },
      floor: {
        name: 'floor: the same page as a bare index scan, and its count',
        sql: async (p) => {
          const where = `lead_coordinator_id = $1 AND status = 'active' AND voided_at IS NULL`;
          await p.query(`SELECT * FROM cases WHERE ${where} ORDER BY updated_at DESC LIMIT 25`, [coord.id]);
          await p.query(`SELECT count(*) FROM cases WHERE ${where}`, [coord.id]);
        },
      },
    });

    await run({
      name: 'Case timeline (newest 25 entries)',
      target: 'its SQL ≤ 3 × the floor',
      connections,
      http: { path: `/api/cases/${busy.id}/timeline?range=[0,24]`, token: coord.token },
      sql: async (p) => {
        // CaseAccess.findVisible (TypeORM names each column of the entity; the same row).
        await query(p, sql`SELECT c.* FROM cases c WHERE c.id = ${busy.id} AND ${coordinatorCases}`);
        // As CaseActivityService runs it: a named prepared statement (runPrepared).
        const { text, params } = timelineSql(busy.id, TIMELINE_KINDS, { offset: 0, limit: 25 }).toQuery();
        await p.query({ name: 'bench_timeline', text, values: params });
      },
      floor: {
        name: 'floor: 25 interviews of the case as a bare index scan',
        sql: (p) => p.query(`SELECT * FROM interviews WHERE case_id = $1 AND voided_at IS NULL ORDER BY held_at DESC LIMIT 25`, [busy.id]),
      },
    });

    const followUps = (conns: number, target: string, name: string): Endpoint => ({
      name,
      target,
      connections: conns,
      http: { path: `/api/follow-ups?filter=${encodeURIComponent('{}')}&sort=${encodeURIComponent('["nextContactOn","ASC"]')}&range=[0,24]`, token: coord.token },
      sql: async (p) => {
        // As CaseActivityService runs it: a named prepared statement (runPrepared).
        const { text, params } = followUpsSql({
          visible: sql`SELECT c.id AS id FROM cases c WHERE ${coordinatorCases} AND c.status <> 'closed'`,
          today,
          sort: { column: 'next_contact_on', order: 'ASC' },
          page: { offset: 0, limit: 25 },
        }).toQuery();
        await p.query({ name: 'bench_follow_ups', text, values: params });
      },
    });
    await run(followUps(1, '≤ 15 ms', "Today's follow-ups, one request at a time"));
    await run(followUps(connections, "≥ the case list's throughput", "Today's follow-ups (coordinator's home, next contact first, page of 25)"));

    await run({
      name: 'Audit log (supervisor, newest 25)',
      target: 'p99 ≤ 4 × p50',
      connections,
      http: { path: `/api/audit-logs?filter=${encodeURIComponent('{}')}&sort=${encodeURIComponent('["at","DESC"]')}&range=[0,24]`, token: sup.token },
      sql: async (p) => {
        // AuditService.list through findRawPage, as TypeORM writes it.
        await p.query(
          `SELECT a.id AS id, a.at AS at, a.user_id AS user_id, a.center_id AS center_id, a.action AS action, a.entity AS entity,
                  a.entity_id AS entity_id, a.case_id AS case_id, u.name AS user_name, c.case_number AS case_number,
                  (SELECT count(*) FROM "audit_logs" "a" LEFT JOIN "users" "u" ON u.id = a.user_id LEFT JOIN "cases" "c" ON c.id = a.case_id
                    WHERE true AND a.center_id = $2) AS "__total"
             FROM "audit_logs" "a" LEFT JOIN "users" "u" ON u.id = a.user_id LEFT JOIN "cases" "c" ON c.id = a.case_id
            WHERE true AND a.center_id = $1
            ORDER BY a.at DESC, a.id DESC LIMIT 25 OFFSET 0`,
          [center.id, center.id],
        );
      },
    });

    // A report is one person waiting for one answer: measured one at a time, and before the write
    // load below adds thousands of today's records to the measured center.
    const report = (name: string, target: string, path: string, user: BenchUser, statement: Sql): Endpoint => ({
      name,
      target,
      connections: 1,
      http: { path, token: user.token },
      sql: async (p) => {
        // As ReportsService runs a report: in a transaction with room to sort and hash.
        const client = await p.connect();
        try {
          await client.query('BEGIN');
          await client.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
          await query(client, statement);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      },
    });
    const supervisorPeople = sql`SELECT u.id, u.name, u.sort_name FROM users u WHERE u.center_id = ${center.id} AND u.role IN ('coordinator', 'supervisor')
      AND (u.active OR EXISTS (SELECT 1 FROM cases c WHERE c.lead_coordinator_id = u.id AND c.voided_at IS NULL))`;
    const thisMonth = { from: monthStart, to: today };
    const fiscalYearSoFar = { from: fiscalStart, to: today };
    await run(
      report('Caseload report (supervisor, this month)', '≤ 100 ms', `/api/reports/caseload?from=${monthStart}&to=${today}`, sup, caseloadSql(scope, supervisorPeople, 'person', thisMonth)),
    );
    await run(report('Monthly activity report (supervisor, this month)', '≤ 100 ms', `/api/reports/activity?from=${monthStart}&to=${today}`, sup, activitySql(scope, inquiries, thisMonth)));
    await run(
      report(
        'Activity report with consultations (supervisor, fiscal year so far)',
        '≤ 100 ms',
        `/api/reports/activity?from=${fiscalStart}&to=${today}`,
        sup,
        activitySql(scope, inquiries, fiscalYearSoFar),
      ),
    );
    await run(
      report(
        `National activity report (administrator, all ${dataset.centers} centers, this month)`,
        '≤ 500 ms',
        `/api/reports/activity?from=${monthStart}&to=${today}`,
        admin,
        activitySql(nationalScope, nationalInquiries, thisMonth, 'by_time'),
      ),
    );
    await run(
      report(
        `National activity report (administrator, all ${dataset.centers} centers, fiscal year so far)`,
        '≤ 1 s',
        `/api/reports/activity?from=${fiscalStart}&to=${today}`,
        admin,
        activitySql(nationalScope, nationalInquiries, fiscalYearSoFar, 'by_time'),
      ),
    );

    // Many coordinators log at once, each to one of their own cases: spread over the coordinator's cases.
    const myCases: string[] = (await db.query(`SELECT id FROM cases WHERE lead_coordinator_id = $1`, [coord.id])).rows.map((r) => r.id);
    const anyCase = () => myCases[Math.floor(Math.random() * myCases.length)];
    const interviewBody = () => JSON.stringify({ caseId: anyCase(), method: 'phone', durationMinutes: 10, summary: '母より電話。変わりなし。', nextContactOn: today });
    await run({
      name: 'Log an interview (POST, one transaction with its audit entry)',
      target: '≥ 60 % of pg throughput',
      connections,
      http: { method: 'POST', path: '/api/interviews', token: coord.token, body: interviewBody },
      sql: async (p) => {
        const client = await p.connect();
        const caseId = anyCase();
        try {
          await client.query('BEGIN');
          await query(client, sql`SELECT c.* FROM cases c WHERE c.id = ${caseId} AND ${coordinatorCases} FOR SHARE OF c`);
          await client.query(`SELECT u.id FROM users u WHERE u.id IN ($1) AND u.center_id = $2 AND u.active = $3`, [coord.id, center.id, true]);
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
    });

    const inquiryBody = () => JSON.stringify({ method: 'phone', callerType: 'family', callerRelationship: 'mother', personAgeBand: '30s', route: 'web_search', concerns: ['withdrawal'], summary: '母より電話。息子が3年ほど部屋から出ない。', durationMinutes: 15 });
    await run({
      name: 'Log a first contact (POST, new chain, one transaction with its audit entry)',
      target: '≥ 400 per second',
      connections,
      http: { method: 'POST', path: '/api/inquiries', token: coord.token, body: inquiryBody },
      sql: async (p) => {
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
               FROM inquiries i INNER JOIN inquiry_chains ch ON ch.id = i.chain_id WHERE i.voided_at IS NULL AND i.center_id = $1 AND i.id = $2`,
            [center.id, ins.rows[0].id],
          );
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK');
          throw e;
        } finally {
          client.release();
        }
      },
    });

    log(`- Import a spreadsheet (supervisor): upload with dry run, then commit`);
    // Into the last center (another one, at scale 1): a database kept for --reuse-database still has
    // the measured coordinator's 500 cases, not the import's 10,000 more.
    const [importCenter] = (await db.query(`SELECT code FROM centers WHERE code LIKE 'C%' ORDER BY code DESC LIMIT 1`)).rows;
    const importCode = importCenter.code.toLowerCase();
    const imported = await measureImport(
      server.baseUrl,
      server.pid,
      await signIn(server.baseUrl, `${importCode}.supervisor1@bench.tsunagu.example`),
      `${importCode}.coordinator1@bench.tsunagu.example`,
      importCases,
      importContacts,
    );
    log(`  dry run ${imported.dryRunSeconds.toFixed(1)} s, commit ${imported.commitSeconds.toFixed(1)} s, API memory ${imported.baselineRssMb} MB before, peak ${imported.peakRssMb} MB`);

    const origin = reused
      ? `database ${reused.name} reused as an earlier run left it (no seeding; what earlier runs wrote is in it)`
      : `seeded at scale ${scale} in ${(seedSeconds ?? 0).toFixed(0)} s`;
    const steady = vacuumSeconds === undefined ? 'not vacuumed by this run' : `VACUUM (ANALYZE) in ${vacuumSeconds.toFixed(0)} s`;
    const header = [
      `Dataset: ${dataset.centers} centers, ${dataset.cases} cases, ${dataset.contacts} contact records, ${dataset.inquiries} first contacts, ${dataset.audit_rows} audit rows; ${origin}; ${steady}.`,
      `Measured center: ${sizes[0].center_cases} cases; the coordinator leads ${sizes[0].coordinator_cases}; the timeline case has ${busy.n} interviews. ${seconds} s per endpoint and side, in ${rounds} rounds taking turns; run took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    ];
    const output = markdown(header, rows, memory, imported);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, output);
    log(`\n${output}\nWritten to ${out}`);
    const failed = rows.filter((r) => [r.api, r.pg, r.floor?.pg].some((x) => x && (x.errors > 0 || x.requests === 0)));
    if (failed.length) {
      const said = server.output().trim().split('\n').slice(-20).join('\n');
      throw new Error(`Some requests failed during the benchmark: ${failed.map((r) => r.name).join('; ')}\nThe API's last words:\n${said}`);
    }
  } finally {
    await pool.end();
    await db.end();
    await server.stop(keep);
    if (keep) log(`Database kept: ${server.database.url} (measure it again with --reuse-database ${server.database.name})`);
  }
}

function markdown(header: string[], rows: Row[], memory: { before: number; peak: number }, imported: ImportFigures): string {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const percent = (a: number, b: number) => `${((100 * a) / Math.max(b, 0.001)).toFixed(0)} %`;
  const times = (a: number, b: number) => `${(a / Math.max(b, 0.001)).toFixed(2)} ×`;
  const ms = (n: number) => `${f(n)} ms`;
  const lines = [
    ...header,
    '',
    '| endpoint | target | conc. | API p50 | API p95 | API p99 | API req/s | pg p50 | pg p95 | pg req/s | API/pg throughput | API/pg p50 | API peak memory |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap((r) => [
      `| ${r.name} | ${r.target} | ${r.connections} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} | ${r.api.rps.toFixed(0)} | ${ms(r.pg.p50)} | ${ms(r.pg.p95)} | ${r.pg.rps.toFixed(0)} | ${percent(r.api.rps, r.pg.rps)} | ${times(r.api.p50, r.pg.p50)} | ${r.rssMb === undefined ? '—' : `${r.rssMb} MB`} |`,
      ...(r.floor ? [`| ↳ ${r.floor.name} (pg only) | | ${r.connections} | — | — | — | — | ${ms(r.floor.pg.p50)} | ${ms(r.floor.pg.p95)} | ${r.floor.pg.rps.toFixed(0)} | — | — | — |`] : []),
    ]),
    '',
    `With ${connections} clients, a round is measured from the moment every client has had an answer (autocannon's connections are new each round, and their first answers come one after another; the wait is in the log), over the calls begun in its ${seconds / rounds} s.`,
    '',
    'Against the floor (the same page as a bare index scan, pg only, measured in the same rounds):',
    '',
    '| list | API req/s | its SQL req/s | floor req/s | API / floor | SQL / floor | SQL p50 / floor p50 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap(({ name, api, pg, floor }) =>
      floor ? [`| ${name} | ${api.rps.toFixed(0)} | ${pg.rps.toFixed(0)} | ${floor.pg.rps.toFixed(0)} | ${percent(api.rps, floor.pg.rps)} | ${percent(pg.rps, floor.pg.rps)} | ${times(pg.p50, floor.pg.p50)} |`] : [],
    ),
    '',
    `API process resident memory under the ${connections}-client loads: peak ${memory.peak} MB (goal ≤ ${RSS_GOAL_MB} MB${memory.peak > RSS_GOAL_MB ? ', missed' : ''}); ${memory.before} MB before them.`,
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
