import { sqlClient, TEST_PASSWORD, totpCode } from '@tsunagu/testing';
import { as, bearer, countRows, useApi, type Suite } from './support';

/** The secret in an otpauth:// URL, as an authenticator app reads it from the QR code. */
const secretOf = (otpauthUrl: string) => new URL(otpauthUrl).searchParams.get('secret') as string;

async function signIn(s: Suite, email: string, password = TEST_PASSWORD, extra: object = {}) {
  return s.http().post('/api/auth/login').send({ email, password, ...extra });
}

async function sql<T>(s: Suite, text: string, values: unknown[] = []): Promise<T[]> {
  const db = await sqlClient(s.server.database.url);
  try {
    return (await db.query(text, values)).rows as T[];
  } finally {
    await db.end();
  }
}

describe('sessions that really end', () => {
  const s = useApi({ SESSION_IDLE_MINUTES: '30' });

  it('ends the session on sign-out: the token no longer works, another session of the user goes on', async () => {
    const email = s.org.users.aStaff.email;
    const first = (await signIn(s, email)).body.accessToken as string;
    const second = (await signIn(s, email)).body.accessToken as string;
    await s.http().post('/api/auth/logout').set(bearer(first)).expect(204);
    const after = await s.http().get('/api/auth/me').set(bearer(first));
    expect([after.status, after.body.code]).toEqual([401, 'SESSION_ENDED']);
    expect((await s.http().get('/api/auth/me').set(bearer(second))).status).toBe(200);
    expect(await countRows(s, 'audit_logs', `action = 'logout' AND entity_id = '${s.org.users.aStaff.id}'`)).toBe(1);
  });

  it('ends a session left idle past the limit, and one past its lifetime however active', async () => {
    const token = (await signIn(s, s.org.users.bStaff.email)).body.accessToken as string;
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string };
    // Checked once (the instance keeps it in memory), then idle in the database's eyes.
    expect((await s.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);
    await sql(s, `UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [sid]);
    expect((await s.http().get('/api/auth/me').set(bearer(token))).body.code).toBe('SESSION_ENDED');

    const active = (await signIn(s, s.org.users.bStaff.email)).body.accessToken as string;
    const { sid: other } = JSON.parse(Buffer.from(active.split('.')[1], 'base64url').toString()) as { sid: string };
    expect((await s.http().get('/api/auth/me').set(bearer(active))).status).toBe(200);
    await sql(s, `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [other]);
    expect((await s.http().get('/api/auth/me').set(bearer(active))).body.code).toBe('SESSION_ENDED');
  });

  it('writes the last-seen time every 30 seconds of use, also while the session is answered from memory', async () => {
    const token = (await signIn(s, s.org.users.bStaff.email)).body.accessToken as string;
    const { sid } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string };
    const lastSeen = async () => (await sql<{ ago: number }>(s, `SELECT extract(epoch FROM now() - last_seen_at)::float AS ago FROM sessions WHERE id = $1`, [sid]))[0].ago;
    // Last seen 29 s ago: not yet due, so a request leaves it; a second later it is due.
    await sql(s, `UPDATE sessions SET last_seen_at = now() - interval '29 seconds' WHERE id = $1`, [sid]);
    expect((await s.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);
    expect(await lastSeen()).toBeGreaterThan(28);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await s.http().get('/api/auth/me').set(bearer(token))).status).toBe(200);
    expect(await lastSeen()).toBeLessThan(5);
  });

  it('ends every session of a user whose role or center changes', async () => {
    const { bCoordinator } = s.org.users;
    const token = (await signIn(s, bCoordinator.email)).body.accessToken as string;
    const admin = as(s, s.org.admin);
    const current = (await admin.get(`/users/${bCoordinator.id}`).expect(200)).body;
    await admin.put(`/users/${bCoordinator.id}`, { ...current, role: 'staff' }).expect(200);
    for (const t of [token, bCoordinator.token]) expect((await s.http().get('/api/auth/me').set(bearer(t))).body.code).toBe('SESSION_ENDED');
    // A name change is not a reason to sign anyone out.
    const again = (await signIn(s, bCoordinator.email)).body.accessToken as string;
    const now = (await admin.get(`/users/${bCoordinator.id}`).expect(200)).body;
    await admin.put(`/users/${bCoordinator.id}`, { ...now, name: '相談 五月（旧姓）' }).expect(200);
    expect((await s.http().get('/api/auth/me').set(bearer(again))).status).toBe(200);
  });
});

