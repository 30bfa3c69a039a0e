import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The PostgreSQL server the test run uses (set by scripts/with-postgres.mjs, i.e. `npm test`). */
export function testServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set. Run the tests with `npm test` (it starts an embedded PostgreSQL when needed), ' +
        'or set TEST_DATABASE_URL to a PostgreSQL server URL such as postgres://postgres@127.0.0.1:5432/postgres.',
    );
  }
  return url;
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(serverUrl: string, run: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database of its own for one suite; `drop()` removes it again. */
export async function createTestDatabase(prefix = 'tsunagu_test'): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/** A client on the suite's database, for checks the API cannot make (constraints, triggers). */
export async function sqlClient(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}
