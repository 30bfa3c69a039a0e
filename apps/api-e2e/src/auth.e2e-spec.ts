import { BOOTSTRAP_ADMIN, login, sqlClient, TEST_PASSWORD } from '@tsunagu/testing';
import { bearer, useApi } from './support';

describe('sign-in', () => {
  const s = useApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });

  it('answers a token and the user, never the password', async () => {
    const res = await s.http().post('/api/auth/login').send({ email: BOOTSTRAP_ADMIN.email, password: BOOTSTRAP_ADMIN.password });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual({ id: expect.any(String), email: BOOTSTRAP_ADMIN.email, name: 'Administrator', role: 'admin', centerId: null });
    expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`"password"|argon2|${BOOTSTRAP_ADMIN.password}`, 'i'));
  });

  it('treats the email case-insensitively', async () => {
    const res = await s.http().post('/api/auth/login').send({ email: BOOTSTRAP_ADMIN.email.toUpperCase(), password: BOOTSTRAP_ADMIN.password });
    expect(res.status).toBe(200);
  });

  it('gives the same 401 for an unknown email and for a wrong password', async () => {
    const unknown = await s.http().post('/api/auth/login').send({ email: 'nobody@test.tsunagu.example', password: 'whatever-123' });
    const wrong = await s.http().post('/api/auth/login').send({ email: s.org.users.aStaff.email, password: 'wrong-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(unknown.body.message).toBe('The email address or password is incorrect');
  });

  it('refuses a malformed sign-in with 400 naming the field', async () => {
    const res = await s.http().post('/api/auth/login').send({ email: 42 });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(/^email/), expect.stringMatching(/^password/)]));
  });

  it('locks an account with 429 after repeated failures, even for the right password', async () => {
    const email = s.org.users.bStaff.email;
    for (let i = 0; i < 3; i++) {
      expect((await s.http().post('/api/auth/login').send({ email, password: `wrong-${i}-password` })).status).toBe(401);
    }
    const locked = await s.http().post('/api/auth/login').send({ email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    // Another account is not affected.
    expect((await s.http().post('/api/auth/login').send({ email: s.org.users.bCoordinator.email, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('answers 401 without a token, with a bad token, or with another scheme', async () => {
    expect((await s.http().get('/api/auth/me')).status).toBe(401);
    expect((await s.http().get('/api/auth/me').set(bearer('not-a-jwt'))).status).toBe(401);
    const forged = s.org.admin.token.slice(0, -4) + 'AAAA';
    expect((await s.http().get('/api/auth/me').set(bearer(forged))).status).toBe(401);
    expect((await s.http().get('/api/auth/me').set({ Authorization: `Basic ${s.org.admin.token}` })).status).toBe(401);
    const res = await s.http().get('/api/users');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('answers the current user on /auth/me', async () => {
    const { aCoordinator } = s.org.users;
    const res = await s.http().get('/api/auth/me').set(bearer(aCoordinator.token));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      user: { id: aCoordinator.id, role: 'coordinator', centerId: s.org.centers.a.id },
      session: { idleMinutes: 30, mustChangePassword: false, mustEnrolTwoFactor: false, twoFactorEnabled: false, twoFactorRequired: false },
    });
    expect(res.body.csrfToken).toBeUndefined();
  });

  it("stops a deactivated user's token from working, and refuses their sign-in", async () => {
    const { aCoordinator2 } = s.org.users;
    expect((await s.http().get('/api/auth/me').set(bearer(aCoordinator2.token))).status).toBe(200);
    const current = await s.http().get(`/api/users/${aCoordinator2.id}`).set(bearer(s.org.admin.token));
    const off = await s.http()
      .put(`/api/users/${aCoordinator2.id}`)
      .set(bearer(s.org.admin.token))
      .send({ active: false, version: current.body.version });
    expect(off.status).toBe(200);
    const after = await s.http().get('/api/auth/me').set(bearer(aCoordinator2.token));
    expect([after.status, after.body.code]).toEqual([401, 'SESSION_ENDED']);
    expect((await s.http().post('/api/auth/login').send({ email: aCoordinator2.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('audits sign-ins and failed sign-ins', async () => {
    const db = await sqlClient(s.server.database.url);
    try {
      const { rows } = await db.query(
        `SELECT action, count(*)::int AS n FROM audit_logs WHERE action IN ('login', 'login_failed') GROUP BY action`,
      );
      const counts = Object.fromEntries(rows.map((r) => [r.action, r.n]));
      expect(counts['login']).toBeGreaterThanOrEqual(9);
      expect(counts['login_failed']).toBeGreaterThanOrEqual(5);
    } finally {
      await db.end();
    }
  });
});

describe('sign-in throttling per address', () => {
  const s = useApi({ LOGIN_MAX_FAILURES_PER_ADDRESS: '4' }, false);
  const signIn = (email: string, password: string) => s.http().post('/api/auth/login').send({ email, password });

  it('never counts a successful sign-in: a whole office behind one address signs in all day', async () => {
    for (let i = 0; i < 12; i++) expect((await signIn(BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password)).status).toBe(200);
  });

  it('answers 429 once failures from one address reach the limit, whichever accounts they were for', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(`someone${i}@test.tsunagu.example`, 'wrong-password')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const refused = await signIn(BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password);
    expect([refused.status, refused.body.code]).toEqual([429, 'LOGIN_THROTTLED']);
    // The limit is for signing in only: other public routes still answer.
    expect((await s.http().get('/api/health')).status).toBe(200);
  });
});

describe('sign-in throttling behind a proxy', () => {
  const s = useApi({ LOGIN_MAX_FAILURES_PER_ADDRESS: '3', TRUST_PROXY: 'loopback' }, false);
  const from = (address: string, password: string) =>
    s.http().post('/api/auth/login').set('X-Forwarded-For', address).send({ email: BOOTSTRAP_ADMIN.email, password });

  it('counts each office address on its own, and an account’s failures from every address together', async () => {
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.10', 'wrong-password')).status).toBe(401);
    expect((await from('203.0.113.10', BOOTSTRAP_ADMIN.password)).body.code).toBe('LOGIN_THROTTLED');
    // Another office is not held back by the first one's failures.
    expect((await from('198.51.100.20', BOOTSTRAP_ADMIN.password)).status).toBe(200);
    // Two more failures for the same account from elsewhere: five in all lock the account everywhere.
    expect((await from('198.51.100.21', 'wrong-password')).status).toBe(401);
    expect((await from('198.51.100.22', 'wrong-password')).status).toBe(401);
    const locked = await from('198.51.100.23', BOOTSTRAP_ADMIN.password);
    expect([locked.status, locked.body.code]).toEqual([429, 'LOGIN_LOCKED']);
  });
});

describe('a fresh login after deactivation', () => {
  const s = useApi();
  it('works again once the user is reactivated', async () => {
    const { aStaff } = s.org.users;
    const admin = s.org.admin.token;
    let v = (await s.http().get(`/api/users/${aStaff.id}`).set(bearer(admin))).body.version;
    v = (await s.http().put(`/api/users/${aStaff.id}`).set(bearer(admin)).send({ active: false, version: v })).body.version;
    await s.http().put(`/api/users/${aStaff.id}`).set(bearer(admin)).send({ active: true, version: v }).expect(200);
    await expect(login(s.server.baseUrl, aStaff.email, TEST_PASSWORD)).resolves.toMatchObject({ id: aStaff.id });
  });
});
