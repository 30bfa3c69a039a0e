import request from 'supertest';
import { ApiServer, seedOrganisation, startApiServer, TestOrganisation } from '@tsunagu/testing';

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
export function useApi(env: Record<string, string> = {}, seed = true): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startApiServer(env);
    suite.http = () => request(suite.server.baseUrl);
    if (seed) suite.org = await seedOrganisation(suite.server.baseUrl);
  });
  afterAll(async () => {
    await suite.server?.stop();
  });
  return suite;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
