import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createTestDatabase, TestDatabase } from './test-database';

export const BOOTSTRAP_ADMIN = { email: 'admin@test.tsunagu.example', password: 'bootstrap-admin-pass' };

/** The workspace root, found from this file (libs/shared/testing/src). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface ApiServer {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  database: TestDatabase;
  /** The server's process id (the benchmark reads its memory). */
  pid: number;
  /** What the server printed, for failure messages. */
  output(): string;
  /** Stops the server and drops its database (kept with `keepDatabase`, e.g. to study a benchmark's plans). */
  stop(keepDatabase?: boolean): Promise<void>;
}

/**
 * Starts the built API (dist/apps/api/main.js, which also serves dist/apps/web) as its own
 * process on a fresh database of its own, with the bootstrap admin, and waits until it is healthy.
 */
export interface StartOptions {
  /**
   * An existing database to start on (a second instance, or a restart after a crash): it is not
   * dropped when this server stops. Default: a fresh database of the server's own.
   */
  database?: TestDatabase;
}

export async function startApiServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<ApiServer> {
  const main = join(WORKSPACE_ROOT, 'dist/apps/api/main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build the API first (npx nx run api:build)`);
  const database = options.database ? { ...options.database, drop: async () => undefined } : await createTestDatabase();
  const port = await freePort();
  let output = '';
  // The flags the API is built to run with (its heap bound), as `npm start` and the image run it.
  const nodeOptions = readFileSync(join(WORKSPACE_ROOT, 'dist/apps/api/node-options'), 'utf8').split(/\s+/).filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, '--enable-source-maps', main], {
    cwd: WORKSPACE_ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      BOOTSTRAP_ADMIN_EMAIL: BOOTSTRAP_ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: BOOTSTRAP_ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (keepDatabase = false) => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    if (!keepDatabase) await database.drop();
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await database.drop();
      throw new Error(`The API exited during start:\n${output}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API did not become healthy within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { baseUrl, database, pid: child.pid as number, output: () => output, stop };
}
