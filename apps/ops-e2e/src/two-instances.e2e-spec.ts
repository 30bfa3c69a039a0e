import request from 'supertest';
import { japanDate } from '@tsunagu/contracts';
import { createTestDatabase, seedOrganisation, startApiServer, TEST_PASSWORD, type ApiServer, type TestDatabase, type TestOrganisation } from '@tsunagu/testing';

/**
 * Two API instances on one database, as behind a load balancer: whatever one instance is told
 * holds on the other at the next request, because every such fact lives in the database (sessions,
 * sign-in failures, case numbers, versions, consents), never in one process's memory.
 */
describe('two instances on one database', () => {
  let database: TestDatabase;
  let a: ApiServer;
  let b: ApiServer;
  let org: TestOrganisation;

  const call = (server: ApiServer, token?: string) => {
    const auth = (t: request.Test) => (token ? t.set('Authorization', `Bearer ${token}`) : t);
    return {
      get: (path: string) => auth(request(server.baseUrl).get(`/api${path}`)),
      post: (path: string, body?: object) => auth(request(server.baseUrl).post(`/api${path}`)).send(body),
      put: (path: string, body?: object) => auth(request(server.baseUrl).put(`/api${path}`)).send(body),
    };
  };
  const signIn = async (server: ApiServer, email: string, password = TEST_PASSWORD) =>
    (await call(server).post('/auth/login', { email, password })).body.accessToken as string;

  beforeAll(async () => {
    database = await createTestDatabase();
    a = await startApiServer({}, { database });
    b = await startApiServer({}, { database });
    org = await seedOrganisation(a.baseUrl);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it('ends a session signed out on one instance on the other at once', async () => {
    const token = await signIn(a, org.users.aStaff.email);
    expect((await call(b, token).get('/auth/me')).status).toBe(200);
    await call(a, token).post('/auth/logout').expect(204);
    expect((await call(b, token).get('/auth/me')).body.code).toBe('SESSION_ENDED');
  });

  it('refuses a user deactivated through one instance on the other', async () => {
    const { bStaff } = org.users;
    const token = await signIn(b, bStaff.email);
    expect((await call(b, token).get('/cases')).status).toBe(200);
    const current = (await call(a, org.admin.token).get(`/users/${bStaff.id}`)).body;
    await call(a, org.admin.token).put(`/users/${bStaff.id}`, { ...current, active: false }).expect(200);
    expect((await call(b, token).get('/cases')).status).toBe(401);
    expect((await call(b).post('/auth/login', { email: bStaff.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('counts an account’s failed sign-ins on both instances together', async () => {
    const email = org.users.bCoordinator.email;
    for (const server of [a, b, a, b, a]) expect((await call(server).post('/auth/login', { email, password: 'wrong-password-x' })).status).toBe(401);
    for (const server of [a, b]) expect((await call(server).post('/auth/login', { email, password: TEST_PASSWORD })).body.code).toBe('LOGIN_LOCKED');
  });

  it('numbers cases opened on both instances at once without a gap or a repeat', async () => {
    const coordinator = org.users.aCoordinator.token;
    const opened = await Promise.all(
      Array.from({ length: 16 }, (_, i) => call(i % 2 ? b : a, coordinator).post('/cases', { clientName: `並行 ${i}号`, openedOn: japanDate() })),
    );
    expect(opened.map((r) => r.status)).toEqual(Array(16).fill(201));
    const numbers = opened.map((r) => Number(String(r.body.caseNumber).split('-').pop())).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(16);
    expect(numbers[15] - numbers[0]).toBe(15);
  });

  it('refuses on one instance a change made from a version the other instance already changed', async () => {
    const coordinator = org.users.aCoordinator.token;
    const created = (await call(a, coordinator).post('/cases', { clientName: '版 確認', openedOn: japanDate() }).expect(201)).body;
    await call(b, coordinator).put(`/cases/${created.id}`, { ...created, chiefConcern: '家族からの相談' }).expect(200);
    const stale = await call(a, coordinator).put(`/cases/${created.id}`, { ...created, chiefConcern: '古い版から' });
    expect([stale.status, stale.body.code]).toEqual([409, 'STALE_VERSION']);
  });

  it('holds the consent gate on one instance once the consent was withdrawn through the other', async () => {
    const coordinator = org.users.aCoordinator.token;
    const caseId = (await call(a, coordinator).post('/cases', { clientName: '同意 確認', openedOn: japanDate() }).expect(201)).body.id;
    const consent = (
      await call(a, coordinator).post('/consents', { caseId, givenBy: 'client', purpose: 'outreach', method: 'written', givenOn: japanDate() }).expect(201)
    ).body;
    const visit = (server: ApiServer) => call(server, coordinator).post('/outreach-visits', { caseId, outcome: 'no_answer', summary: '不在だった。' });
    expect((await visit(b)).status).toBe(201);
    await call(a, coordinator).post(`/consents/${consent.id}/withdraw`, { withdrawnOn: japanDate(), reason: '本人が訪問を断った' }).expect(200);
    const refused = await visit(b);
    expect([refused.status, refused.body.code]).toEqual([422, 'OUTREACH_CONSENT_REQUIRED']);
  });
});
