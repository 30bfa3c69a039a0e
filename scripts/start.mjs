// `npm start`: runs the built API (which also serves the built web app) on PORT (default 3000).
// With DATABASE_URL it uses that database as it is. Without it, it starts the embedded default
// database in TSUNAGU_DATA_DIR (default ./.tsunagu-data), where the API loads the demo data once.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { databaseUrl, ensureDatabase, startEmbeddedPostgres } from './postgres.mjs';

const log = (line) => process.stdout.write(`[tsunagu] ${line}\n`);

/** A signing secret kept beside the embedded database, so sign-ins survive a restart. */
function embeddedJwtSecret(dataDir) {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
let stopDatabase = async () => {};

if (!env.DATABASE_URL) {
  const dataDir = resolve(env.TSUNAGU_DATA_DIR ?? './.tsunagu-data');
  mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  const embedded = await startEmbeddedPostgres({ dataDir, log: () => {} });
  await ensureDatabase(embedded.serverUrl, 'tsunagu');
  log(`embedded PostgreSQL started in ${Date.now() - started} ms (data in ${dataDir})`);
  stopDatabase = embedded.stop;
  env.DATABASE_URL = databaseUrl(embedded.serverUrl, 'tsunagu');
  env.TSUNAGU_DATA_DIR = dataDir;
  env.TSUNAGU_EMBEDDED_DB = 'true';
  env.JWT_SECRET ??= embeddedJwtSecret(dataDir);
}

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { env, stdio: 'inherit' });
let stopping = false;
const shutdown = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
api.on('exit', async (code) => {
  await stopDatabase();
  process.exit(code ?? 0);
});
