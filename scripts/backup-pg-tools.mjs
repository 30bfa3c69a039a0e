// PostgreSQL's own pg_dump and pg_restore, used for an external server when a client of its major
// version is installed. pg_dump refuses a server newer than itself, so the version is checked first.
import { execFile, spawn } from 'node:child_process';
import { closeSync, openSync, readSync, readdirSync } from 'node:fs';
import { devNull } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { OperatorError } from './backup-target.mjs';

const run = promisify(execFile);
const EXE = process.platform === 'win32' ? '.exe' : '';

/** Sub-directories `sub` of those in `parent` whose names match. */
function versionedDirs(parent, pattern, sub) {
  try {
    return readdirSync(parent)
      .filter((d) => pattern.test(d))
      .map((d) => join(parent, d, sub));
  } catch {
    return [];
  }
}

/** PATH first, then where Debian/Ubuntu, PGDG's RPMs and Homebrew keep one client per major version. */
function clientDirs() {
  return [
    ...new Set([
      ...(process.env.PATH ?? '').split(delimiter).filter(Boolean),
      ...versionedDirs('/usr/lib/postgresql', /^\d+$/, 'bin'),
      ...versionedDirs('/usr', /^pgsql-\d+$/, 'bin'),
      ...versionedDirs('/opt/homebrew/opt', /^postgresql@\d+$/, 'bin'),
      ...versionedDirs('/usr/local/opt', /^postgresql@\d+$/, 'bin'),
    ]),
  ];
}

async function majorOf(program) {
  try {
    const { stdout } = await run(program, ['--version']);
    const match = /\(PostgreSQL\) (\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * `name` (pg_dump or pg_restore) of the server's major version, else the nearest newer one
 * (both read older servers); `found` lists the majors installed, for the message when none fits,
 * and `newest` is the newest installed (which reads the most archive versions).
 * @returns {Promise<{ path: string | null, major: number | null, found: number[], newest: { path: string, major: number } | null }>}
 */
export async function findPgTool(name, serverMajor) {
  const found = [];
  for (const dir of clientDirs()) {
    const path = join(dir, `${name}${EXE}`);
    const major = await majorOf(path);
    if (major !== null && !found.some((f) => f.path === path)) found.push({ path, major });
  }
  const fitting = found.filter((f) => f.major >= serverMajor).sort((a, b) => a.major - b.major);
  const best = fitting[0] ?? null;
  const majors = [...new Set(found.map((f) => f.major))].sort((a, b) => a - b);
  const newest = [...found].sort((a, b) => b.major - a.major)[0] ?? null;
  return { path: best?.path ?? null, major: best?.major ?? null, found: majors, newest };
}

/** The connection for libpq programs: the URL without its password, which goes in PGPASSWORD (not on a command line `ps` shows). */
function libpqConnection(url) {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env };
}

function runTool(program, args, env) {
  return new Promise((ok, fail) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('exit', (code) => {
      const name = program.split(/[\\/]/).pop();
      if (code === 0) ok(stdout);
      else fail(new OperatorError(`${name} failed: ${stderr.trim().split('\n').slice(0, 5).join(' / ')}`));
    });
  });
}

/** pg_dump's custom format (-Fc): compressed, restorable table by table with pg_restore. */
export function pgDump(program, url, file) {
  const { dbname, env } = libpqConnection(url);
  return runTool(program, ['--format=custom', '--no-password', `--file=${file}`, `--dbname=${dbname}`], env);
}

/**
 * Restores the archive into the empty database at `url` in one transaction. Owners and grants
 * are those of the role restoring, as on the server the archive came from they may not exist.
 */
export function pgRestore(program, url, file) {
  const { dbname, env } = libpqConnection(url);
  return runTool(program, ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--no-password', `--dbname=${dbname}`, file], env);
}

/** The migrations a pg_dump archive's `migrations` table lists, in the order they ran. */
export async function pgDumpMigrations(program, file) {
  const sql = await runTool(program, ['--data-only', '--table=migrations', '--file=-', file], process.env);
  const lines = sql.split('\n');
  const start = lines.findIndex((l) => /^COPY \S*migrations \(/.test(l));
  if (start === -1) return [];
  const columns = /\((.*)\)/.exec(lines[start])[1].split(',').map((c) => c.trim().replace(/"/g, ''));
  const rows = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '\\.') break;
    const fields = line.split('\t');
    rows.push({ id: Number(fields[columns.indexOf('id')]), timestamp: Number(fields[columns.indexOf('timestamp')]), name: fields[columns.indexOf('name')] });
  }
  return rows.sort((a, b) => a.id - b.id).map(({ timestamp, name }) => ({ timestamp, name }));
}

/** Whether `file` is a pg_dump custom-format archive (it starts with "PGDMP"). */
export function isPgDumpArchive(file) {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

/** Reads the whole archive as a restore would, writing the SQL nowhere: pg_restore fails on a damaged file or one too new for it. */
export function pgReadThrough(program, file) {
  return runTool(program, [`--file=${devNull}`, file], process.env);
}
