import { basename } from 'node:path';
import request from 'supertest';
import { japanDate } from '@tsunagu/contracts';
import { ApiServer, seedOrganisation, sqlClient, startApiServer, TestOrganisation } from '@tsunagu/testing';
import { Contract } from './contract';

export interface Suite {
  server: ApiServer;
  org: TestOrganisation;
  /** A supertest agent on the suite's server. */
  http: () => ReturnType<typeof request>;
}

/**
 * Starts the built API on a database of this suite's own (migrated from empty by the API itself),
 * seeds two centers with one user per role through the API, and stops everything afterwards.
 */
/** The servers this test file started, to name what each covered of the contract. */
let servers = 0;

export function useApi(env: Record<string, string> = {}, seed = true): Suite {
  const suite = {} as Suite;
  const server = ++servers;
  let contract: Contract | undefined;
  beforeAll(async () => {
    suite.server = await startApiServer(env);
    const checked = new Contract(await (await fetch(`${suite.server.baseUrl}/api/docs-json`)).json());
    contract = checked;
    suite.http = () => checkedAgent(request(suite.server.baseUrl), checked);
    if (seed) suite.org = await seedOrganisation(suite.server.baseUrl);
  });
  afterAll(async () => {
    await suite.server?.stop();
    if (!contract) return;
    contract.save(`${basename(expect.getState().testPath ?? 'suite')}.${server}`);
    // Every answer this suite's requests got matched the API's OpenAPI document.
    expect(contract.violations).toEqual([]);
  });
  return suite;
}

/** A supertest agent whose every answer is checked against the document. */
function checkedAgent(agent: ReturnType<typeof request>, contract: Contract): ReturnType<typeof request> {
  return new Proxy(agent, {
    get(target, verb) {
      const call = Reflect.get(target, verb) as unknown;
      if (typeof call !== 'function' || !['get', 'post', 'put', 'delete', 'patch'].includes(String(verb))) return call;
      return (url: string, ...rest: unknown[]) =>
        (call as (url: string, ...rest: unknown[]) => request.Test).call(target, url, ...rest).on('response', (res: request.Response) => contract.check(String(verb).toUpperCase(), url, res));
    },
  });
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface Caller {
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  del(path: string, body?: object): request.Test;
}

/** Requests under /api as one signed-in user. */
export function as(s: Suite, who: { token: string }): Caller {
  const h = bearer(who.token);
  return {
    get: (path) => s.http().get(`/api${path}`).set(h),
    post: (path, body) => s.http().post(`/api${path}`).set(h).send(body),
    put: (path, body) => s.http().put(`/api${path}`).set(h).send(body),
    del: (path, body) => s.http().delete(`/api${path}`).set(h).send(body),
  };
}

/** Counts rows of a table directly in the suite's database. */
export async function countRows(s: Suite, table: string, where = 'true'): Promise<number> {
  const db = await sqlClient(s.server.database.url);
  try {
    return (await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)).rows[0].n;
  } finally {
    await db.end();
  }
}

/** A date `days` away from today in Japan (negative: past). */
export function dayFromToday(days: number): string {
  return japanDate(new Date(Date.now() + days * 86_400_000));
}
