// Runs a command (the test suites) with TEST_DATABASE_URL naming a PostgreSQL server on which
// each suite creates and drops its own database. A TEST_DATABASE_URL already set is used as it is;
// otherwise an embedded PostgreSQL is started for the run, so `npm test` works on a fresh laptop.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './postgres.mjs';

const [command, ...args] = process.argv.slice(2);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
let cleanup = async () => {};

if (!env.TEST_DATABASE_URL) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagu-test-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir });
  process.stdout.write(`[tsunagu] tests use an embedded PostgreSQL at ${new URL(embedded.serverUrl).host}\n`);
  env.TEST_DATABASE_URL = embedded.serverUrl;
  cleanup = async () => {
    await embedded.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

const child = spawn(command, args, { env, stdio: 'inherit', shell: process.platform === 'win32' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', async (code, signal) => {
  await cleanup();
  process.exit(code ?? (signal ? 1 : 0));
});