describe('passwords', () => {
  const s = useApi();
  const NEW = 'しずかな森の小道をあるく';

  it('changes one’s own password with the current one, ending the other sessions and keeping this one', async () => {
    const { aCoordinator2 } = s.org.users;
    const here = (await signIn(s, aCoordinator2.email)).body.accessToken as string;
    const wrong = await s.http().put('/api/auth/password').set(bearer(here)).send({ currentPassword: 'not-my-password', newPassword: NEW });
    expect([wrong.status, wrong.body.code]).toEqual([400, 'CURRENT_PASSWORD_WRONG']);
    for (const [newPassword, rule] of [
      ['short-one', 'newPassword must be longer than or equal to 12 characters'],
      ['password1234', 'newPassword is one of the most common passwords'],
      [aCoordinator2.email, 'newPassword must not be or contain the email address'],
      [TEST_PASSWORD, 'newPassword must differ from the current one'],
    ]) {
      const weak = await s.http().put('/api/auth/password').set(bearer(here)).send({ currentPassword: TEST_PASSWORD, newPassword });
      expect(weak.status).toBe(400);
      expect(JSON.stringify(weak.body.message)).toContain(rule);
    }
    const changed = await s.http().put('/api/auth/password').set(bearer(here)).send({ currentPassword: TEST_PASSWORD, newPassword: NEW });
    expect(changed.status).toBe(200);
    expect((await s.http().get('/api/auth/me').set(bearer(here))).status).toBe(200);
    expect((await s.http().get('/api/auth/me').set(bearer(aCoordinator2.token))).body.code).toBe('SESSION_ENDED');
    expect((await signIn(s, aCoordinator2.email)).status).toBe(401);
    expect((await signIn(s, aCoordinator2.email, NEW)).status).toBe(200);
    const [row] = await sql<{ password_hash: string }>(s, `SELECT password_hash FROM users WHERE id = $1`, [aCoordinator2.id]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await countRows(s, 'audit_logs', `action = 'password_change' AND entity_id = '${aCoordinator2.id}'`)).toBe(1);
  });

  it('lets an administrator reset a password: a temporary one, shown once, to change before anything else', async () => {
    const { aStaff } = s.org.users;
    const admin = as(s, s.org.admin);
    expect((await as(s, s.org.users.aSupervisor).post(`/users/${aStaff.id}/password-reset`)).status).toBe(403);
    const reset = await admin.post(`/users/${aStaff.id}/password-reset`).expect(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await s.http().get('/api/auth/me').set(bearer(aStaff.token))).body.code).toBe('SESSION_ENDED');
    expect((await signIn(s, aStaff.email)).status).toBe(401);

    const login = await signIn(s, aStaff.email, temporary);
    expect(login.body.session.mustChangePassword).toBe(true);
    const token = login.body.accessToken as string;
    const blocked = await s.http().get('/api/cases').set(bearer(token));
    expect([blocked.status, blocked.body.code]).toEqual([403, 'PASSWORD_CHANGE_REQUIRED']);
    expect((await s.http().get('/api/auth/me').set(bearer(token))).body.session.mustChangePassword).toBe(true);
    await s.http().put('/api/auth/password').set(bearer(token)).send({ currentPassword: temporary, newPassword: NEW }).expect(200);
    expect((await s.http().get('/api/cases').set(bearer(token))).status).toBe(200);
    expect((await admin.get(`/users/${aStaff.id}`).expect(200)).body.mustChangePassword).toBe(false);
    expect(await countRows(s, 'audit_logs', `action = 'password_reset' AND entity_id = '${aStaff.id}' AND user_id = '${s.org.admin.id}'`)).toBe(1);
  });

  it('makes a temporary password for a new user created without one', async () => {
    const created = await as(s, s.org.admin)
      .post('/users', { email: 'temp.user@test.tsunagu.example', name: '仮 太郎', role: 'staff', centerId: s.org.centers.a.id })
      .expect(201);
    expect(created.body).toMatchObject({ mustChangePassword: true, temporaryPassword: expect.stringMatching(/^[A-Za-z2-9]{16}$/) });
    expect((await signIn(s, 'temp.user@test.tsunagu.example', created.body.temporaryPassword)).body.session.mustChangePassword).toBe(true);
    // A password is never set through the user record.
    const current = (await as(s, s.org.admin).get(`/users/${created.body.id}`).expect(200)).body;
    const refused = await as(s, s.org.admin).put(`/users/${created.body.id}`, { ...current, password: 'another-long-password' });
    expect(refused.status).toBe(400);
  });
});

