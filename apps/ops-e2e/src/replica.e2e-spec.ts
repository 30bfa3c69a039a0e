import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiServer, seedOrganisation, startApiServer, TestOrganisation, TestUser } from '@tsunagu/testing';
import { freePort } from './support/processes';

// A primary and a streaming replica of its own, made with the machine's PostgreSQL programs: the
// machine's server refuses replication connections (its pg_hba.conf has no `replication` line), and
// a base backup of a server every other suite uses would copy their databases and need a slot there.

/** A directory with PostgreSQL's server programs: Debian's (newest first), else on PATH. */
function postgresBin(): string | undefined {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  const onPath = (process.env['PATH'] ?? '').split(':').filter(Boolean);
  return [...debian, ...onPath].find((dir) => ['initdb', 'pg_ctl', 'pg_basebackup'].every((p) => existsSync(join(dir, p))));
}

const BIN = postgresBin();
/** PostgreSQL refuses to run as root: then its programs run as the `postgres` system user. */
const AS_ROOT = process.getuid?.() === 0;
const DB = 'tsunagu_replica';

function run(program: string, args: string[]): Promise<string> {
  const [command, argv] = AS_ROOT ? ['runuser', ['-u', 'postgres', '--', join(BIN as string, program), ...args]] : [join(BIN as string, program), args];
  return new Promise((ok, fail) =>
    execFile(command, argv, { timeout: 120_000 }, (error, stdout, stderr) =>
      error ? fail(new Error(`${program} ${args.join(' ')} failed: ${error.message}\n${stderr}`)) : ok(stdout),
    ),
  );
}

