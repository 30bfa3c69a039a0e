import { sqlClient, TestUser } from '@tsunagu/testing';
import { bearer, useApi } from './support';

const NOT_A_RECORD = '00000000-0000-4000-8000-000000000000';

describe('centers and users: access by role', () => {
  const s = useApi();
  const get = (path: string, who: TestUser) => s.http().get(`/api${path}`).set(bearer(who.token));

  it('admin lists every center and every user', async () => {
    const centers = await get('/centers', s.org.admin);
    expect(centers.status).toBe(200);
    expect(centers.body.map((c: { code: string }) => c.code).sort()).toEqual(['TSA', 'TSB']);
    const users = await get('/users?range=[0,99]', s.org.admin);
    expect(users.status).toBe(200);
    expect(users.body).toHaveLength(8);
    expect(users.headers['content-range']).toBe('users 0-7/8');
  });

  it('a supervisor reads only their own center and its users', async () => {
    const { aSupervisor, bSupervisor } = s.org.users;
    const users = await get('/users?range=[0,99]', aSupervisor);
    expect(users.status).toBe(200);
    expect(users.body).toHaveLength(4);
    expect(users.body.every((u: { centerId: string }) => u.centerId === s.org.centers.a.id)).toBe(true);
    expect((await get(`/users/${bSupervisor.id}`, aSupervisor)).status).toBe(404);
    expect((await get(`/users/${s.org.admin.id}`, aSupervisor)).status).toBe(404);
    // A filter by id cannot reach past the center either.
    const byId = await get(`/users?filter=${encodeURIComponent(JSON.stringify({ id: [bSupervisor.id, aSupervisor.id] }))}`, aSupervisor);
    expect(byId.body.map((u: { id: string }) => u.id)).toEqual([aSupervisor.id]);
    const centers = await get('/centers', aSupervisor);
    expect(centers.body.map((c: { id: string }) => c.id)).toEqual([s.org.centers.a.id]);
    expect((await get(`/centers/${s.org.centers.b.id}`, aSupervisor)).status).toBe(404);
    expect((await get(`/centers/${s.org.centers.a.id}`, aSupervisor)).status).toBe(200);
  });

  it.each(['aCoordinator', 'aStaff'] as const)('a %s may not read centers or users (403)', async (key) => {
    const who = s.org.users[key];
    for (const path of ['/centers', `/centers/${s.org.centers.a.id}`, '/users', `/users/${who.id}`]) {
      const res = await get(path, who);
      expect([path, res.status]).toEqual([path, 403]);
      expect(res.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    }
  });

  it.each(['aSupervisor', 'aCoordinator', 'aStaff'] as const)('only admin creates or changes centers and users (%s gets 403)', async (key) => {
    const who = s.org.users[key];
    const newUser = { email: 'x@test.tsunagu.example', name: 'x', role: 'staff', centerId: s.org.centers.a.id, password: 'long-enough-pass' };
    expect((await s.http().post('/api/users').set(bearer(who.token)).send(newUser)).status).toBe(403);
    expect((await s.http().post('/api/centers').set(bearer(who.token)).send({ name: 'x', code: 'XXX' })).status).toBe(403);
    expect((await s.http().put(`/api/users/${who.id}`).set(bearer(who.token)).send({ name: 'renamed' })).status).toBe(403);
    expect((await s.http().put(`/api/centers/${s.org.centers.a.id}`).set(bearer(who.token)).send({ name: 'renamed' })).status).toBe(403);
  });

  it.each(['aCoordinator', 'aStaff', 'aSupervisor'] as const)('shows a %s the names and roles of their own center only (directory)', async (key) => {
    const res = await get('/users/directory', s.org.users[key]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(4);
    for (const entry of res.body) expect(Object.keys(entry).sort()).toEqual(['id', 'name', 'role']);
    expect(res.body.map((u: { id: string }) => u.id)).toContain(s.org.users.aCoordinator2.id);
    expect(res.body.map((u: { id: string }) => u.id)).not.toContain(s.org.users.bSupervisor.id);
  });

  it('has no directory for an admin, who belongs to no center', async () => {
    expect((await get('/users/directory', s.org.admin)).status).toBe(403);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await get(`/users/${NOT_A_RECORD}`, s.org.admin)).status).toBe(404);
    expect((await get(`/centers/${NOT_A_RECORD}`, s.org.admin)).status).toBe(404);
    const bad = await get('/users/123', s.org.admin);
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/uuid/i);
  });

  it('never returns a password or its hash', async () => {
    const res = await get('/users?range=[0,99]', s.org.admin);
    expect(JSON.stringify(res.body)).not.toMatch(/"password"|passwordHash|argon2|test-password-2026/i);
    const one = await get(`/users/${s.org.users.aStaff.id}`, s.org.admin);
    expect(Object.keys(one.body).sort()).toEqual(['active', 'centerId', 'createdAt', 'email', 'id', 'mustChangePassword', 'name', 'nameKana', 'role', 'twoFactorEnabled', 'updatedAt', 'version']);
  });
});

