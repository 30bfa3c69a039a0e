import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { BOOTSTRAP_ADMIN, WORKSPACE_ROOT } from '@tsunagu/testing';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A process the test started: the built API, or the launcher with its embedded PostgreSQL. */
export interface Started {
  child: ChildProcess;
  pid: number;
  port: number;
  baseUrl: string;
  exited: Promise<Exit>;
  isRunning(): boolean;
  output(): string;
}

function track(child: ChildProcess, port: number): Started {
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  let running = true;
  const exited = new Promise<Exit>((ok) =>
    child.once('exit', (code, signal) => {
      running = false;
      ok({ code, signal });
    }),
  );
  return { child, pid: child.pid as number, port, baseUrl: `http://127.0.0.1:${port}`, exited, isRunning: () => running, output: () => output };
}

/** Waits until `/api/health` answers 200; fails early when the process ends. */
export async function waitHealthy(p: Started, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (!p.isRunning()) throw new Error(`The process ended during start:\n${p.output()}`);
    try {
      if ((await fetch(`${p.baseUrl}/api/health`)).ok) return Date.now() - started;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error(`Not healthy within ${timeoutMs} ms:\n${p.output()}`);
}

/** The built API on `databaseUrl`, as its own process (its exit code is what these tests read). */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', join(WORKSPACE_ROOT, 'dist/apps/api/main.js')], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      BOOTSTRAP_ADMIN_EMAIL: BOOTSTRAP_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: BOOTSTRAP_ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const api = track(child, port);
  await waitHealthy(api, 60_000);
  return api;
}

/**
 * `npm start`'s launcher (scripts/start.mjs) without DATABASE_URL: the embedded PostgreSQL in
 * `dataDir`, then the API. It leads a process group of its own, so that the API and PostgreSQL can
 * be killed with it in one go, as a power cut would.
 */
export async function startLauncher(dataDir: string, timeoutMs: number): Promise<Started & { startedInMs: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env['PATH'] ?? '', PORT: String(port), HOST: '127.0.0.1', TSUNAGU_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const launcher = track(child, port);
  return { ...launcher, startedInMs: await waitHealthy(launcher, timeoutMs) };
}

/**
 * The live processes of the group led by `pgid`. A killed process stays a zombie until its parent
 * (for the API and PostgreSQL, init, once the launcher is gone) collects it; zombies do not count.
 */
export function groupMembers(pgid: number): number[] {
  if (!existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
    } catch {
      /* ended meanwhile */
    }
  }
  return members;
}

/** Waits until no process of the group is left; false when one still is after `timeoutMs`. */
export async function groupGone(pgid: number, timeoutMs = 10_000): Promise<boolean> {
  const started = Date.now();
  while (groupMembers(pgid).length) {
    if (Date.now() - started > timeoutMs) return false;
    await sleep(50);
  }
  return true;
}

/** Ends whatever is left of a launcher's group, and says whether anything was. */
export async function killGroup(pgid: number): Promise<boolean> {
  if (!groupMembers(pgid).length) return false;
  process.kill(-pgid, 'SIGKILL');
  await groupGone(pgid);
  return true;
}

const CLUSTER_STATES = ['starting up', 'shut down', 'shut down in recovery', 'shutting down', 'in crash recovery', 'in archive recovery', 'in production'];

/** What `pg_controldata` reports as "Database cluster state" for the embedded cluster of `dataDir`. */
export function clusterState(dataDir: string): string {
  const control = readFileSync(join(dataDir, 'pg', 'global', 'pg_control'));
  const state = endianness() === 'LE' ? control.readInt32LE(16) : control.readInt32BE(16);
  return CLUSTER_STATES[state] ?? `unknown (${state})`;
}

/** The URL of the running embedded cluster's `tsunagu` database (its port is in postmaster.pid). */
export function embeddedDatabaseUrl(dataDir: string): string {
  const port = readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3];
  return `postgres://postgres:tsunagu-embedded@127.0.0.1:${port}/tsunagu`;
}

/**
 * Makes the postmaster.pid a crash left behind name a live process of the cluster's owner, as when
 * the number is reused after a restart: PostgreSQL alone refuses to start then. Returns the
 * process, to be ended by the caller.
 */
export function reuseLockPid(dataDir: string): ChildProcess {
  const cluster = join(dataDir, 'pg');
  const lock = join(cluster, 'postmaster.pid');
  if (!existsSync(lock)) throw new Error('no postmaster.pid was left behind');
  const owner = statSync(cluster);
  const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
  const impostor = spawn('sleep', ['120'], { stdio: 'ignore', ...asOwner });
  const lines = readFileSync(lock, 'utf8').split('\n');
  lines[0] = String(impostor.pid);
  writeFileSync(lock, lines.join('\n'));
  return impostor;
}

/** A connection to `port`, or the error that refused it. */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => ok(socket));
    socket.once('error', fail);
  });
}

/** Waits until `port` refuses connections. */
export async function waitRefused(port: number, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      (await openSocket(port)).destroy();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ECONNREFUSED') return;
      throw err;
    }
    await sleep(50);
  }
  throw new Error(`port ${port} still accepted connections after ${timeoutMs} ms`);
}

/** A raw HTTP/1.1 exchange on a connection of its own: what came back, and when the server closed it. */
export interface RawExchange {
  socket: Socket;
  answer(): string;
  status(): number | undefined;
  closed: Promise<void>;
  isClosed(): boolean;
}

function exchange(socket: Socket): RawExchange {
  let answer = '';
  let closed = false;
  socket.on('data', (d) => (answer += d));
  socket.on('error', () => undefined);
  return {
    socket,
    answer: () => answer,
    status: () => {
      const line = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      return line ? Number(line[1]) : undefined;
    },
    closed: new Promise<void>((ok) =>
      socket.once('close', () => {
        closed = true;
        ok();
      }),
    ),
    isClosed: () => closed,
  };
}

/**
 * Sends a JSON POST's headers and the first half of its body, and holds the rest back until
 * `finish()`: a request truly in flight, however fast the server is.
 */
export async function halfSentPost(port: number, path: string, token: string, body: object): Promise<RawExchange & { finish(): void }> {
  const bytes = Buffer.from(JSON.stringify(body));
  const half = Math.floor(bytes.length / 2);
  const socket = await openSocket(port);
  const x = exchange(socket);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\n\r\n`,
  );
  socket.write(bytes.subarray(0, half));
  return { ...x, finish: () => socket.write(bytes.subarray(half)) };
}

/** A connection that asked for the health check with keep-alive and then stays open, idle. */
export async function idleKeepAlive(port: number): Promise<RawExchange> {
  const x = exchange(await openSocket(port));
  x.socket.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: keep-alive\r\n\r\n`);
  // Complete once the JSON body has arrived: from then on the connection is idle.
  for (let i = 0; i < 100 && !x.answer().trimEnd().endsWith('}'); i++) await sleep(50);
  if (x.status() !== 200) throw new Error(`health check on a kept-alive connection answered: ${x.answer()}`);
  return x;
}
