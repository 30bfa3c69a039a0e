import { sqlClient } from '@tsunagu/testing';
import { bearer, useApi } from './support';

describe('audit log', () => {
  const s = useApi();

  it('records creates and updates of centers and users, with who did it', async () => {
    const res = await s.http().get('/api/audit-logs?range=[0,999]').set(bearer(s.org.admin.token));
    expect(res.status).toBe(200);
    const creates = res.body.filter((e: { action: string }) => e.action === 'create');
    expect(creates.filter((e: { entity: string }) => e.entity === 'center')).toHaveLength(2);
    expect(creates.filter((e: { entity: string }) => e.entity === 'user').length).toBeGreaterThanOrEqual(7);
    expect(creates.every((e: { userId: string }) => e.userId === s.org.admin.id || e.userId === null)).toBe(true);
    const sorted = [...res.body].sort((a, b) => b.at.localeCompare(a.at));
    expect(res.body.map((e: { id: string }) => e.id)).toEqual(sorted.map((e: { id: string }) => e.id));

    const target = s.org.users.aStaff;
    const user = await s.http().get(`/api/users/${target.id}`).set(bearer(s.org.admin.token));
    await s.http().put(`/api/users/${target.id}`).set(bearer(s.org.admin.token)).send({ name: '連携 三郎', version: user.body.version }).expect(200);
    const updates = await s.http()
      .get(`/api/audit-logs?filter=${encodeURIComponent(JSON.stringify({ action: 'update', entityId: target.id }))}`)
      .set(bearer(s.org.admin.token));
    expect(updates.body).toHaveLength(1);
    expect(updates.body[0]).toMatchObject({ userId: s.org.admin.id, entity: 'user', entityId: target.id, centerId: s.org.centers.a.id });
  });

  it("shows a supervisor only their own center's entries", async () => {
    const { aSupervisor } = s.org.users;
    const res = await s.http().get('/api/audit-logs?range=[0,999]').set(bearer(aSupervisor.token));
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((e: { centerId: string }) => e.centerId === s.org.centers.a.id)).toBe(true);
    const all = await s.http().get('/api/audit-logs?range=[0,999]').set(bearer(s.org.admin.token));
    const foreign = all.body.find((e: { centerId: string }) => e.centerId === s.org.centers.b.id);
    expect(foreign).toBeDefined();
    expect((await s.http().get(`/api/audit-logs/${foreign.id}`).set(bearer(aSupervisor.token))).status).toBe(404);
    expect((await s.http().get(`/api/audit-logs/${foreign.id}`).set(bearer(s.org.admin.token))).status).toBe(200);
  });

  it.each(['aCoordinator', 'aStaff'] as const)('refuses a %s (403)', async (key) => {
    expect((await s.http().get('/api/audit-logs').set(bearer(s.org.users[key].token))).status).toBe(403);
  });

  it('offers no way to write, change or delete an entry through the API', async () => {
    const all = await s.http().get('/api/audit-logs').set(bearer(s.org.admin.token));
    const id = all.body[0].id;
    const admin = bearer(s.org.admin.token);
    expect((await s.http().post('/api/audit-logs').set(admin).send({ action: 'login', entity: 'user' })).status).toBe(404);
    expect((await s.http().put(`/api/audit-logs/${id}`).set(admin).send({ action: 'read' })).status).toBe(404);
    expect((await s.http().delete(`/api/audit-logs/${id}`).set(admin)).status).toBe(404);
  });

  it('is append-only in the database itself: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const db = await sqlClient(s.server.database.url);
    try {
      const before = (await db.query('SELECT count(*)::int AS n FROM audit_logs')).rows[0].n;
      await expect(db.query(`UPDATE audit_logs SET action = 'read'`)).rejects.toThrow(/append-only/);
      await expect(db.query('DELETE FROM audit_logs')).rejects.toThrow(/append-only/);
      await expect(db.query('TRUNCATE audit_logs')).rejects.toThrow(/append-only/);
      expect((await db.query('SELECT count(*)::int AS n FROM audit_logs')).rows[0].n).toBe(before);
      await db.query(`INSERT INTO audit_logs (action, entity) VALUES ('read', 'test')`);
      expect((await db.query('SELECT count(*)::int AS n FROM audit_logs')).rows[0].n).toBe(before + 1);
    } finally {
      await db.end();
    }
  });
});
