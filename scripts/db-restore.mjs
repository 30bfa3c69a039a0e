// `npm run db:restore -- FILE [--force]`, `npm run db:restore -- FILE --check`
//
// Restores a backup made by `npm run db:backup` (a pg_dump archive or Tsunagu's snapshot archive)
// into the database DATABASE_URL names, or the embedded database in TSUNAGU_DATA_DIR (created when
// the data dir does not exist yet). The restore is built in a new database beside the target and
// renamed into place only once complete, so a failure leaves the target as it was:
//   - a pg_dump archive is restored with pg_restore in one transaction;
//   - a snapshot archive gets its schema from the API's own migrations, as far as the archive's
//     migrations go, and its rows in one transaction, each table checked against its checksum.
// Migrations newer than the archive then run on the restored data, as at an upgrade; an archive
// made by a newer schema than this code knows is refused. A target holding data is replaced only
// with --force, and kept under another name. `--check` reads the archive through and touches no database.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findPgTool, isPgDumpArchive, pgDumpMigrations, pgReadThrough, pgRestore } from './backup-pg-tools.mjs';
import { loadSnapshot, readSnapshotHeader, verifySnapshot } from './backup-snapshot.mjs';
import {
  OperatorError,
  appliedMigrations,
  databaseState,
  describe,
  onServer,
  openTarget,
  quote,
  runMigrations,
  say,
  serverMajor,
  sessionsOn,
  siblingName,
  withClient,
} from './backup-target.mjs';
import { databaseUrl } from './postgres.mjs';

const USAGE = 'usage: npm run db:restore -- FILE [--force] | FILE --check';

const names = (migrations) => migrations.map((m) => m.name);
const schemaOf = (migrations) => migrations.at(-1)?.name ?? 'no migrations';

/** Which kind of archive the file is; a snapshot's header names the migrations its database had applied. */
async function identify(file) {
  if (isPgDumpArchive(file)) return { kind: 'pg_dump' };
  const header = await readSnapshotHeader(file);
  return { kind: 'snapshot', header, migrations: header.migrations };
}

async function check(file, archive) {
  if (archive.kind === 'snapshot') {
    const s = await verifySnapshot(file);
    say(`${file} is complete: ${s.tables} tables, ${s.rows} rows, each matching its checksum; schema ${schemaOf(s.migrations)}; made ${s.createdAt} from PostgreSQL ${s.source.server}`);
    return;
  }
  const { newest } = await findPgTool('pg_restore', 0);
  if (!newest) throw new OperatorError(`${file} is a pg_dump archive and no pg_restore is installed to read it`);
  await pgReadThrough(newest.path, file);
  const migrations = await pgDumpMigrations(newest.path, file);
  say(`${file} is a pg_dump archive pg_restore ${newest.major} reads through; schema ${schemaOf(migrations)}`);
}

/**
 * TypeORM's own table of applied migrations, made ahead of the migrations so that those the archive
 * has not seen are skipped now and run after the load (the same definition TypeORM creates).
 */
async function markApplied(url, migrations) {
  await withClient(url, async (c) => {
    await c.query(
      `CREATE TABLE public.migrations (id SERIAL NOT NULL, "timestamp" bigint NOT NULL, name character varying NOT NULL, CONSTRAINT "PK_8c82d7f526340ab734260ea46be" PRIMARY KEY (id))`,
    );
    for (const m of migrations) await c.query('INSERT INTO public.migrations ("timestamp", name) VALUES ($1, $2)', [m.timestamp, m.name]);
  });
}

