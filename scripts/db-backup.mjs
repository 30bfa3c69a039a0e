// `npm run db:backup -- [--out FILE] [--method auto|pg_dump|snapshot]`
//
// Writes a backup of the Tsunagu database (default: backups/tsunagu-<UTC time>.<dump|snapshot.gz>).
// An external database (DATABASE_URL) is dumped with PostgreSQL's own pg_dump, custom format, when a
// client of the server's major version (or newer) is installed; otherwise, and always for the
// embedded database (which ships no client tools), Tsunagu's snapshot archive is written: every
// table read in one repeatable-read snapshot, with the migrations applied and a checksum per table.
// Either way the API may keep running. The file is written beside its final name and renamed once
// complete, readable by its owner only: it holds special-care personal information.
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { findPgTool, pgDump } from './backup-pg-tools.mjs';
import { writeSnapshot } from './backup-snapshot.mjs';
import { OperatorError, appliedMigrations, describe, openTarget, say, serverMajor, withClient } from './backup-target.mjs';

const USAGE = 'usage: npm run db:backup -- [--out FILE] [--method auto|pg_dump|snapshot]';

function defaultFile(method) {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `backups/tsunagu-${stamp}.${method === 'pg_dump' ? 'dump' : 'snapshot.gz'}`;
}

/** The file relative to the working directory when it lies inside it, else its full path. */
function shown(file) {
  return file.startsWith(process.cwd() + sep) ? relative(process.cwd(), file) : file;
}

function megabytes(file) {
  return `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
}

/** pg_dump when one that can dump the server is installed, else the snapshot; the embedded database always gets the snapshot. */
async function chooseMethod(requested, major) {
  if (requested === 'snapshot' || (requested === 'auto' && !process.env.DATABASE_URL)) return { method: 'snapshot' };
  const tool = await findPgTool('pg_dump', major);
  if (tool.path) return { method: 'pg_dump', tool };
  const found = tool.found.length ? `only pg_dump ${tool.found.join(', ')} is installed` : 'no pg_dump is installed';
  if (requested === 'pg_dump') {
    throw new OperatorError(`the server is PostgreSQL ${major} and ${found}: install its client (e.g. postgresql-client-${major}), or use --method snapshot`);
  }
  say(`the server is PostgreSQL ${major} and ${found}: writing Tsunagu's snapshot archive instead of a pg_dump archive`);
  return { method: 'snapshot' };
}

async function backup(options) {
  const started = Date.now();
  const target = await openTarget();
  try {
    const { major, migrations } = await withClient(target.url, async (c) => ({ major: await serverMajor(c), migrations: await appliedMigrations(c) })).catch((e) => {
      if (e.code === '3D000') throw new OperatorError(`${target.label} does not exist`);
      throw e;
    });
    const { method, tool } = await chooseMethod(options.method, major);
    const out = resolve(options.out ?? defaultFile(method));
    if (existsSync(out)) throw new OperatorError(`${out} exists already: choose another --out`);
    mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
    const partial = `${out}.partial`;
    let detail;
    try {
      if (method === 'pg_dump') {
        await pgDump(tool.path, target.url, partial);
        chmodSync(partial, 0o600);
        detail = `pg_dump ${tool.major} custom format`;
      } else {
        const written = await withClient(target.url, (c) => writeSnapshot(c, partial));
        detail = `snapshot of ${written.tables} tables, ${written.rows} rows`;
      }
      renameSync(partial, out);
    } catch (e) {
      rmSync(partial, { force: true });
      throw e;
    }
    const schema = migrations.at(-1)?.name ?? 'no migrations';
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    say(`backed up ${target.label} (PostgreSQL ${major}, schema ${schema}) to ${shown(out)}: ${detail}, ${megabytes(out)}, in ${seconds} s`);
  } finally {
    await target.close();
  }
}

let options;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' }, method: { type: 'string', default: 'auto' } }, strict: true });
  if (!['auto', 'pg_dump', 'snapshot'].includes(values.method)) throw new Error(`unknown method ${values.method}`);
  options = values;
} catch (e) {
  process.stderr.write(`[tsunagu] ${e.message}\n${USAGE}\n`);
  process.exit(2);
}

try {
  await backup(options);
} catch (e) {
  process.stderr.write(`[tsunagu] backup failed: ${describe(e)}\n`);
  process.exitCode = 1;
}
