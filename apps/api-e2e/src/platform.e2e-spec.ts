import { bearer, useApi } from './support';

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
