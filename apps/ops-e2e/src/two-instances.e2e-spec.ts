import request from 'supertest';
import { japanDate } from '@tsunagu/contracts';
import {
  createTestDatabase,
  seedOrganisation,
  sqlClient,
  startApiServer,
  TEST_PASSWORD,
  type ApiServer,
  type TestDatabase,
  type TestOrganisation,
} from '@tsunagu/testing';

/** How each instance's connection for session notices shows in pg_stat_activity. */
const NOTICES_APPLICATION = 'tsunagu-session-notices';

/**
 * Two API instances on one database, as behind a load balancer: whatever one instance is told
 * holds on the other at the next request, because every such fact lives in the database (sessions,
 * sign-in failures, case numbers, versions, consents). The one thing an instance keeps in memory,
 * the sessions it checked moments ago, it forgets on the database's notice of a change: so each
 * test about an ending first has the other instance check the session (keeping it), then makes the
 * change on one instance and expects the other to refuse at once.
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
  const sql = async <T>(text: string, values: unknown[] = [], before?: string): Promise<T[]> => {
    const db = await sqlClient(database.url);
    try {
      if (before) await db.query(before);
      return (await db.query(text, values)).rows as T[];
    } finally {
      await db.end();
    }
  };
  const sessionOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
  /** Ends a session with the triggers off (as no write path of the API can): no notice is sent. */
  const endUnnoticed = (token: string) =>
    sql(`UPDATE sessions SET ended_at = now(), end_reason = 'sign_out' WHERE id = $1`, [sessionOf(token)], `SET session_replication_role = replica`);
  /** The instances' connections listening for session notices (after LISTEN). */
  const listening = async () =>
    (
      await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = $1 AND (query LIKE 'LISTEN%' OR query = 'SELECT 1')`,
        [NOTICES_APPLICATION],
      )
    )[0].n;
  const until = async (done: () => Promise<boolean>, what: string) => {
    for (const deadline = Date.now() + 20_000; !(await done()); await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error(`Waited 20 s for ${what}`);
    }
  };
  /** Has `server` check a session, so that it keeps it in memory. */
  const warm = async (server: ApiServer, token: string, path = '/auth/me') => expect((await call(server, token).get(path)).status).toBe(200);

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

  it('keeps a session it checked moments ago in memory, which only the database’s notice of a change makes it forget', async () => {
    const token = await signIn(a, org.users.aSupervisor.email);
    await warm(b, token);
    await endUnnoticed(token);
    // B was not told: what it answers rests on the notices alone (every test below shows they come).
    expect((await call(b, token).get('/auth/me')).status).toBe(200);
    // A never checked this session: it reads the database.
    expect((await call(a, token).get('/auth/me')).body.code).toBe('SESSION_ENDED');
  });

  it('ends a session signed out on one instance on the other at once', async () => {
    const token = await signIn(a, org.users.aStaff.email);
    await warm(b, token);
    await call(a, token).post('/auth/logout').expect(204);
    expect((await call(b, token).get('/auth/me')).body.code).toBe('SESSION_ENDED');
  });

  it('refuses a user deactivated through one instance on the other', async () => {
    const { bStaff } = org.users;
    const token = await signIn(b, bStaff.email);
    await warm(b, token, '/cases');
    const current = (await call(a, org.admin.token).get(`/users/${bStaff.id}`)).body;
    await call(a, org.admin.token).put(`/users/${bStaff.id}`, { ...current, active: false }).expect(200);
    expect((await call(b, token).get('/cases')).status).toBe(401);
    expect((await call(b).post('/auth/login', { email: bStaff.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('ends the sessions of a user whose role changes through one instance on the other at once', async () => {
    const { bSupervisor } = org.users;
    await warm(b, bSupervisor.token, '/cases');
    const current = (await call(a, org.admin.token).get(`/users/${bSupervisor.id}`)).body;
    await call(a, org.admin.token).put(`/users/${bSupervisor.id}`, { ...current, role: 'coordinator' }).expect(200);
    expect((await call(b, bSupervisor.token).get('/cases')).body.code).toBe('SESSION_ENDED');
  });

  it('ends the sessions of a user whose password is reset through one instance on the other at once', async () => {
    const { aCoordinator2 } = org.users;
    await warm(b, aCoordinator2.token, '/cases');
    await call(a, org.admin.token).post(`/users/${aCoordinator2.id}/password-reset`).expect(200);
    expect((await call(b, aCoordinator2.token).get('/cases')).body.code).toBe('SESSION_ENDED');
  });

  it('answers a user’s new name, and the center’s new requirement of a second factor, on the other instance at once', async () => {
    const { bCoordinator } = org.users;
    await warm(b, bCoordinator.token, '/cases');
    const user = (await call(a, org.admin.token).get(`/users/${bCoordinator.id}`)).body;
    await call(a, org.admin.token).put(`/users/${bCoordinator.id}`, { ...user, name: '相談 五月（旧姓）' }).expect(200);
    expect((await call(b, bCoordinator.token).get('/auth/me')).body.user.name).toBe('相談 五月（旧姓）');
    const center = (await call(a, org.admin.token).get(`/centers/${org.centers.b.id}`)).body;
    const required = (await call(a, org.admin.token).put(`/centers/${center.id}`, { ...center, requireTwoFactor: true }).expect(200)).body;
    expect((await call(b, bCoordinator.token).get('/cases')).body.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    await call(a, org.admin.token).put(`/centers/${center.id}`, { ...required, requireTwoFactor: false }).expect(200);
    expect((await call(b, bCoordinator.token).get('/cases')).status).toBe(200);
  });

  it('reads every session from the database while the notices cannot be heard, and keeps them again once they can', async () => {
    const { aStaff } = org.users;
    const token = await signIn(a, aStaff.email);
    await warm(b, token);
    expect(await listening()).toBe(2);
    await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [NOTICES_APPLICATION]);
    await until(async () => (await listening()) === 0, 'the connections for notices to be gone');
    // Signed out while B could not hear it: B must not answer from what it kept.
    await call(a, token).post('/auth/logout').expect(204);
    expect((await call(b, token).get('/auth/me')).body.code).toBe('SESSION_ENDED');

    await until(async () => (await listening()) === 2, 'both instances to listen again');
    const kept = await signIn(a, aStaff.email);
    await warm(b, kept);
    await endUnnoticed(kept);
    expect((await call(b, kept).get('/auth/me')).status).toBe(200);
    const again = await signIn(a, aStaff.email);
    await warm(b, again);
    await call(a, again).post('/auth/logout').expect(204);
    expect((await call(b, again).get('/auth/me')).body.code).toBe('SESSION_ENDED');
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