describe('centers and users: writes', () => {
  const s = useApi();
  const admin = () => bearer(s.org.admin.token);
  const valid = () => ({ email: 'new.user@test.tsunagu.example', name: '新井 さとみ', role: 'coordinator', centerId: s.org.centers.a.id, password: 'a-long-password' });
  const userCount = async () => {
    const db = await sqlClient(s.server.database.url);
    try {
      return (await db.query('SELECT count(*)::int AS n FROM users')).rows[0].n as number;
    } finally {
      await db.end();
    }
  };

  it('creates a user (201) who can then sign in', async () => {
    const res = await s.http().post('/api/users').set(admin()).send(valid());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'new.user@test.tsunagu.example', role: 'coordinator', active: true, version: 1 });
    const login = await s.http().post('/api/auth/login').send({ email: 'new.user@test.tsunagu.example', password: 'a-long-password' });
    expect(login.status).toBe(200);
  });

  it.each([
    [{ email: 'not-an-email' }, 'email must be an email'],
    [{ role: 'root' }, 'role must be one of the following values: admin, supervisor, coordinator, staff'],
    [{ password: 'short' }, 'password must be longer than or equal to 12 characters'],
    [{ name: 'x'.repeat(101) }, 'name must be shorter than or equal to 100 characters'],
    [{ centerId: 'abc' }, 'centerId must be a UUID'],
    [{ active: 'yes' }, 'active must be a boolean value'],
    [{ isAdmin: true }, 'property isAdmin should not exist'],
    [{ name: undefined }, 'name must be longer than or equal to 1 characters'],
  ])('refuses %j with 400 naming the field, saving nothing', async (change, message) => {
    const before = await userCount();
    const res = await s.http().post('/api/users').set(admin()).send({ ...valid(), email: `v${Math.random()}@test.tsunagu.example`, ...change });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    expect(res.body.message).toEqual(expect.arrayContaining([message]));
    expect(await userCount()).toBe(before);
  });

  it('refuses a user without a center unless admin, and an admin with one', async () => {
    const noCenter = await s.http().post('/api/users').set(admin()).send({ ...valid(), email: 'nc@test.tsunagu.example', centerId: null });
    expect(noCenter.status).toBe(400);
    expect(noCenter.body.message).toBe('centerId is required for the role coordinator');
    const adminWithCenter = await s.http().post('/api/users').set(admin()).send({ ...valid(), email: 'ac@test.tsunagu.example', role: 'admin' });
    expect(adminWithCenter.status).toBe(400);
    const unknownCenter = await s.http().post('/api/users').set(admin()).send({ ...valid(), email: 'uc@test.tsunagu.example', centerId: NOT_A_RECORD });
    expect(unknownCenter.status).toBe(400);
    expect(unknownCenter.body.message).toBe('centerId does not name an existing center');
  });

  it('answers 409 for an email or a center code already in use', async () => {
    const dup = await s.http().post('/api/users').set(admin()).send({ ...valid(), email: s.org.users.aStaff.email.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body.message).toMatch(/^email/);
    const code = await s.http().post('/api/centers').set(admin()).send({ name: 'もう一つ', code: 'TSA' });
    expect(code.status).toBe(409);
    const badCode = await s.http().post('/api/centers').set(admin()).send({ name: 'もう一つ', code: 'ab' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.message).toEqual([expect.stringMatching(/^code must be 2 to 10 capital letters/)]);
  });

  it('refuses malformed JSON with 400, not 500', async () => {
    const res = await s.http().post('/api/users').set(admin()).set('Content-Type', 'application/json').send('{"email":');
    expect(res.status).toBe(400);
  });

  it('updates with the current version and answers 409 for a stale one, changing nothing', async () => {
    const id = s.org.users.aCoordinator.id;
    const first = await s.http().get(`/api/users/${id}`).set(admin());
    const v = first.body.version;
    const ok = await s.http().put(`/api/users/${id}`).set(admin()).send({ name: '相談 花子(改)', version: v });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: '相談 花子(改)', version: v + 1 });
    const stale = await s.http().put(`/api/users/${id}`).set(admin()).send({ name: '上書き', version: v });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    const after = await s.http().get(`/api/users/${id}`).set(admin());
    expect(after.body).toMatchObject({ name: '相談 花子(改)', version: v + 1 });
  });

  it('does not let an admin deactivate themselves', async () => {
    const res = await s.http().put(`/api/users/${s.org.admin.id}`).set(admin()).send({ active: false });
    expect(res.status).toBe(422);
  });

  it('renames a center, with the stale-version rule', async () => {
    const id = s.org.centers.b.id;
    const c = await s.http().get(`/api/centers/${id}`).set(admin());
    const ok = await s.http().put(`/api/centers/${id}`).set(admin()).send({ name: 'テストB県ひきこもり地域支援センター', version: c.body.version });
    expect(ok.status).toBe(200);
    expect((await s.http().put(`/api/centers/${id}`).set(admin()).send({ name: 'x', version: c.body.version })).status).toBe(409);
  });
});

