// The PostgreSQL that `npm run db:backup` reads and `npm run db:restore` writes, and what both
// need to know about its databases. With DATABASE_URL that server and database are used as they
// are. Without it, the embedded database in TSUNAGU_DATA_DIR: through the server `npm start` is
// running on it, or, when none runs, a server started here for the while and stopped again.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { databaseUrl, startEmbeddedPostgres } from './postgres.mjs';

const WORKSPACE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');

const EMBEDDED_DATABASE = 'tsunagu';
// The password scripts/postgres.mjs gives the embedded server's postgres role; that server listens
// on 127.0.0.1 only. Needed to reach the server a running `npm start` owns.
const EMBEDDED_PASSWORD = 'tsunagu-embedded';

/** TypeORM's bookkeeping: made by the migrations themselves, never part of a center's data. */
export const BOOKKEEPING_TABLES = ['migrations', 'typeorm_metadata'];

/** A failure the operator can act on, said in its message alone; other errors are printed with their code. */
export class OperatorError extends Error {}

export const say = (line) => process.stdout.write(`[tsunagu] ${line}\n`);
export const quote = (identifier) => pg.escapeIdentifier(identifier);

async function connect(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Runs `work` with a client on `url`, closing it afterwards. */
export async function withClient(url, work) {
  const client = await connect(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The port of the embedded server a running `npm start` keeps in `dataDir`, read from its lock file. */
function runningEmbeddedPort(dataDir) {
  const lockFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (e) {
    // EPERM: alive, but run by the postgres system user (the embedded server's user under root).
    if (e.code !== 'EPERM') return null;
  }
  return Number(port) || null;
}

async function answers(url) {
  try {
    await withClient(url, (c) => c.query('SELECT 1'));
    return true;
  } catch {
    return false;
  }
}

/**
 * @typedef {object} Target
 * @property {string} url        the database's URL (with credentials: never print it)
 * @property {string} serverUrl  any URL on the same server, for databaseUrl()
 * @property {string} database   the database's name
 * @property {string} label      how messages name it
 * @property {boolean} inUse     the embedded server `npm start` runs, which means Tsunagu is running on it
 * @property {() => Promise<void>} close  stops the embedded server when it was started here
 */

const nothingToStop = async () => undefined;

/**
 * Finds the database to back up or restore into.
 * @param {{ mayCreateCluster?: boolean }} options  a restore may initialise an embedded data dir that does not exist yet
 * @returns {Promise<Target>}
 */
export async function openTarget({ mayCreateCluster = false } = {}) {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    const parsed = new URL(url);
    // libpq's default database is the user's name.
    const database = decodeURIComponent(parsed.pathname.slice(1)) || decodeURIComponent(parsed.username);
    return { url, serverUrl: url, database, label: `database "${database}" on ${parsed.host}`, inUse: false, close: nothingToStop };
  }
  const dataDir = resolve(process.env.TSUNAGU_DATA_DIR ?? './.tsunagu-data');
  const label = `the embedded database in ${dataDir}`;
  const port = runningEmbeddedPort(dataDir);
  if (port) {
    const serverUrl = `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
    if (await answers(databaseUrl(serverUrl, 'postgres'))) {
      return { url: databaseUrl(serverUrl, EMBEDDED_DATABASE), serverUrl, database: EMBEDDED_DATABASE, label, inUse: true, close: nothingToStop };
    }
  }
  if (!mayCreateCluster && !existsSync(join(dataDir, 'pg', 'PG_VERSION'))) {
    throw new OperatorError(`there is no embedded database in ${dataDir}: set TSUNAGU_DATA_DIR to its directory, or DATABASE_URL for an external database`);
  }
  const embedded = await startEmbeddedPostgres({ dataDir }).catch((e) => {
    throw new OperatorError(`the embedded PostgreSQL in ${dataDir} did not start${e ? `: ${e.message ?? e}` : ''}`);
  });
  return { url: databaseUrl(embedded.serverUrl, EMBEDDED_DATABASE), serverUrl: embedded.serverUrl, database: EMBEDDED_DATABASE, label, inUse: false, close: embedded.stop };
}

/** Runs `work` with a client on the server's maintenance database (`postgres`, else `template1`). */
export async function onServer(serverUrl, work) {
  let client;
  try {
    client = await connect(databaseUrl(serverUrl, 'postgres'));
  } catch (e) {
    if (e.code !== '3D000') throw e;
    client = await connect(databaseUrl(serverUrl, 'template1'));
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The server's major version, e.g. 18. */
export async function serverMajor(client) {
  const { rows } = await client.query('SHOW server_version_num');
  return Math.floor(Number(rows[0].server_version_num) / 10000);
}

/** The migrations applied to the database, in the order they ran ([] when it has none). */
export async function appliedMigrations(client) {
  const { rows } = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!rows[0].present) return [];
  const applied = await client.query('SELECT "timestamp", name FROM public.migrations ORDER BY id');
  return applied.rows.map((r) => ({ timestamp: Number(r.timestamp), name: r.name }));
}

/** 'missing', 'empty' (no row in any table but TypeORM's bookkeeping) or 'data'. */
export async function databaseState(serverUrl, name) {
  const exists = await onServer(serverUrl, (c) => c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]));
  if (!exists.rowCount) return 'missing';
  return withClient(databaseUrl(serverUrl, name), async (c) => {
    const { rows } = await c.query(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT (n.nspname = 'public' AND c.relname = ANY ($1))`,
      [BOOKKEEPING_TABLES],
    );
    for (const { name: table } of rows) {
      if ((await c.query(`SELECT EXISTS (SELECT FROM ${table}) AS used`)).rows[0].used) return 'data';
    }
    return 'empty';
  });
}

/** How many sessions other than ours are connected to database `name`. */
export async function sessionsOn(serverUrl, name) {
  const { rows } = await onServer(serverUrl, (c) =>
    c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]),
  );
  return rows[0].n;
}

/** A new database name, `<base>_<suffix>_<time>`, within PostgreSQL's 63-byte limit. */
export function siblingName(base, suffix) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').toLowerCase();
  const tail = `_${suffix}_${stamp}`;
  return `${Buffer.from(base).subarray(0, 63 - tail.length).toString().replace(/\uFFFD+$/, '')}${tail}`;
}

/**
 * Applies the API's own migrations (`node dist/apps/api/main.js migrate`) to the database at `url`:
 * the schema of a restore is made by the code that will run on it.
 */
export function runMigrations(url) {
  if (!existsSync(API_MAIN)) {
    throw new OperatorError('dist/apps/api/main.js is missing: build the API first (npx nx run api:build)');
  }
  // The migrations sign nothing, but the API's configuration check wants a signing secret.
  const env = { ...process.env, DATABASE_URL: url, JWT_SECRET: randomBytes(32).toString('hex') };
  delete env.DATABASE_READ_URL;
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [API_MAIN, 'migrate'], { cwd: WORKSPACE, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok(output.trim()) : fail(new OperatorError(`the migrations failed: ${output.trim()}`))));
  });
}

/** One line for the operator: the message, and for an unexpected error its code (a PostgreSQL SQLSTATE, an errno). */
export function describe(error) {
  const message = String(error?.message ?? error);
  const code = error instanceof OperatorError ? null : (error?.code ?? error?.name);
  return `${message}${code && !message.includes(code) ? ` (${code})` : ''}`.replace(/\s*\n\s*/g, ' / ');
}
