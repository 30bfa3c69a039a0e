import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, login, seedOrganisation, sqlClient, TestDatabase } from '@tsunagu/testing';
import { clusterState, groupGone, halfSentPost, idleKeepAlive, killGroup, openSocket, sleep, startApi, startLauncher, Started, waitRefused } from './support/processes';

/** The demo accounts' password (README, "Demo logins"). */
const DEMO_PASSWORD = 'tsunagu-demo-2026';

const newCase = (name: string) => ({ clientName: name, birthYear: 1988 });

async function casesNamed(databaseUrl: string, name: string): Promise<number> {
  const db = await sqlClient(databaseUrl);
  try {
    return (await db.query(`SELECT count(*)::int AS n FROM cases WHERE client_name = $1`, [name])).rows[0].n;
  } finally {
    await db.end();
  }
}

describe('stopping the API on SIGTERM', () => {
  let database: TestDatabase;
  let token: string;
  const running: Started[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const api = await startApi(database.url, env);
    running.push(api);
    return api;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    const first = await start();
    token = (await seedOrganisation(first.baseUrl)).users.aCoordinator.token;
    // Idle, with a kept-alive connection and one that has sent nothing open: it stops at once,
    // waiting neither for the keep-alive timeout nor for the silent client.
    await idleKeepAlive(first.port);
    (await openSocket(first.port)).on('error', () => undefined);
    const started = Date.now();
    process.kill(first.pid, 'SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  afterAll(async () => {
    for (const api of running) if (api.isRunning()) api.child.kill('SIGKILL');
    await database?.drop();
  });

  it('finishes the request in flight with its answer, refuses new connections meanwhile, then exits 0', async () => {
    const api = await start();
    const idle = await idleKeepAlive(api.port);
    const post = await halfSentPost(api.port, '/api/cases', token, newCase('停止中 受付'));
    await sleep(200);

    process.kill(api.pid, 'SIGTERM');
    await waitRefused(api.port, 10_000);
    await idle.closed;
    // Half a body is all the server has: it waits for the rest, however long the stop takes.
    await sleep(1000);
    expect(api.isRunning()).toBe(true);
    expect(post.isClosed()).toBe(false);

    post.finish();
    await post.closed;
    expect(post.status()).toBe(201);
    expect(post.answer()).toMatch(/\r\nConnection: close\r\n/i);
    expect(await api.exited).toEqual({ code: 0, signal: null });
    expect(await casesNamed(database.url, '停止中 受付')).toBe(1);
  });

  it('cuts off a request still in flight at SHUTDOWN_TIMEOUT_MS, says so, and exits 1', async () => {
    const api = await start({ SHUTDOWN_TIMEOUT_MS: '1500' });
    const post = await halfSentPost(api.port, '/api/cases', token, newCase('停止中 打切'));
    await sleep(200);
    const started = Date.now();
    process.kill(api.pid, 'SIGTERM');
    expect(await api.exited).toEqual({ code: 1, signal: null });
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(1400);
    expect(took).toBeLessThan(12_000);
    await post.closed;
    expect(post.status()).toBeUndefined();
    expect(api.output()).toMatch(/1 request\(s\) cut off: still running after 1500 ms/);
    expect(await casesNamed(database.url, '停止中 打切')).toBe(0);
  });

  it('stops waiting at a second SIGTERM, says so, and exits 1', async () => {
    const api = await start({ SHUTDOWN_TIMEOUT_MS: '30000' });
    const post = await halfSentPost(api.port, '/api/cases', token, newCase('停止中 二度'));
    await sleep(200);
    process.kill(api.pid, 'SIGTERM');
    // The same stop delivered twice at once (a terminal, systemd) is not a second request.
    process.kill(api.pid, 'SIGTERM');
    await sleep(2500);
    expect(api.isRunning()).toBe(true);
    const second = Date.now();
    process.kill(api.pid, 'SIGTERM');
    expect(await api.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - second).toBeLessThan(10_000);
    await post.closed;
    expect(api.output()).toMatch(/1 request\(s\) cut off: SIGTERM received again/);
  });
});

describe('stopping the launcher with its embedded PostgreSQL on SIGTERM', () => {
  let dataDir: string;
  const launchers: Started[] = [];

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-stop-'));
  });

  afterAll(async () => {
    // Only a failed test leaves a launcher running; the test itself checks that stopping leaves nothing.
    for (const l of launchers) await killGroup(l.pid);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps PostgreSQL up until the API has answered, stops both, exits 0, and the next start needs no recovery', async () => {
    const first = await startLauncher(dataDir, 180_000);
    launchers.push(first);
    const { token } = await login(first.baseUrl, 'mnt.coordinator@tsunagu.example', DEMO_PASSWORD);
    const post = await halfSentPost(first.port, '/api/cases', token, newCase('停止中 組込'));
    await sleep(200);

    process.kill(first.pid, 'SIGTERM');
    await waitRefused(first.port, 10_000);
    await sleep(500);
    expect(first.isRunning()).toBe(true);
    post.finish();
    await post.closed;
    // Saving the case needed the database: PostgreSQL was still up when the answer was made.
    expect(post.status()).toBe(201);
    const caseId = JSON.parse(post.answer().slice(post.answer().indexOf('\r\n\r\n') + 4)).id as string;
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.output()).toMatch(/embedded PostgreSQL stopped in \d+ ms/);
    expect(await groupGone(first.pid)).toBe(true);
    expect(clusterState(dataDir)).toBe('shut down');

    const second = await startLauncher(dataDir, 120_000);
    launchers.push(second);
    expect(second.output()).toMatch(/database system was shut down at/);
    expect(second.output()).not.toMatch(/not shut down cleanly|automatic recovery|redo starts/);
    const { token: again } = await login(second.baseUrl, 'mnt.coordinator@tsunagu.example', DEMO_PASSWORD);
    const saved = await fetch(`${second.baseUrl}/api/cases/${caseId}`, { headers: { authorization: `Bearer ${again}` } });
    expect(saved.status).toBe(200);
    process.kill(second.pid, 'SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    expect(await groupGone(second.pid)).toBe(true);
    expect(clusterState(dataDir)).toBe('shut down');
  });
});