async function restore(file, { force }) {
  const started = Date.now();
  const archive = await identify(file);
  const target = await openTarget({ mayCreateCluster: true });
  let staging = null;
  try {
    if (archive.kind === 'pg_dump') {
      archive.tool = await restoreTool(file, await onServer(target.serverUrl, serverMajor));
      archive.migrations = await pgDumpMigrations(archive.tool.path, file);
    }
    if (!archive.migrations.length) throw new OperatorError(`${file} holds no Tsunagu schema (its database had no migrations applied)`);
    const state = await databaseState(target.serverUrl, target.database);
    if (state === 'data' && !force) {
      throw new OperatorError(`${target.label} holds data: restore into an empty or new database, or add --force to replace it (it is kept under another name)`);
    }
    if (state !== 'missing') await refuseIfInUse(target);

    staging = siblingName(target.database, 'restoring');
    const { known, loaded } = await restoreInto(target.serverUrl, staging, archive, file);
    const kept = await putInPlace(target, staging, force);
    staging = null;

    const what = loaded ? `${loaded.tables} tables, ${loaded.rows} rows, ` : '';
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`restored ${file} into ${target.label}: ${what}schema ${schemaOf(known)}, in ${seconds} s`);
    if (kept) say(`the data it replaced is kept as database "${kept}": drop it once the restore is checked`);
  } finally {
    if (staging) await onServer(target.serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quote(staging)}`)).catch(() => undefined);
    await target.close();
  }
}

/** pg_restore of the server's major version (or newer), which the archive must be restored with. */
async function restoreTool(file, major) {
  const tool = await findPgTool('pg_restore', major);
  if (tool.path) return tool;
  const found = tool.found.length ? `only pg_restore ${tool.found.join(', ')} is installed` : 'no pg_restore is installed';
  throw new OperatorError(`${file} is a pg_dump archive; the server is PostgreSQL ${major} and ${found} (install postgresql-client-${major})`);
}

/**
 * Restores the archive into the new database `name`: its schema as far as the archive's migrations
 * go, its rows, then the migrations this code has and the archive has not.
 * @returns {Promise<{ known: object[], loaded: { tables: number, rows: number } | null }>}
 */
async function restoreInto(serverUrl, name, archive, file) {
  const url = databaseUrl(serverUrl, name);
  const create = () => onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${quote(name)}`));
  const recreate = () => onServer(serverUrl, (c) => c.query(`DROP DATABASE ${quote(name)}`)).then(create);

  // What this code knows: the migrations it applies to an empty database.
  await create();
  await runMigrations(url);
  const known = await withClient(url, appliedMigrations);
  if (archive.migrations.some((m) => !names(known).includes(m.name))) {
    throw new OperatorError(
      `${file} was made by a newer Tsunagu (schema ${schemaOf(archive.migrations)}; this one knows up to ${schemaOf(known)}): update and build Tsunagu, then restore`,
    );
  }
  const later = known.filter((m) => !names(archive.migrations).includes(m.name));

  let loaded = null;
  if (archive.kind === 'pg_dump') {
    // The archive brings its own schema.
    await recreate();
    await pgRestore(archive.tool.path, url, file);
  } else {
    if (later.length) {
      await recreate();
      await markApplied(url, later);
      await runMigrations(url);
    }
    loaded = await withClient(url, (c) => loadSnapshot(c, file));
    if (later.length) await withClient(url, (c) => c.query('DELETE FROM public.migrations WHERE name = ANY ($1)', [names(later)]));
  }
  if (later.length) {
    await runMigrations(url);
    say(`brought the restored data from schema ${schemaOf(archive.migrations)} up to ${schemaOf(known)} with ${later.length} migration(s)`);
  }
  // Fresh planner statistics, so the first reports after the restore are as fast as before it.
  await withClient(url, (c) => c.query('ANALYZE'));
  if (archive.kind === 'snapshot') await noteCollation(url, archive.header.source);
  return { known, loaded };
}

/**
 * A database Tsunagu runs on is not replaced under it. The embedded server runs only with
 * `npm start`; on an external server the API's open connections tell, which only catches an API
 * whose pool holds one at that moment: the operator stops Tsunagu first.
 */
async function refuseIfInUse({ serverUrl, database, label, inUse }) {
  if (inUse) throw new OperatorError(`${label} is in use (npm start is running on it): stop Tsunagu before restoring into it`);
  const sessions = await sessionsOn(serverUrl, database);
  if (sessions) throw new OperatorError(`${label} is in use (${sessions} connection(s)): stop Tsunagu before restoring into it`);
}

/** Renames the finished restore to the target's name; a target with data is renamed aside first, an empty one dropped. */
async function putInPlace(target, staging, force) {
  const { serverUrl, database, label } = target;
  // Checked again: Tsunagu may have been started, or the database written, during the restore.
  const state = await databaseState(serverUrl, database);
  if (state === 'data' && !force) throw new OperatorError(`${label} received data during the restore: nothing was replaced`);
  if (state !== 'missing') await refuseIfInUse(target);
  const kept = state === 'data' ? siblingName(database, 'before_restore') : null;
  await onServer(serverUrl, async (c) => {
    if (state === 'empty') await c.query(`DROP DATABASE ${quote(database)}`);
    // Both renames or neither: the target's name never stands for nothing.
    await c.query('BEGIN');
    try {
      if (kept) await c.query(`ALTER DATABASE ${quote(database)} RENAME TO ${quote(kept)}`);
      await c.query(`ALTER DATABASE ${quote(staging)} RENAME TO ${quote(database)}`);
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    }
  });
  return kept;
}

/** Text sorts by the database's collation: worth a line when the restored one differs from the original's. */
async function noteCollation(url, source) {
  const { rows } = await withClient(url, (c) => c.query('SELECT datcollate AS collate FROM pg_database WHERE datname = current_database()'));
  if (source?.collate && rows[0].collate !== source.collate) {
    say(`note: the backed-up database sorted text by collation ${source.collate}, the restored one by ${rows[0].collate}`);
  }
}

let file;
let options;
try {
  const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new Error('name one backup file');
  file = resolve(positionals[0]);
  options = values;
} catch (e) {
  process.stderr.write(`[tsunagu] ${e.message}\n${USAGE}\n`);
  process.exit(2);
}

try {
  if (!existsSync(file)) throw new OperatorError(`${file} does not exist`);
  if (options.check) await check(file, await identify(file));
  else await restore(file, options);
} catch (e) {
  process.stderr.write(`[tsunagu] restore failed: ${describe(e)}\n`);
  process.exitCode = 1;
}
