import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { ApiServer, login, seedOrganisation, sqlClient, startApiServer, TestDatabase } from '@tsunagu/testing';
import { clusterState, embeddedDatabaseUrl, groupGone, killGroup, reuseLockPid, sleep, startLauncher, Started } from './support/processes';
import { countByKind, halfWritten, missingAcknowledged, recordsSince, unansweredPresent, WriteLoad } from './support/write-load';

/** The demo accounts' password (README, "Demo logins"). */
const DEMO_PASSWORD = 'tsunagu-demo-2026';
const CLIENTS = 6;

async function createAgency(baseUrl: string, token: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/agencies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name: `みなと地域若者サポートステーション ${randomBytes(3).toString('hex')}`, type: 'youth_support_station' }),
  });
  if (res.status !== 201) throw new Error(`creating the agency answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

async function dbNow(db: Client): Promise<Date> {
  return (await db.query<{ now: Date }>('SELECT clock_timestamp() AS now')).rows[0].now;
}

/** Waits until `check` holds, polling every few milliseconds. */
async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(5);
  }
}

/** The figures of a run, printed for the record. */
function report(title: string, figures: Record<string, unknown>): void {
  process.stdout.write(`\n${title}\n${JSON.stringify(figures, null, 2)}\n`);
}

describe('crash safety: the API killed mid-write on an external database', () => {
  let server: ApiServer | undefined;
  let restarted: ApiServer | undefined;
  let database: TestDatabase | undefined;
  let db: Client | undefined;

  afterAll(async () => {
    await db?.end();
    await restarted?.stop();
    await server?.stop(true);
    await database?.drop();
  });

  it('keeps every acknowledged write and leaves nothing half-written', async () => {
    server = await startApiServer();
    database = server.database;
    const org = await seedOrganisation(server.baseUrl);
    const agencyId = await createAgency(server.baseUrl, org.users.aStaff.token);
    const sql = (db = await sqlClient(database.url));
    const since = await dbNow(sql);
    const load = new WriteLoad({
      baseUrl: server.baseUrl,
      coordinators: [org.users.aCoordinator.token, org.users.aCoordinator2.token],
      agencyId,
      clients: CLIENTS,
      runId: randomBytes(3).toString('hex'),
    }).start();
    await until(() => load.acknowledged().length >= 100, 60_000, '100 acknowledged writes');

    // Holding the audit trail stops every write transaction at its audit entry, after its other
    // rows are written: the kill then lands in the middle of transactions, not between them.
    const lock = await sqlClient(database.url);
    await lock.query(`BEGIN; LOCK TABLE audit_logs IN EXCLUSIVE MODE`);
    const blocked = async () =>
      (
        await sql.query<{ waiting: number; atAudit: number }>(
          `SELECT count(*)::int AS waiting, count(*) FILTER (WHERE query ILIKE 'INSERT INTO "audit_logs"%')::int AS "atAudit"
             FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      ).rows[0];
    await until(
      async () => {
        const { waiting, atAudit } = await blocked();
        return waiting >= CLIENTS - 1 && atAudit >= 1;
      },
      20_000,
      'writes waiting mid-transaction',
    );
    const locks = await blocked();
    const atKill = { acknowledged: load.acknowledged().length, inFlight: load.inFlight().length, ...locks };
    const killedAt = Date.now();
    process.kill(server.pid, 'SIGKILL');
    await server.stop(true);
    await lock.query('ROLLBACK');
    await lock.end();
    await load.settled();
    // The killed API's sessions end as soon as they notice their client is gone.
    await until(
      async () => (await sql.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rowCount === 0,
      20_000,
      'the killed sessions ending',
    );

    const restartedAt = Date.now();
    restarted = await startApiServer({}, { database });
    const restartMs = Date.now() - restartedAt;

    const unanswered = load.writes.filter((w) => w.outcome === 'unanswered');
    report('external database: SIGKILL of the API', {
      acknowledged: countByKind(load.acknowledged()),
      acknowledgedAtKill: atKill.acknowledged,
      acknowledgedAfterKill: load.acknowledged().length,
      inFlightAtKill: atKill.inFlight,
      waitingOnLocksAtKill: atKill.waiting,
      stoppedAtTheirAuditEntry: atKill.atAudit,
      unanswered: countByKind(unanswered),
      unansweredButPresent: await unansweredPresent(sql, unanswered),
      records: await recordsSince(sql, since),
      restartMs,
    });

    expect(load.refusedBefore(Date.now())).toEqual([]);
    expect(atKill.inFlight).toBeGreaterThanOrEqual(CLIENTS - 1);
    expect(atKill.atAudit).toBeGreaterThanOrEqual(1);
    expect(unanswered.length).toBeGreaterThanOrEqual(atKill.waiting);
    expect(load.acknowledgedIfSentAfter(killedAt)).toEqual([]);
    expect(await missingAcknowledged(sql, load.writes)).toEqual([]);
    expect(await halfWritten(sql, since)).toEqual([]);
    // The writes stopped mid-transaction rolled back whole; only one that was past its audit entry may have committed.
    expect((await unansweredPresent(sql, unanswered)).present).toBeLessThanOrEqual(unanswered.length - atKill.waiting);

    // The restarted API serves what was acknowledged, and takes writes again.
    const coordinator = org.users.aCoordinator;
    for (const w of load.acknowledged('send').slice(0, 5)) {
      const res = await fetch(`${restarted.baseUrl}/api/disclosures?filter=${encodeURIComponent(JSON.stringify({ referralId: w.key }))}`, {
        headers: { authorization: `Bearer ${org.users.aSupervisor.token}` },
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toHaveLength(1);
    }
    const again = new WriteLoad({ baseUrl: restarted.baseUrl, coordinators: [coordinator.token], agencyId, clients: 1, runId: `after-${randomBytes(3).toString('hex')}` }).start();
    await until(() => again.acknowledged('send').length >= 1, 30_000, 'a referral sent after the restart');
    await again.stop();
    expect(again.refusedBefore(Date.now())).toEqual([]);
  });
});