describe('the list convention', () => {
  const s = useApi();
  const list = (query: string) => s.http().get(`/api/users?${query}`).set(bearer(s.org.admin.token));

  it('pages with range and reports Content-Range, exposed to browsers', async () => {
    const res = await list('range=[2,4]&sort=["email","ASC"]').set('Origin', 'http://elsewhere.example');
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    expect(res.headers['content-range']).toBe('users 2-4/8');
    expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    const all = await list('range=[0,99]&sort=["email","ASC"]');
    expect(res.body.map((u: { email: string }) => u.email)).toEqual(all.body.slice(2, 5).map((u: { email: string }) => u.email));
  });

  it('sorts both ways and filters by field and by search', async () => {
    const asc = await list('sort=["name","ASC"]&range=[0,99]');
    const desc = await list('sort=["name","DESC"]&range=[0,99]');
    expect(desc.body.map((u: { id: string }) => u.id)).toEqual([...asc.body].reverse().map((u: { id: string }) => u.id));
    const staff = await list(`filter=${encodeURIComponent('{"role":"staff"}')}`);
    expect(staff.body.map((u: { email: string }) => u.email).sort()).toEqual(['astaff@test.tsunagu.example', 'bstaff@test.tsunagu.example']);
    const q = await list(`filter=${encodeURIComponent('{"q":"監督"}')}`);
    expect(q.body).toHaveLength(2);
  });

  it.each([
    ['range=[3,1]', /range/],
    ['range=oops', /range/],
    ['sort=["passwordHash","ASC"]', /sort field/],
    ['filter={"passwordHash":"x"}', /filter "passwordHash"/],
    ['filter=nope', /filter/],
  ])('answers 400 for %s', async (query, message) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(message);
  });
});
