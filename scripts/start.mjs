// `npm start`: runs the built API (which also serves the built web app) on PORT (default 3000).
// With DATABASE_URL it uses that database as it is. Without it, it starts the embedded default
// database in TSUNAGU_DATA_DIR (default ./.tsunagu-data), where the API loads the demo data once.
//
// Stopping (SIGTERM, SIGINT, SIGHUP): the API is asked to stop first and finishes the requests in
// flight (up to SHUTDOWN_TIMEOUT_MS); only then is the embedded PostgreSQL stopped, with a fast
// shutdown that leaves nothing to recover. The launcher exits with the API's exit code.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clusterState, databaseUrl, ensureDatabase, startEmbeddedPostgres } from './postgres.mjs';

const log = (line) => process.stdout.write(`[tsunagu] ${line}\n`);

/** A signing secret kept beside the embedded database, so sign-ins survive a restart. */
function embeddedJwtSecret(dataDir) {
  const file = join(dataDir, 'jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

/** Lines about how the database last stopped and how it recovers, worth an operator's eye. */
const NOTEWORTHY = /database system was|automatic recovery|redo (starts|done)|invalid record length|stale|FATAL|PANIC/;

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' };
let stopDatabase = async () => undefined;
let api;
let stopSignal;

// The API bounds its own stop; this only ends an API that hangs anyway (the same setting, plus a margin).
const apiStopBoundMs = (Number(env.SHUTDOWN_TIMEOUT_MS) || 10_000) + 10_000;

function onSignal(signal) {
  // The API tells a repeated signal from the same one delivered twice (see apps/api/src/shutdown.ts).
  if (api && api.exitCode === null && api.signalCode === null) api.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  if (stopSignal) return;
  stopSignal = signal;
  setTimeout(() => {
    log(`the API did not stop within ${apiStopBoundMs} ms; killing it`);
    api?.kill('SIGKILL');
  }, apiStopBoundMs).unref();
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));

if (!env.DATABASE_URL) {
  const dataDir = resolve(env.TSUNAGU_DATA_DIR ?? './.tsunagu-data');
  mkdirSync(dataDir, { recursive: true });
  const started = Date.now();
  const before = clusterState(dataDir);
  if (before && before !== 'shut down') {
    log(`the embedded PostgreSQL was not shut down cleanly (${before}): it recovers from its write-ahead log`);
  }
  const embedded = await startEmbeddedPostgres({
    dataDir,
    handleSignals: false,
    log: (text) => text.split('\n').filter((line) => NOTEWORTHY.test(line)).forEach((line) => log(`postgres: ${line.trim()}`)),
  });
  stopDatabase = async () => {
    const stopping = Date.now();
    await embedded.stop();
    const state = clusterState(dataDir);
    if (state !== 'shut down') throw new Error(`the embedded PostgreSQL stopped, but not cleanly (${state})`);
    log(`embedded PostgreSQL stopped in ${Date.now() - stopping} ms`);
  };
  await ensureDatabase(embedded.serverUrl, 'tsunagu');
  log(`embedded PostgreSQL started in ${Date.now() - started} ms (data in ${dataDir})`);
  env.DATABASE_URL = databaseUrl(embedded.serverUrl, 'tsunagu');
  env.TSUNAGU_DATA_DIR = dataDir;
  env.TSUNAGU_EMBEDDED_DB = 'true';
  env.JWT_SECRET ??= embeddedJwtSecret(dataDir);
}

/** Stops the database (when embedded) and exits with `code`, or 1 when the database did not stop cleanly. */
async function finish(code) {
  try {
    await stopDatabase();
  } catch (err) {
    log(err.message);
    code ||= 1;
  }
  process.exit(code);
}

if (stopSignal) {
  // Asked to stop while the database was starting: there is no API to wait for.
  await finish(0);
} else {
  // The flags the API is built to run with (its heap bound), from apps/api/node-options.
  const nodeOptions = readFileSync('dist/apps/api/node-options', 'utf8').split(/\s+/).filter(Boolean);
  api = spawn(process.execPath, [...nodeOptions, '--enable-source-maps', 'dist/apps/api/main.js'], { env, stdio: 'inherit' });
  api.on('exit', (code, signal) => {
    if (signal) log(`the API was ended by ${signal}`);
    void finish(code ?? 1);
  });
}