describe('a second factor (TOTP)', () => {
  const s = useApi();
  let secret: string;
  let recoveryCodes: string[];

  it('is set up with a QR code and confirmed with a code; sign-in then asks for a code', async () => {
    const { aSupervisor } = s.org.users;
    const me = as(s, aSupervisor);
    const setup = await me.post('/auth/two-factor/setup').expect(200);
    expect(setup.body.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(setup.body.otpauthUrl).toContain('issuer=Tsunagu');
    secret = secretOf(setup.body.otpauthUrl);
    expect(secret).toBe(setup.body.secret);
    // Stored sealed, never as the secret itself.
    const [stored] = await sql<{ totp_pending_secret: string }>(s, `SELECT totp_pending_secret FROM users WHERE id = $1`, [aSupervisor.id]);
    expect(stored.totp_pending_secret).not.toContain(secret);

    expect((await me.post('/auth/two-factor/enable', { code: '000000' })).body.code).toBe('SECOND_FACTOR_INVALID');
    const enabled = await me.post('/auth/two-factor/enable', { code: totpCode(secret) }).expect(200);
    recoveryCodes = enabled.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await countRows(s, 'recovery_codes', `user_id = '${aSupervisor.id}' AND code_hash NOT LIKE '%-%'`)).toBe(10);
    expect((await me.post('/auth/two-factor/setup')).body.code).toBe('TWO_FACTOR_STATE');

    const step1 = await signIn(s, aSupervisor.email);
    expect(step1.body).toEqual({ secondFactorRequired: true, challenge: expect.any(String) });
    // The challenge is not a session.
    expect((await s.http().get('/api/auth/me').set(bearer(step1.body.challenge))).status).toBe(401);
    const wrong = await s.http().post('/api/auth/login/second-factor').send({ challenge: step1.body.challenge, code: '123456' });
    expect([wrong.status, wrong.body.code]).toEqual([401, 'SECOND_FACTOR_INVALID']);
    // A code from the step after the one used to enable (the enabling code itself is spent).
    const code = totpCode(secret, Date.now() + 30_000);
    const ok = await s.http().post('/api/auth/login/second-factor').send({ challenge: step1.body.challenge, code });
    expect(ok.status).toBe(200);
    expect(ok.body.accessToken).toEqual(expect.any(String));
    // The same code again: refused (taken once).
    const replay = await s.http().post('/api/auth/login/second-factor').send({ challenge: (await signIn(s, aSupervisor.email)).body.challenge, code });
    expect(replay.body.code).toBe('SECOND_FACTOR_INVALID');
  });

  it('takes each recovery code once', async () => {
    const { aSupervisor } = s.org.users;
    const challenge = async () => (await signIn(s, aSupervisor.email)).body.challenge as string;
    const first = await s.http().post('/api/auth/login/second-factor').send({ challenge: await challenge(), code: recoveryCodes[0].toUpperCase() });
    expect(first.status).toBe(200);
    const again = await s.http().post('/api/auth/login/second-factor').send({ challenge: await challenge(), code: recoveryCodes[0] });
    expect(again.body.code).toBe('SECOND_FACTOR_INVALID');
  });

  it('counts wrong codes toward the account lock, as wrong passwords', async () => {
    const { aSupervisor } = s.org.users;
    const challenge = (await signIn(s, aSupervisor.email)).body.challenge as string;
    const failures = () => countRows(s, 'audit_logs', `action IN ('login_failed', 'two_factor_failed') AND entity_id = '${aSupervisor.id}'`);
    const before = await failures();
    expect(before).toBeGreaterThan(0);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await s.http().post('/api/auth/login/second-factor').send({ challenge, code: '000000' })).status);
    // The wrong codes earlier in this suite count too: the limit of five is reached sooner.
    expect(statuses).toEqual([...Array(5 - before).fill(401), ...Array(1 + before).fill(429)]);
    expect(await failures()).toBe(5);
    // Locked, even with the right password.
    expect((await signIn(s, aSupervisor.email)).body.code).toBe('LOGIN_LOCKED');
  });

  it('is reset by an administrator (audited): the sessions end and the user signs in with the password alone', async () => {
    const { aCoordinator } = s.org.users;
    const me = as(s, aCoordinator);
    const own = secretOf((await me.post('/auth/two-factor/setup').expect(200)).body.otpauthUrl);
    await me.post('/auth/two-factor/enable', { code: totpCode(own) }).expect(200);
    const reset = await as(s, s.org.admin).post(`/users/${aCoordinator.id}/two-factor-reset`).expect(200);
    expect(reset.body.twoFactorEnabled).toBe(false);
    expect((await me.get('/auth/me')).body.code).toBe('SESSION_ENDED');
    expect((await signIn(s, aCoordinator.email)).body.accessToken).toEqual(expect.any(String));
    expect(await countRows(s, 'audit_logs', `action = 'two_factor_reset' AND entity_id = '${aCoordinator.id}'`)).toBe(1);
    expect(await countRows(s, 'recovery_codes', `user_id = '${aCoordinator.id}'`)).toBe(0);
  });

  it('is required per center by the administrator: until set up, only the account answers', async () => {
    const admin = as(s, s.org.admin);
    const center = (await admin.get(`/centers/${s.org.centers.b.id}`).expect(200)).body;
    await admin.put(`/centers/${center.id}`, { ...center, requireTwoFactor: true }).expect(200);
    const login = await signIn(s, s.org.users.bStaff.email);
    expect(login.body.session).toMatchObject({ mustEnrolTwoFactor: true, twoFactorRequired: true });
    const token = login.body.accessToken as string;
    expect((await s.http().get('/api/cases').set(bearer(token))).body.code).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    const own = secretOf((await s.http().post('/api/auth/two-factor/setup').set(bearer(token)).expect(200)).body.otpauthUrl);
    await s.http().post('/api/auth/two-factor/enable').set(bearer(token)).send({ code: totpCode(own) }).expect(200);
    expect((await s.http().get('/api/cases').set(bearer(token))).status).toBe(200);
    // Set up, it is still required: the account page says so.
    expect((await s.http().get('/api/auth/me').set(bearer(token))).body.session).toMatchObject({ mustEnrolTwoFactor: false, twoFactorRequired: true, twoFactorEnabled: true });
  });
});

