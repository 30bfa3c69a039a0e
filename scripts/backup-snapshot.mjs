// Tsunagu's own archive of a database: every table of schema `public` read in ONE repeatable-read
// snapshot, for a server no pg_dump of its version can reach (the embedded PostgreSQL ships no
// client tools). The schema is not in the archive: a restore makes it with the API's own migrations,
// up to the migrations the archive names, and then loads the rows.
//
// One gzip file of lines:
//   {"format":"tsunagu-snapshot",...}     header: migrations applied, tables and their columns, sequences
//   @table <name>                          then one JSON array per row: each column's text form or null
//   ...
//   @manifest {"tables":{...}}             rows and SHA-256 of each table's lines; a cut file has none
// A column's text form is PostgreSQL's own input/output representation (what COPY writes), so every
// type comes back exactly, and JSON keeps every row on one line.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BOOKKEEPING_TABLES, OperatorError, appliedMigrations, quote } from './backup-target.mjs';

const FORMAT = 'tsunagu-snapshot';
const FORMAT_VERSION = 1;
const FETCH_ROWS = 2000;
const INSERT_ROWS = 1000;
const INSERT_BYTES = 4 * 1024 * 1024;

/** Session settings that make every value's text form the same whatever the server's defaults (as pg_dump sets them). */
async function settle(client) {
  await client.query(`SET TIME ZONE 'UTC'`);
  await client.query('SET DateStyle = ISO');
  await client.query('SET IntervalStyle = postgres');
  await client.query('SET extra_float_digits = 3');
  await client.query('SET statement_timeout = 0');
  await client.query('SET idle_in_transaction_session_timeout = 0');
}

/** Tables of schema public whose rows are the center's data, with their stored (not generated) columns. */
async function dataTables(client) {
  const { rows } = await client.query(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND c.relname <> ALL ($1)
      GROUP BY c.relname
      ORDER BY c.relname`,
    [BOOKKEEPING_TABLES],
  );
  return rows;
}

/** Sequences of schema public, but those of TypeORM's bookkeeping tables. */
async function dataSequences(client) {
  const { rows } = await client.query(
    `SELECT s.relname AS name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace
       LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner ON owner.oid = d.refobjid
      WHERE s.relkind = 'S' AND n.nspname = 'public' AND coalesce(owner.relname, '') <> ALL ($1)
      ORDER BY s.relname`,
    [BOOKKEEPING_TABLES],
  );
  const sequences = [];
  for (const { name } of rows) {
    const state = await client.query(`SELECT last_value::text AS "lastValue", is_called AS "isCalled" FROM public.${quote(name)}`);
    sequences.push({ name, ...state.rows[0] });
  }
  return sequences;
}

async function* snapshotLines(client, header, manifest) {
  yield `${JSON.stringify(header)}\n`;
  for (const table of header.tables) {
    yield `@table ${table.name}\n`;
    const hash = createHash('sha256');
    let rows = 0;
    const columns = table.columns.map((c) => `${quote(c)}::text`).join(', ');
    await client.query(`DECLARE snapshot_rows NO SCROLL CURSOR FOR SELECT array_to_json(ARRAY[${columns}])::text AS line FROM public.${quote(table.name)}`);
    for (;;) {
      const batch = (await client.query(`FETCH ${FETCH_ROWS} FROM snapshot_rows`)).rows;
      if (!batch.length) break;
      let chunk = '';
      for (const { line } of batch) chunk += `${line}\n`;
      hash.update(chunk);
      rows += batch.length;
      yield chunk;
    }
    await client.query('CLOSE snapshot_rows');
    manifest.tables[table.name] = { rows, sha256: hash.digest('hex') };
  }
  yield `@manifest ${JSON.stringify(manifest)}\n`;
}

/**
 * Writes the snapshot archive of the database `client` is connected to into `file` (which must not exist).
 * @returns {Promise<{ tables: number, rows: number, migrations: object[] }>}
 */
export async function writeSnapshot(client, file) {
  await settle(client);
  // One snapshot for every table (as pg_dump takes it); read only, so it never blocks the API's writes.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const tables = await dataTables(client);
    // Holds off a schema change (the API's migrations at a restart) until the last table is read.
    if (tables.length) await client.query(`LOCK TABLE ${tables.map((t) => `public.${quote(t.name)}`).join(', ')} IN ACCESS SHARE MODE`);
    const { rows: db } = await client.query(
      `SELECT current_database() AS database, current_setting('server_version') AS server,
              pg_encoding_to_char(encoding) AS encoding, datcollate AS collate, datctype AS ctype
         FROM pg_database WHERE datname = current_database()`,
    );
    const header = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      source: db[0],
      migrations: await appliedMigrations(client),
      tables,
      sequences: await dataSequences(client),
    };
    const manifest = { tables: {} };
    await pipeline(snapshotLines(client, header, manifest), createGzip(), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    await client.query('COMMIT');
    const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
    return { tables: tables.length, rows, migrations: header.migrations };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** The archive's lines, one at a time, without holding the file in memory. */
async function* archiveLines(file) {
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let end;
    while ((end = data.indexOf(10)) !== -1) {
      yield data.subarray(0, end).toString('utf8');
      data = data.subarray(end + 1);
    }
    rest = data;
  }
  if (rest.length) yield rest.toString('utf8');
}

function parseHeader(line, file) {
  let header;
  try {
    header = JSON.parse(line);
  } catch {
    header = null;
  }
  if (header?.format !== FORMAT) throw new OperatorError(`${file} is not a Tsunagu backup`);
  if (header.formatVersion > FORMAT_VERSION) {
    throw new OperatorError(`${file} was written by a newer Tsunagu (archive format ${header.formatVersion}); update Tsunagu to restore it`);
  }
  return header;
}

/** The archive's header: what it was made from, its migrations and tables. */
export async function readSnapshotHeader(file) {
  const lines = archiveLines(file);
  const first = await lines.next().catch(() => ({ value: '' }));
  await lines.return();
  return parseHeader(first.value ?? '', file);
}

/**
 * Reads the whole archive, handing each table's rows to `sink` in batches, and checks every table
 * against the manifest: its row count and the SHA-256 of its lines.
 * @param {{ table?: (name: string) => Promise<void>, rows?: (lines: string[]) => Promise<void> }} sink
 * @returns {Promise<{ header: object, manifest: object }>}
 */
async function readArchive(file, sink = {}) {
  const lines = archiveLines(file);
  const header = parseHeader((await lines.next()).value ?? '', file);
  const seen = new Map();
  let manifest = null;
  let current = null;
  let batch = [];
  let batchBytes = 0;

  const flush = async () => {
    if (batch.length) await sink.rows?.(batch);
    batch = [];
    batchBytes = 0;
  };

  for await (const line of lines) {
    if (manifest) throw new OperatorError(`${file} is damaged: it has data after its manifest`);
    if (line.startsWith('@table ')) {
      await flush();
      const name = line.slice('@table '.length);
      if (!header.tables.some((t) => t.name === name) || seen.has(name)) throw new OperatorError(`${file} is damaged: unexpected table ${name}`);
      current = { rows: 0, hash: createHash('sha256') };
      seen.set(name, current);
      await sink.table?.(name);
    } else if (line.startsWith('@manifest ')) {
      await flush();
      manifest = JSON.parse(line.slice('@manifest '.length));
    } else if (current) {
      current.rows += 1;
      current.hash.update(`${line}\n`);
      batch.push(line);
      batchBytes += line.length;
      if (batch.length >= INSERT_ROWS || batchBytes >= INSERT_BYTES) await flush();
    } else {
      throw new OperatorError(`${file} is damaged: a row before any table`);
    }
  }
  if (!manifest) throw new OperatorError(`${file} is incomplete: it ends before its manifest (a backup cut short?)`);
  for (const { name } of header.tables) {
    const expected = manifest.tables?.[name];
    const got = seen.get(name);
    if (!expected || !got || got.rows !== expected.rows || got.hash.digest('hex') !== expected.sha256) {
      throw new OperatorError(`${file} is damaged: table ${name} does not match the manifest's row count and checksum`);
    }
  }
  return { header, manifest };
}

