import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ApiServer, login, seedOrganisation, sqlClient, startApiServer, TEST_PASSWORD, TestOrganisation, testServerUrl, WORKSPACE_ROOT } from '@tsunagu/testing';
import { embeddedDatabaseUrl, killGroup, startLauncher, Started } from './support/processes';

/** The demo accounts' password (README, "Demo logins"). */
const DEMO_PASSWORD = 'tsunagu-demo-2026';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run db:backup|db:restore -- args` from the workspace, as an operator types it, with `env`
 * choosing the database (DATABASE_URL) or the embedded data dir (TSUNAGU_DATA_DIR).
 */
function npmRun(script: 'db:backup' | 'db:restore', args: string[], env: Record<string, string>): Promise<Run> {
  const inherited = { ...process.env };
  delete inherited['DATABASE_URL'];
  delete inherited['TSUNAGU_DATA_DIR'];
  return new Promise((ok, fail) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: WORKSPACE_ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('exit', (code) => ok({ code, stdout, stderr }));
  });
}

/** Fails with the command's own words unless it succeeded. */
function expectSuccess(run: Run): void {
  if (run.code !== 0) throw new Error(`exit code ${run.code}:\n${run.stderr}${run.stdout}`);
}

/** Every table's row count and a checksum of its rows, as the database itself prints them. */
type Fingerprint = Record<string, { rows: number; md5: string }>;

async function fingerprint(url: string): Promise<Fingerprint> {
  const db = await sqlClient(url);
  try {
    const { rows: tables } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const result: Fingerprint = {};
    for (const { name } of tables) {
      const { rows } = await db.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM public."${name}" t`,
      );
      result[name] = rows[0];
    }
    return result;
  } finally {
    await db.end();
  }
}

