import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { as, bearer, useApi } from './support';

describe('platform', () => {
  const s = useApi({}, false);

  it('reports health once the database answers', async () => {
    const res = await s.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('publishes the OpenAPI document and its UI', async () => {
    const json = await s.http().get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/users', '/api/users/{id}', '/api/audit-logs']));
    expect((await s.http().get('/api/docs')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const res = await s.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown API routes with 404 in the standard error body', async () => {
    const res = await s.http().get('/api/nothing-here').set(bearer('x'));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

describe('caching', () => {
  // A built web app of two files: index.html, and an asset named by its content's hash as Vite names them.
  const web = mkdtempSync(join(tmpdir(), 'tsunagu-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>つなぐ</title><script src="/assets/index-3f2a1b9c.js"></script>');
  writeFileSync(join(web, 'assets', 'index-3f2a1b9c.js'), 'void 0;');
  const s = useApi({ WEB_DIST_DIR: web });

  it('lets no browser or proxy keep an answer of the API: records, exports, errors, sign-in', async () => {
    const coordinator = as(s, s.org.users.aCoordinator);
    const elsewhere = (await as(s, s.org.users.bCoordinator).post('/cases', { clientName: '他県 太郎' }).expect(201)).body as { id: string };
    await coordinator.post('/cases', { clientName: '本人 花子' }).expect(201);
    const answers = {
      list: await coordinator.get('/cases').expect(200),
      csv: await coordinator.get('/cases?format=csv').expect(200),
      'another center': await coordinator.get(`/cases/${elsewhere.id}`).expect(404),
      'sign-in refused': await s.http().post('/api/auth/login').send({ email: s.org.users.aCoordinator.email, password: 'wrong password' }).expect(401),
      health: await s.http().get('/api/health').expect(200),
    };
    const headers = Object.fromEntries(Object.entries(answers).map(([what, res]) => [what, [res.headers['cache-control'], res.headers['pragma']]]));
    expect(headers).toEqual(Object.fromEntries(Object.keys(answers).map((what) => [what, ['no-store', 'no-cache']])));
  });

  it("keeps the web app's hashed assets for a year, and asks again for index.html on every route", async () => {
    const asset = await s.http().get('/assets/index-3f2a1b9c.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/cases/123/show']) {
      const page = await s.http().get(path).expect(200);
      expect({ path, cache: page.headers['cache-control'], html: page.text.includes('つなぐ') }).toEqual({ path, cache: 'no-cache', html: true });
    }
  });
});