/** Reads the archive through and checks each table against the manifest, touching no database. */
export async function verifySnapshot(file) {
  const { header, manifest } = await readArchive(file);
  return summary(header, manifest);
}

function summary(header, manifest) {
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  return { tables: header.tables.length, rows, migrations: header.migrations, createdAt: header.createdAt, source: header.source };
}

/**
 * Loads the archive's rows into the database `client` is connected to, whose schema the migrations
 * made at the archive's level. All in one transaction: the database receives every row, each
 * table matching the manifest, or nothing.
 * @returns {Promise<{ tables: number, rows: number }>}
 */
export async function loadSnapshot(client, file) {
  await settle(client);
  await client.query('BEGIN');
  try {
    const result = await loadRows(client, file);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

async function loadRows(client, file) {
  const targetTables = new Set((await dataTables(client)).map((t) => t.name));
  // Foreign keys are set aside while the rows arrive in any order, then added back, which checks
  // every row against them; user triggers (the append-only guards) stay off during the load. Both
  // need only the ownership the migrations gave, not a superuser.
  const { rows: foreignKeys } = await client.query(
    `SELECT c.conrelid::regclass::text AS "table", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'
      ORDER BY c.oid`,
  );
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT ${quote(fk.name)}`);
  const qualified = [...targetTables].map((t) => `public.${quote(t)}`);
  for (const table of qualified) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  // Whatever a migration may have inserted comes back from the archive instead.
  if (qualified.length) await client.query(`TRUNCATE ${qualified.join(', ')}`);

  const header = await readSnapshotHeader(file);
  const archived = new Map(header.tables.map((t) => [t.name, t]));
  let insert = null;
  const { manifest } = await readArchive(file, {
    table: async (name) => {
      if (!targetTables.has(name)) throw new OperatorError(`table ${name} of the archive is not in the schema the migrations made`);
      insert = await insertStatement(client, name, archived.get(name).columns);
    },
    rows: (lines) => client.query(insert, [`[${lines.join(',')}]`]),
  });

  for (const { name } of header.tables) {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM public.${quote(name)}`);
    if (rows[0].n !== manifest.tables[name].rows) {
      throw new OperatorError(`table ${name} holds ${rows[0].n} rows after the load, the archive ${manifest.tables[name].rows}`);
    }
  }
  for (const seq of header.sequences ?? []) {
    if (seq.lastValue !== null) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [`public.${quote(seq.name)}`, seq.lastValue, seq.isCalled]);
  }
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}`);
  for (const table of qualified) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  return summary(header, manifest);
}

/** The INSERT that takes a JSON array of archived rows into table `name`, each column cast from its text form. */
async function insertStatement(client, name, columns) {
  const { rows: types } = await client.query(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''`,
    [`public.${quote(name)}`],
  );
  const typeOf = new Map(types.map((t) => [t.name, t.type]));
  const missing = columns.find((c) => !typeOf.has(c));
  if (missing) throw new OperatorError(`column ${name}.${missing} of the archive is not in the schema the migrations made`);
  const values = columns.map((c, i) => `(r ->> ${i})::${typeOf.get(c)}`).join(', ');
  return `INSERT INTO public.${quote(name)} (${columns.map(quote).join(', ')}) OVERRIDING SYSTEM VALUE SELECT ${values} FROM json_array_elements($1::json) AS r`;
}