function databaseUrlFor(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Databases on the test server whose names start with `prefix` (a restore's leftovers would). */
async function databasesNamed(prefix: string): Promise<string[]> {
  const db = await sqlClient(databaseUrlFor('postgres'));
  try {
    const { rows } = await db.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
    return rows.map((r) => r.datname);
  } finally {
    await db.end();
  }
}

async function dropDatabases(names: string[]): Promise<void> {
  const db = await sqlClient(databaseUrlFor('postgres'));
  try {
    for (const name of names) await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await db.end();
  }
}

async function createDatabase(name: string): Promise<void> {
  const db = await sqlClient(databaseUrlFor('postgres'));
  try {
    await db.query(`CREATE DATABASE "${name}"`);
  } finally {
    await db.end();
  }
}

async function migrationNames(url: string): Promise<string[]> {
  const db = await sqlClient(url);
  try {
    return (await db.query<{ name: string }>('SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name);
  } finally {
    await db.end();
  }
}

async function api(baseUrl: string, token: string, method: string, path: string, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : {} };
}

async function created(baseUrl: string, token: string, path: string, body: object): Promise<string> {
  const res = await api(baseUrl, token, 'POST', path, body);
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body['id'] as string;
}

/** Whether a pg_dump that can dump a server of this major version is installed (PATH, or Debian's per-version directories). */
function pgDumpFor(serverMajor: number): boolean {
  const debian = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => `/usr/lib/postgresql/${v}/bin/pg_dump`) : [];
  return ['pg_dump', ...debian].some((program) => {
    const version = /\(PostgreSQL\) (\d+)/.exec(spawnSync(program, ['--version'], { encoding: 'utf8' }).stdout ?? '');
    return !!version && Number(version[1]) >= serverMajor;
  });
}

async function serverMajor(url: string): Promise<number> {
  const db = await sqlClient(url);
  try {
    return Math.floor(Number((await db.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
  } finally {
    await db.end();
  }
}

/** The snapshot archive's lines, and writing them back as another archive. */
const archiveLines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n');
const writeArchive = (file: string, lines: string[]) => writeFileSync(file, gzipSync(lines.join('\n')));

describe('db:backup and db:restore with DATABASE_URL', () => {
  let work: string;
  let archives: { auto: string; snapshot: string };
  const prefix = `tsunagu_test_restored_${randomBytes(4).toString('hex')}`;
  let server: ApiServer;
  let org: TestOrganisation;
  let caseA: string;
  let interviewA: string;
  let caseAfterBackup: string;
  let atBackup: Fingerprint;
  let afterChanges: Fingerprint;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tsunagu-backup-'));
    archives = { auto: join(work, 'auto.backup'), snapshot: join(work, 'snapshot.backup') };
    server = await startApiServer();
    org = await seedOrganisation(server.baseUrl);
    const coordinator = org.users.aCoordinator.token;
    caseA = await created(server.baseUrl, coordinator, '/cases', { clientName: '復元 一郎', clientNameKana: 'ふくげん いちろう', birthYear: 1982 });
    const mother = await created(server.baseUrl, coordinator, '/family-members', { caseId: caseA, relationship: 'mother', name: '復元 花', birthYear: 1950 });
    interviewA = await created(server.baseUrl, coordinator, '/interviews', { caseId: caseA, method: 'phone', familyMemberIds: [mother], durationMinutes: 30, summary: '母より電話。本人は自室で過ごす。' });
    await created(server.baseUrl, coordinator, '/interviews', { caseId: caseA, method: 'in_person', familyMemberIds: [mother], durationMinutes: 50, summary: '母が来所。' });
    const caseB = await created(server.baseUrl, org.users.bCoordinator.token, '/cases', { clientName: '別県 二郎', birthYear: 1975 });
    await created(server.baseUrl, org.users.bCoordinator.token, '/interviews', { caseId: caseB, method: 'phone', summary: '姉より相談。' });
  });

  afterAll(async () => {
    await server?.stop(true);
    await server?.database.drop();
    await dropDatabases(await databasesNamed(prefix));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('backs up while the API runs: with pg_dump when a client of the server version is installed, else the snapshot', async () => {
    const url = server.database.url;
    atBackup = await fingerprint(url);
    expect(atBackup['cases'].rows).toBe(2);
    expect(atBackup['interviews'].rows).toBe(3);

    const auto = await npmRun('db:backup', [], { DATABASE_URL: url });
    expectSuccess(auto);
    // Without --out: a timestamped file under ./backups/.
    const written = /to (backups\/tsunagu-\d{8}T\d{6}Z\.(?:dump|snapshot\.gz)): /.exec(auto.stdout)?.[1];
    expect(written).toBeDefined();
    renameSync(join(WORKSPACE_ROOT, written as string), archives.auto);
    // The ./backups/ this left behind goes when empty (backups an operator keeps there stay).
    try {
      rmdirSync(join(WORKSPACE_ROOT, 'backups'));
    } catch {
      /* not empty: not ours */
    }
    const isPgDump = readFileSync(archives.auto).subarray(0, 5).toString('latin1') === 'PGDMP';
    expect(isPgDump).toBe(pgDumpFor(await serverMajor(url)));
    if (!isPgDump) expect(auto.stdout).toMatch(/snapshot archive instead/);

    const snapshot = await npmRun('db:backup', ['--out', archives.snapshot, '--method', 'snapshot'], { DATABASE_URL: url });
    expectSuccess(snapshot);
    expect(readFileSync(archives.snapshot).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    for (const file of Object.values(archives)) expect(statSync(file).mode & 0o777).toBe(0o600);

    // Nothing was written meanwhile: what was fingerprinted is what the backups hold.
    expect(await fingerprint(url)).toEqual(atBackup);
    const again = await npmRun('db:backup', ['--out', archives.snapshot], { DATABASE_URL: url });
    expect([again.code, again.stderr]).toEqual([1, expect.stringMatching(/exists already/)]);
  });

  it('the database moves on: a new case, a case changed, an interview voided', async () => {
    const coordinator = org.users.aCoordinator.token;
    caseAfterBackup = await created(server.baseUrl, coordinator, '/cases', { clientName: '新規 三郎', birthYear: 1990 });
    const current = await api(server.baseUrl, coordinator, 'GET', `/cases/${caseA}`);
    expect((await api(server.baseUrl, coordinator, 'PUT', `/cases/${caseA}`, { municipality: 'みなと市', version: current.body['version'] })).status).toBe(200);
    expect((await api(server.baseUrl, org.users.aSupervisor.token, 'DELETE', `/interviews/${interviewA}`, { reason: '別ケースへの誤入力' })).status).toBe(200);
    afterChanges = await fingerprint(server.database.url);
    expect(afterChanges['cases']).not.toEqual(atBackup['cases']);
    expect(afterChanges['interviews']).not.toEqual(atBackup['interviews']);
  });

  it('restores the snapshot archive into a new database, every table as it was at the backup', async () => {
    const url = databaseUrlFor(`${prefix}_snapshot`);
    const restore = await npmRun('db:restore', [archives.snapshot], { DATABASE_URL: url });
    expectSuccess(restore);
    expect(restore.stdout).toMatch(/restored .* into database .*: \d+ tables, \d+ rows/);
    expect(await fingerprint(url)).toEqual(atBackup);
  });

  it('restores the archive db:backup chose into a new database, every table as it was at the backup, and the API runs on it', async () => {
    const name = `${prefix}_auto`;
    const url = databaseUrlFor(name);
    const restore = await npmRun('db:restore', [archives.auto], { DATABASE_URL: url });
    expectSuccess(restore);
    expect(restore.stdout).toMatch(/restored .* into database/);
    expect(await fingerprint(url)).toEqual(atBackup);

    const restored = await startApiServer({}, { database: { name, url, drop: async () => undefined } });
    try {
      const coordinator = await login(restored.baseUrl, org.users.aCoordinator.email, TEST_PASSWORD);
      const caseNow = await api(restored.baseUrl, coordinator.token, 'GET', `/cases/${caseA}`);
      expect([caseNow.status, caseNow.body['municipality']]).toEqual([200, null]);
      expect((await api(restored.baseUrl, coordinator.token, 'GET', `/interviews/${interviewA}`)).status).toBe(200);
      expect((await api(restored.baseUrl, coordinator.token, 'GET', `/cases/${caseAfterBackup}`)).status).toBe(404);
    } finally {
      await restored.stop();
    }
  });

  it('refuses a database that holds data; with --force, not while connected to, then replaces it and keeps the old one', async () => {
    const url = server.database.url;
    await server.stop(true);
    const refused = await npmRun('db:restore', [archives.snapshot], { DATABASE_URL: url });
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/holds data.*--force/)]);
    // A session on the database, as a running API's connection pool holds one.
    const session = await sqlClient(url);
    try {
      const inUse = await npmRun('db:restore', [archives.snapshot, '--force'], { DATABASE_URL: url });
      expect([inUse.code, inUse.stderr]).toEqual([1, expect.stringMatching(/in use \(1 connection\(s\)\): stop Tsunagu/)]);
    } finally {
      await session.end();
    }
    expect(await fingerprint(url)).toEqual(afterChanges);

    const forced = await npmRun('db:restore', [archives.snapshot, '--force'], { DATABASE_URL: url });
    expectSuccess(forced);
    const kept = /kept as database "([^"]+)"/.exec(forced.stdout)?.[1] as string;
    expect(kept).toMatch(new RegExp(`^${server.database.name}_before_restore_`));
    try {
      expect(await fingerprint(url)).toEqual(atBackup);
      expect(await fingerprint(databaseUrlFor(kept))).toEqual(afterChanges);
    } finally {
      await dropDatabases([kept]);
    }
  });

  it('brings an archive of an older schema up to this one, running the migrations it lacks on the restored rows', async () => {
    const current = await migrationNames(databaseUrlFor(`${prefix}_snapshot`));
    const oldUrl = databaseUrlFor(`${prefix}_old`);
    await createDatabase(`${prefix}_old`);
    // A database as the previous version left it: every migration but the newest.
    const old = await sqlClient(oldUrl);
    try {
      await old.query(`CREATE TABLE migrations (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`);
      await old.query(`INSERT INTO migrations ("timestamp", name) VALUES (0, $1)`, [current.at(-1)]);
      expect(spawnSync(process.execPath, ['dist/apps/api/main.js', 'migrate'], { cwd: WORKSPACE_ROOT, env: { ...process.env, DATABASE_URL: oldUrl, JWT_SECRET: 'x'.repeat(32) } }).status).toBe(0);
      await old.query(`DELETE FROM migrations WHERE name = $1`, [current.at(-1)]);
      await old.query(`INSERT INTO centers (name, code) VALUES ('旧版センター', 'OLD')`);
    } finally {
      await old.end();
    }
    const archive = join(work, 'old.backup');
    expectSuccess(await npmRun('db:backup', ['--out', archive, '--method', 'snapshot'], { DATABASE_URL: oldUrl }));

    const upgradedUrl = databaseUrlFor(`${prefix}_upgraded`);
    const restore = await npmRun('db:restore', [archive], { DATABASE_URL: upgradedUrl });
    expectSuccess(restore);
    expect(restore.stdout).toContain(`up to ${current.at(-1)} with 1 migration(s)`);
    expect(await migrationNames(upgradedUrl)).toEqual(current);
    const upgraded = await sqlClient(upgradedUrl);
    try {
      expect((await upgraded.query(`SELECT name FROM centers`)).rows).toEqual([{ name: '旧版センター' }]);
    } finally {
      await upgraded.end();
    }
  });

  it('refuses an archive made by a newer schema, and a damaged or cut one, leaving no database behind', async () => {
    const lines = archiveLines(archives.snapshot);

    const header = JSON.parse(lines[0]);
    header.migrations.push({ timestamp: 9999999999999, name: 'FromTheFuture9999999999999' });
    const newer = join(work, 'newer.backup');
    writeArchive(newer, [JSON.stringify(header), ...lines.slice(1)]);
    const newerRun = await npmRun('db:restore', [newer], { DATABASE_URL: databaseUrlFor(`${prefix}_newer`) });
    expect([newerRun.code, newerRun.stderr]).toEqual([1, expect.stringMatching(/newer Tsunagu.*FromTheFuture9999999999999/)]);

    // One case's name changed in the file: still valid rows, but not the rows that were backed up.
    const row = lines.findIndex((line, i) => i > lines.indexOf('@table cases') && line.includes('復元 一郎'));
    expect(row).toBeGreaterThan(0);
    const damaged = join(work, 'damaged.backup');
    writeArchive(damaged, lines.map((line, i) => (i === row ? line.replace('復元 一郎', '復元 二郎') : line)));
    const damagedRun = await npmRun('db:restore', [damaged], { DATABASE_URL: databaseUrlFor(`${prefix}_damaged`) });
    expect([damagedRun.code, damagedRun.stderr]).toEqual([1, expect.stringMatching(/damaged: table cases does not match/)]);

    const cut = join(work, 'cut.backup');
    writeArchive(cut, lines.filter((line) => !line.startsWith('@manifest ')));
    const cutCheck = await npmRun('db:restore', [cut, '--check'], {});
    expect([cutCheck.code, cutCheck.stderr]).toEqual([1, expect.stringMatching(/incomplete/)]);
    const intactCheck = await npmRun('db:restore', [archives.snapshot, '--check'], {});
    expectSuccess(intactCheck);
    expect(intactCheck.stdout).toMatch(/is complete: \d+ tables, \d+ rows/);

    expect(await databasesNamed(`${prefix}_newer`)).toEqual([]);
    expect(await databasesNamed(`${prefix}_damaged`)).toEqual([]);
  });
});

describe('db:backup and db:restore of the embedded database (npm start)', () => {
  let work: string;
  let dataDir: string;
  let freshDir: string;
  let whileRunning: string;
  let whileStopped: string;
  const launchers: Started[] = [];
  let atFirstBackup: Fingerprint;
  let atSecondBackup: Fingerprint;
  let newCase: string;

  const launch = async (dir: string, timeoutMs: number) => {
    const launcher = await startLauncher(dir, timeoutMs);
    launchers.push(launcher);
    return launcher;
  };
  const stop = async (launcher: Started) => {
    process.kill(launcher.pid, 'SIGTERM');
    expect(await launcher.exited).toEqual({ code: 0, signal: null });
  };
  const demoLogin = (launcher: Started, who: string) => login(launcher.baseUrl, `${who}@tsunagu.example`, DEMO_PASSWORD);

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'tsunagu-backup-embedded-'));
    [dataDir, freshDir] = [join(work, 'data'), join(work, 'fresh')];
    [whileRunning, whileStopped] = [join(work, 'while-running.backup'), join(work, 'while-stopped.backup')];
  });

  afterAll(async () => {
    for (const launcher of launchers) await killGroup(launcher.pid);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('backs up while npm start runs, and again once it has stopped (starting and stopping the database itself)', async () => {
    // The first start loads the demo: the data backed up here.
    const launcher = await launch(dataDir, 240_000);
    const supervisor = await demoLogin(launcher, 'mnt.supervisor');
    const coordinator = await demoLogin(launcher, 'mnt.coordinator');
    const url = embeddedDatabaseUrl(dataDir);
    atFirstBackup = await fingerprint(url);
    expect(atFirstBackup['cases'].rows).toBeGreaterThan(20);

    expectSuccess(await npmRun('db:backup', ['--out', whileRunning], { TSUNAGU_DATA_DIR: dataDir }));
    expect(await fingerprint(url)).toEqual(atFirstBackup);

    newCase = await created(launcher.baseUrl, coordinator.token, '/cases', { clientName: '追加 四郎', birthYear: 1988 });
    const [someCase] = (await api(launcher.baseUrl, coordinator.token, 'GET', '/cases?range=[0,0]')).body as unknown as { id: string; version: number }[];
    expect((await api(launcher.baseUrl, coordinator.token, 'PUT', `/cases/${someCase.id}`, { municipality: '変更市', version: someCase.version })).status).toBe(200);
    const [someInterview] = (await api(launcher.baseUrl, supervisor.token, 'GET', '/interviews?range=[0,0]')).body as unknown as { id: string }[];
    expect((await api(launcher.baseUrl, supervisor.token, 'DELETE', `/interviews/${someInterview.id}`, { reason: '重複して入力' })).status).toBe(200);
    atSecondBackup = await fingerprint(url);
    expect(atSecondBackup['cases']).not.toEqual(atFirstBackup['cases']);
    expect(atSecondBackup['interviews']).not.toEqual(atFirstBackup['interviews']);

    const refused = await npmRun('db:restore', [whileRunning], { TSUNAGU_DATA_DIR: dataDir });
    expect([refused.code, refused.stderr]).toEqual([1, expect.stringMatching(/holds data.*--force/)]);
    const inUse = await npmRun('db:restore', [whileRunning, '--force'], { TSUNAGU_DATA_DIR: dataDir });
    expect([inUse.code, inUse.stderr]).toEqual([1, expect.stringMatching(/in use \(npm start is running on it\): stop Tsunagu/)]);

    await stop(launcher);
    expectSuccess(await npmRun('db:backup', ['--out', whileStopped], { TSUNAGU_DATA_DIR: dataDir }));
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  });

  it('restores into a fresh data dir, on which npm start runs with the data as it was at the backup', async () => {
    expectSuccess(await npmRun('db:restore', [whileStopped], { TSUNAGU_DATA_DIR: freshDir }));
    const launcher = await launch(freshDir, 120_000);
    expect(await fingerprint(embeddedDatabaseUrl(freshDir))).toEqual(atSecondBackup);
    const coordinator = await demoLogin(launcher, 'mnt.coordinator');
    expect((await api(launcher.baseUrl, coordinator.token, 'GET', `/cases/${newCase}`)).status).toBe(200);
    await stop(launcher);
  });

  it('replaces the stopped embedded database with --force, keeping the replaced one', async () => {
    const forced = await npmRun('db:restore', [whileRunning, '--force'], { TSUNAGU_DATA_DIR: dataDir });
    expectSuccess(forced);
    expect(forced.stdout).toMatch(/kept as database "tsunagu_before_restore_/);
    const launcher = await launch(dataDir, 120_000);
    expect(await fingerprint(embeddedDatabaseUrl(dataDir))).toEqual(atFirstBackup);
    const coordinator = await demoLogin(launcher, 'mnt.coordinator');
    expect((await api(launcher.baseUrl, coordinator.token, 'GET', `/cases/${newCase}`)).status).toBe(404);
    await stop(launcher);
  });
});