describe('the web app’s session cookie', () => {
  const s = useApi();

  it('is HttpOnly, Secure and SameSite=Strict, carries no token in the answer, and needs the CSRF token for changes', async () => {
    const res = await signIn(s, s.org.users.aCoordinator.email, TEST_PASSWORD, { session: 'cookie' });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toBeUndefined();
    const csrf = res.body.csrfToken as string;
    expect(csrf).toEqual(expect.any(String));
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('tsunagu_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Strict/);
    expect(session).toMatch(/Path=\/api/);
    expect(session).not.toMatch(/Max-Age|Expires/);
    const jar = cookies.map((c) => c.split(';')[0]).join('; ');

    expect((await s.http().get('/api/cases').set('Cookie', jar)).status).toBe(200);
    const body = { clientName: '鈴木 一郎', openedOn: '2026-11-01' };
    const noToken = await s.http().post('/api/cases').set('Cookie', jar).send(body);
    expect([noToken.status, noToken.body.code]).toEqual([403, 'CSRF_INVALID']);
    const otherSession = (await signIn(s, s.org.users.aCoordinator.email, TEST_PASSWORD, { session: 'cookie' })).body.csrfToken as string;
    expect((await s.http().post('/api/cases').set('Cookie', jar).set('X-CSRF-Token', otherSession).send(body)).status).toBe(403);
    expect((await s.http().post('/api/cases').set('Cookie', jar).set('X-CSRF-Token', csrf).send(body)).status).toBe(201);
    // A reload of the app asks who is signed in and gets the session's token back.
    const me = await s.http().get('/api/auth/me').set('Cookie', jar);
    expect(me.body.csrfToken).toEqual(expect.any(String));

    const out = await s.http().post('/api/auth/logout').set('Cookie', jar).set('X-CSRF-Token', csrf);
    expect(out.status).toBe(204);
    expect((out.headers['set-cookie'] as unknown as string[]).some((c) => /^tsunagu_session=;/.test(c))).toBe(true);
    expect((await s.http().get('/api/cases').set('Cookie', jar)).body.code).toBe('SESSION_ENDED');
  });

  it('is Secure over HTTPS behind a proxy and on this machine, and not over plain HTTP on a LAN (where browsers would drop it)', async () => {
    const sessionCookie = (res: { headers: Record<string, unknown> }) => (res.headers['set-cookie'] as string[]).find((c) => c.startsWith('tsunagu_session=')) ?? '';
    const body = { email: s.org.users.aStaff.email, password: TEST_PASSWORD, session: 'cookie' };
    const lan = await s.http().post('/api/auth/login').set('Host', 'tsunagu.center.lan').send(body);
    expect(sessionCookie(lan)).toMatch(/HttpOnly/);
    expect(sessionCookie(lan)).not.toMatch(/Secure/);
    const local = await s.http().post('/api/auth/login').set('Host', 'localhost:3000').send(body);
    expect(sessionCookie(local)).toMatch(/Secure/);
  });

  it('is not needed by API clients with a bearer token', async () => {
    const created = await as(s, s.org.users.aCoordinator).post('/cases', { clientName: '鈴木 二郎', openedOn: '2026-11-01' });
    expect(created.status).toBe(201);
  });
});

describe('the web app’s session cookie behind an HTTPS proxy', () => {
  const s = useApi({ TRUST_PROXY: 'loopback' });

  it('is Secure when the proxy says the browser came over HTTPS', async () => {
    const res = await s.http()
      .post('/api/auth/login')
      .set('Host', 'tsunagu.center.lan')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: s.org.users.aStaff.email, password: TEST_PASSWORD, session: 'cookie' });
    expect((res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('tsunagu_session='))).toMatch(/Secure/);
  });
});