describe('crash safety: the launcher, the API and the embedded PostgreSQL killed together', () => {
  let dataDir: string;
  const launchers: Started[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-crash-'));
  });
  let impostor: ChildProcess | undefined;
  let db: Client | undefined;

  afterAll(async () => {
    await db?.end().catch(() => undefined);
    impostor?.kill('SIGKILL');
    // Only a failed test leaves a launcher running; the test itself checks that stopping leaves nothing.
    for (const l of launchers) await killGroup(l.pid);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('recovers on the next start with every acknowledged write, nothing half-written, and stops cleanly', async () => {
    const first = await startLauncher(dataDir, 180_000);
    launchers.push(first);
    const demo = (who: string) => login(first.baseUrl, `${who}@tsunagu.example`, DEMO_PASSWORD);
    const [coordinator, coordinator2, staff] = await Promise.all([demo('mnt.coordinator'), demo('mnt.coordinator2'), demo('mnt.staff')]);
    const agencyId = await createAgency(first.baseUrl, staff.token);
    db = await sqlClient(embeddedDatabaseUrl(dataDir));
    const since = await dbNow(db);
    await db.end();
    db = undefined;

    const load = new WriteLoad({
      baseUrl: first.baseUrl,
      coordinators: [coordinator.token, coordinator2.token],
      agencyId,
      clients: CLIENTS,
      runId: randomBytes(3).toString('hex'),
    }).start();
    await until(() => load.acknowledged().length >= 100, 60_000, '100 acknowledged writes');
    // A power cut while a referral is being sent (its disclosure record is written in the same transaction).
    await until(() => load.inFlight().some((w) => w.kind === 'send'), 20_000, 'a referral being sent');
    const atKill = { acknowledged: load.acknowledged().length, inFlight: load.inFlight().length, sendsInFlight: load.inFlight().filter((w) => w.kind === 'send').length };
    const killedAt = Date.now();
    process.kill(-first.pid, 'SIGKILL');
    await first.exited;
    await load.settled();
    expect(await groupGone(first.pid)).toBe(true);
    expect(clusterState(dataDir)).toBe('in production');
    // The PID in the postmaster.pid left behind now names a live process, as after a reboot.
    impostor = reuseLockPid(dataDir);

    const second = await startLauncher(dataDir, 120_000);
    launchers.push(second);
    impostor.kill('SIGKILL');
    expect(second.output()).toMatch(/not shut down cleanly \(in production\)/);
    expect(second.output()).toMatch(/removing the stale .*postmaster\.pid/);
    expect(second.output()).toMatch(/database system was interrupted|not properly shut down/);
    expect(second.output()).toMatch(/redo done/);

    db = await sqlClient(embeddedDatabaseUrl(dataDir));
    const unanswered = load.writes.filter((w) => w.outcome === 'unanswered');
    report('embedded PostgreSQL: SIGKILL of the launcher, the API and PostgreSQL', {
      acknowledged: countByKind(load.acknowledged()),
      acknowledgedAtKill: atKill.acknowledged,
      acknowledgedAfterKill: load.acknowledged().length,
      inFlightAtKill: atKill.inFlight,
      sendsInFlightAtKill: atKill.sendsInFlight,
      unanswered: countByKind(unanswered),
      unansweredButPresent: await unansweredPresent(db, unanswered),
      refusedAfterKill: load.writes.filter((w) => w.outcome === 'refused').map((w) => `${w.kind} ${w.status}`),
      records: await recordsSince(db, since),
      firstStartUntilHealthyMs: first.startedInMs,
      restartUntilHealthyMs: second.startedInMs,
      recovery: /redo done at .*$/m.exec(second.output())?.[0],
    });

    expect(load.refusedBefore(killedAt)).toEqual([]);
    expect(atKill.inFlight).toBeGreaterThanOrEqual(1);
    expect(load.acknowledgedIfSentAfter(killedAt)).toEqual([]);
    expect(await missingAcknowledged(db, load.writes)).toEqual([]);
    expect(await halfWritten(db, since)).toEqual([]);

    // The API on the recovered database serves the acknowledged cases and takes writes again.
    const cases = await fetch(`${second.baseUrl}/api/cases?filter=${encodeURIComponent(JSON.stringify({ q: `負荷 試験` }))}&range=[0,999]`, {
      headers: { authorization: `Bearer ${(await login(second.baseUrl, 'mnt.supervisor@tsunagu.example', DEMO_PASSWORD)).token}` },
    });
    expect(cases.status).toBe(200);
    const listed = new Set(((await cases.json()) as Array<{ clientName: string }>).map((c) => c.clientName));
    expect(load.acknowledged('case').filter((w) => !listed.has(w.key))).toEqual([]);
    const again = new WriteLoad({ baseUrl: second.baseUrl, coordinators: [coordinator.token], agencyId, clients: 1, runId: `after-${randomBytes(3).toString('hex')}` }).start();
    await until(() => again.acknowledged('send').length >= 1, 30_000, 'a referral sent after the restart');
    await again.stop();
    expect(again.refusedBefore(Date.now())).toEqual([]);
    await db.end();
    db = undefined;

    // SIGTERM: the launcher stops the API, then PostgreSQL with a fast shutdown, and exits 0.
    process.kill(second.pid, 'SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(await groupGone(second.pid)).toBe(true);
    expect(clusterState(dataDir)).toBe('shut down');
  });
});