interface Cluster {
  dir: string;
  port: number;
  url(database: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
}

function cluster(root: string, name: string, port: number): Cluster {
  const dir = join(root, name);
  // pg_stat_statements on both servers: which statements reached which server is then countable.
  const options = `-c port=${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off -c shared_preload_libraries=pg_stat_statements`;
  return {
    dir,
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () => run('pg_ctl', ['-D', dir, '-l', join(root, `${name}.log`), '-o', options, '-w', '-t', '60', 'start']).then(() => undefined),
    stop: () => run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']).then(() => undefined),
  };
}

async function query<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until(what: string, check: () => Promise<boolean>, seconds = 30, everyMs = 100): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up after ${seconds} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

async function call(api: ApiServer, who: TestUser, method: string, path: string, body?: unknown): Promise<{ status: number; text: string; json: <T>() => T }> {
  const res = await fetch(`${api.baseUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: <T>() => JSON.parse(text) as T };
}

// Skipped only off CI on a machine without PostgreSQL's server programs (the embedded database
// ships no pg_basebackup); on CI, missing programs fail the suite.
const suite = BIN || process.env['CI'] ? describe : describe.skip;

suite('a streaming read replica (DATABASE_READ_URL)', () => {
  let root: string;
  let primary: Cluster;
  let replica: Cluster;
  let api1: ApiServer;
  let api2: ApiServer;
  let org: TestOrganisation;
  let caseId: string;
  const apis: ApiServer[] = [];

  const onPrimary = <T>(text: string, params?: unknown[]) => query<T>(primary.url(DB), text, params);
  const onReplica = <T>(text: string, params?: unknown[]) => query<T>(replica.url(DB), text, params);
  const interviewsOnPrimary = async () => (await onPrimary<{ n: number }>('SELECT count(*)::int AS n FROM interviews WHERE case_id = $1', [caseId]))[0].n;

  const replicaCaughtUp = async () => {
    const [{ flushed }] = await onPrimary<{ flushed: string }>('SELECT pg_current_wal_flush_lsn()::text AS flushed');
    await until('the replica to replay the primary', async () => (await onReplica<{ ok: boolean }>('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok', [flushed]))[0].ok);
  };
  const pauseReplay = async () => {
    await onReplica('SELECT pg_wal_replay_pause()');
    await until('replay to pause', async () => (await onReplica<{ s: string }>('SELECT pg_get_wal_replay_pause_state() AS s'))[0].s === 'paused');
  };
  const resumeReplay = () => onReplica('SELECT pg_wal_replay_resume()');

  const logInterview = async (api: ApiServer, summary: string): Promise<string> => {
    const res = await call(api, org.users.aCoordinator, 'POST', '/interviews', { caseId, method: 'phone', summary });
    expect(res.status).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const timeline = async (api: ApiServer, who: TestUser): Promise<string[]> => {
    const res = await call(api, who, 'GET', `/cases/${caseId}/timeline?range=[0,99]`);
    expect(res.status).toBe(200);
    return res.json<Array<{ recordId: string }>>().map((e) => e.recordId);
  };
  const caseloadInterviews = async (api: ApiServer, who: TestUser): Promise<number> => {
    const res = await call(api, who, 'GET', '/reports/caseload');
    expect(res.status).toBe(200);
    return res.json<{ totals: { interviews: number } }>().totals.interviews;
  };
  /** The 面談・相談 figure of the caseload CSV's 合計 line. */
  const caseloadCsvInterviews = async (api: ApiServer, who: TestUser): Promise<number> => {
    const res = await call(api, who, 'GET', '/reports/caseload?format=csv');
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.split(','));
    return Number(lines.find((l) => l[0] === '合計')?.[lines[0].indexOf('面談・相談')]);
  };
  const interviewsCsv = async (api: ApiServer, who: TestUser): Promise<string> => {
    const res = await call(api, who, 'GET', `/interviews?format=csv&filter=${encodeURIComponent(JSON.stringify({ caseId }))}`);
    expect(res.status).toBe(200);
    return res.text;
  };
  const interviewsJson = async (api: ApiServer, who: TestUser): Promise<string[]> => {
    const res = await call(api, who, 'GET', `/interviews?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`);
    expect(res.status).toBe(200);
    return res.json<Array<{ id: string }>>().map((i) => i.id);
  };

  beforeAll(async () => {
    if (!BIN) throw new Error('PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) not found under /usr/lib/postgresql or on PATH');
    root = mkdtempSync(join(tmpdir(), 'tsunagu-replica-'));
    if (AS_ROOT) {
      const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString());
      chownSync(root, id('-u'), id('-g'));
    }
    primary = cluster(root, 'primary', await freePort());
    replica = cluster(root, 'replica', await freePort());
    await run('initdb', ['-D', primary.dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C']);
    await primary.start();
    // The database exists before the base backup; everything after reaches the replica by streaming.
    await query(primary.url('postgres'), `CREATE DATABASE ${DB}`);
    await onPrimary('CREATE EXTENSION pg_stat_statements');
    await run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.dir, '-R', '-C', '-S', 'tsunagu_replica', '-X', 'stream', '-c', 'fast']);
    await replica.start();
    expect((await onReplica<{ r: boolean }>('SELECT pg_is_in_recovery() AS r'))[0].r).toBe(true);

    const database = { name: DB, url: primary.url(DB), drop: async () => undefined };
    const env = { DATABASE_READ_URL: replica.url(DB) };
    // One after the other: the first applies the migrations.
    api1 = await startApiServer(env, { database });
    apis.push(api1);
    api2 = await startApiServer(env, { database });
    apis.push(api2);
    org = await seedOrganisation(api1.baseUrl);
    const created = await call(api1, org.users.aCoordinator, 'POST', '/cases', { clientName: '複製 確認', birthYear: 1985 });
    expect(created.status).toBe(201);
    caseId = created.json<{ id: string }>().id;
  });

  afterAll(async () => {
    for (const api of apis) await api.stop().catch(() => undefined);
    for (const c of [replica, primary]) if (c) await c.stop().catch(() => undefined);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("serves reports, exports and timelines from the replica, and each user's own writes at once, on either instance", async () => {
    const coordinator = org.users.aCoordinator;
    const supervisor = org.users.aSupervisor; // has written nothing
    const first = await logInterview(api1, '一回目の面談');
    await replicaCaughtUp();
    expect(await caseloadInterviews(api2, supervisor)).toBe(1);

    await pauseReplay();
    const second = await logInterview(api1, '二回目の面談');
    expect(await interviewsOnPrimary()).toBe(2);
    expect((await onReplica<{ n: number }>('SELECT count(*)::int AS n FROM interviews WHERE case_id = $1', [caseId]))[0].n).toBe(1);

    // The writer, on the instance that took the write and on the other one.
    expect(await timeline(api2, coordinator)).toEqual(expect.arrayContaining([first, second]));
    expect(await timeline(api1, coordinator)).toEqual(expect.arrayContaining([first, second]));
    expect(await caseloadInterviews(api2, coordinator)).toBe(2);
    expect(await interviewsCsv(api2, coordinator)).toContain('二回目の面談');

    // Someone else reads what the replica holds: the second interview is not there yet.
    const seen = await timeline(api1, supervisor);
    expect(seen).toContain(first);
    expect(seen).not.toContain(second);
    expect(await caseloadInterviews(api2, supervisor)).toBe(1);
    expect(await caseloadCsvInterviews(api1, supervisor)).toBe(1);
    const csv = await interviewsCsv(api2, supervisor);
    expect(csv).toContain('一回目の面談');
    expect(csv).not.toContain('二回目の面談');
    // The same list on screen (not an export) reads from the primary.
    expect(await interviewsJson(api2, supervisor)).toEqual(expect.arrayContaining([first, second]));

    await resumeReplay();
    await until('the replica to count the second interview', async () => (await caseloadInterviews(api2, supervisor)) === 2);
    expect(await timeline(api1, supervisor)).toEqual(expect.arrayContaining([first, second]));
    expect(await caseloadCsvInterviews(api1, supervisor)).toBe(2);

    // The write positions are kept on the primary, where both instances read them.
    const positions = await onPrimary<{ n: number }>('SELECT count(*)::int AS n FROM user_last_writes WHERE user_id = $1', [coordinator.id]);
    expect(positions[0].n).toBe(1);
  });

  it('runs not one statement more without DATABASE_READ_URL', async () => {
    const api3 = await startApiServer({}, { database: { name: DB, url: primary.url(DB), drop: async () => undefined } });
    apis.push(api3);
    const replicaStatement = `query ~* '(user_last_writes|pg_current_wal|pg_last_wal|pg_last_xact)'`;
    // With a replica (api1) the same requests do run them: the count below can see them.
    await onPrimary('SELECT pg_stat_statements_reset()');
    await logInterview(api1, '三回目の面談');
    await timeline(api1, org.users.aSupervisor);
    const withReplica = await onPrimary<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_statements WHERE ${replicaStatement}`);
    expect(withReplica[0].n).toBeGreaterThan(0);

    await onPrimary('SELECT pg_stat_statements_reset()');
    const fourth = await logInterview(api3, '四回目の面談');
    expect(await timeline(api3, org.users.aCoordinator)).toContain(fourth);
    await caseloadInterviews(api3, org.users.aSupervisor);
    await caseloadCsvInterviews(api3, org.users.aSupervisor);
    await interviewsCsv(api3, org.users.aSupervisor);
    const statements = await onPrimary<{ query: string }>(`SELECT query FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1)`, [DB]);
    expect(statements.some((s) => /INSERT INTO "interviews"/.test(s.query))).toBe(true);
    expect(statements.filter((s) => /(user_last_writes|pg_current_wal|pg_last_wal|pg_last_xact)/i.test(s.query))).toEqual([]);
    expect(api3.output()).not.toMatch(/read replica/i);
    await api3.stop();
  });

  it('leaves a replica that stops for the primary, says so once, and uses it again when it is back', async () => {
    await replica.stop();
    const expected = await interviewsOnPrimary();
    const [{ newest }] = await onPrimary<{ newest: string }>('SELECT id AS newest FROM interviews WHERE case_id = $1 ORDER BY created_at DESC LIMIT 1', [caseId]);
    for (const api of [api1, api2, api1, api2]) {
      expect(await caseloadInterviews(api, org.users.aSupervisor)).toBe(expected);
      expect(await caseloadCsvInterviews(api, org.users.aSupervisor)).toBe(expected);
      expect(await timeline(api, org.users.aSupervisor)).toContain(newest);
    }
    expect(await interviewsCsv(api2, org.users.aSupervisor)).toContain('四回目の面談');
    for (const api of [api1, api2]) expect(api.output().match(/The read replica failed/g)).toHaveLength(1);

    // Back: once it has caught up and stops replaying again, a reader who has not written sees its older state.
    await replica.start();
    await replicaCaughtUp();
    await pauseReplay();
    await logInterview(api1, '五回目の面談');
    await until('the instances to try the replica again', async () => (await caseloadInterviews(api2, org.users.aSupervisor)) === expected, 40);
    expect(await interviewsOnPrimary()).toBe(expected + 1);
    await resumeReplay();
    for (const api of [api1, api2]) expect(api.output().match(/The read replica failed/g)).toHaveLength(1);
  });

  it('leaves a replica more than 30 s behind for the primary, and says so once', async () => {
    await replicaCaughtUp();
    await pauseReplay();
    const paused = Date.now();
    await logInterview(api1, '六回目の面談');
    const onPrimaryNow = await interviewsOnPrimary();
    expect(await caseloadInterviews(api2, org.users.aSupervisor)).toBe(onPrimaryNow - 1);
    await until('the replica to be left behind', async () => (await caseloadInterviews(api2, org.users.aSupervisor)) === onPrimaryNow, 60, 1000);
    expect(Date.now() - paused).toBeGreaterThanOrEqual(30_000);
    expect(await caseloadInterviews(api2, org.users.aSupervisor)).toBe(onPrimaryNow);
    expect(api2.output().match(/The read replica is more than 30 s behind the primary/g)).toHaveLength(1);
    await resumeReplay();
  });
});
