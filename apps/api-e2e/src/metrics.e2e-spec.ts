import { randomUUID } from 'node:crypto';
import { as, bearer, useApi } from './support';

const TOKEN = 'metrics-token-for-the-e2e-suite';

/** The value of the sample `name{labels}` in Prometheus text, labels in any order; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const line = text.split('\n').find((l) => {
    const m = /^(\w+)\{(.*)\} \S+$/.exec(l);
    return m?.[1] === name && Object.entries(labels).every(([k, v]) => m[2].split(',').includes(`${k}="${v}"`));
  });
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('metrics', () => {
  const s = useApi({ METRICS_TOKEN: TOKEN });
  const scrape = async () => {
    const res = await s.http().get('/api/metrics').set(bearer(TOKEN));
    expect(res.status).toBe(200);
    return res.text;
  };

  it('answers 401 without the token, with a wrong one, or with a user session', async () => {
    expect((await s.http().get('/api/metrics')).status).toBe(401);
    expect((await s.http().get('/api/metrics').set(bearer(`${TOKEN}-wrong`))).status).toBe(401);
    const res = await s.http().get('/api/metrics').set(bearer(s.org.admin.token));
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('answers Prometheus text to the token', async () => {
    const res = await s.http().get('/api/metrics').set(bearer(TOKEN));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;/);
    expect(res.headers['content-type']).toContain('version=0.0.4');
    expect(res.text).toMatch(/^tsunagu_process_cpu_user_seconds_total \d/m);
    // The pool behind TypeORM is open: the server answered health checks and seeded users through it.
    expect(Number(/^tsunagu_db_pool_clients (\S+)$/m.exec(res.text)?.[1])).toBeGreaterThan(0);
    expect(/^tsunagu_db_pool_max_clients (\S+)$/m.exec(res.text)?.[1]).toBe('20');
    expect(res.text).toMatch(/^tsunagu_db_pool_idle_clients \d+$/m);
    expect(res.text).toMatch(/^tsunagu_db_pool_waiting_clients \d+$/m);
  });

  it('is not in the OpenAPI document', async () => {
    const doc = await s.http().get('/api/docs-json');
    expect(Object.keys(doc.body.paths)).not.toContain('/api/metrics');
  });

  describe('after a failed sign-in, an unknown case, a list and a case read', () => {
    const coord = () => as(s, s.org.users.aCoordinator);
    const clientName = '計測 太郎';
    let caseId: string;
    let before: string;
    let after: string;
    const delta = (name: string, labels: Record<string, string>) => (sample(after, name, labels) ?? 0) - (sample(before, name, labels) ?? 0);

    beforeAll(async () => {
      caseId = (await coord().post('/cases', { clientName })).body.id;
      before = await scrape();
      const wrong = await s.http().post('/api/auth/login').send({ email: s.org.users.aStaff.email, password: 'not-the-password' });
      expect(wrong.status).toBe(401);
      expect((await coord().get(`/cases/${randomUUID()}`)).status).toBe(404);
      expect((await coord().get(`/cases?filter=${encodeURIComponent(JSON.stringify({ q: clientName }))}`)).status).toBe(200);
      expect((await coord().get(`/cases/${caseId}`)).status).toBe(200);
      expect((await s.http().get(`/api/no-such-resource/${caseId}`).set(bearer(s.org.users.aCoordinator.token))).status).toBe(404);
      after = await scrape();
    });

    it('counts each response under its route template and status code', () => {
      expect(delta('tsunagu_http_requests_total', { method: 'POST', route: '/api/auth/login', status: '401' })).toBe(1);
      expect(delta('tsunagu_http_requests_total', { method: 'GET', route: '/api/cases/:id', status: '404' })).toBe(1);
      expect(delta('tsunagu_http_requests_total', { method: 'GET', route: '/api/cases/:id', status: '200' })).toBe(1);
      expect(delta('tsunagu_http_requests_total', { method: 'GET', route: '/api/cases', status: '200' })).toBe(1);
      expect(delta('tsunagu_http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
      expect(delta('tsunagu_http_request_duration_seconds_count', { method: 'GET', route: '/api/cases/:id', status_class: '4xx' })).toBe(1);
    });

    it('leaves the scrapes themselves out', () => {
      expect(after).not.toContain('/api/metrics');
    });

    it('has a sign-in failure counter for every reason, and counts the wrong password', () => {
      for (const reason of ['wrong_password', 'unknown_email', 'inactive', 'locked', 'second_factor']) {
        expect(sample(after, 'tsunagu_sign_in_failures_total', { reason })).toEqual(expect.any(Number));
      }
      expect(delta('tsunagu_sign_in_failures_total', { reason: 'wrong_password' })).toBe(1);
      expect(delta('tsunagu_sign_in_failures_total', { reason: 'unknown_email' })).toBe(0);
    });

    it('holds no email, no id, no name and no requested path', () => {
      expect(after).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
      expect(after).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
      // Names here are Japanese: no kana or kanji at all.
      expect(after).not.toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
      expect(after).not.toMatch(/no-such-resource|filter=|%E8/);
    });
  });
});

describe('metrics without METRICS_TOKEN', () => {
  const s = useApi({}, false);

  it('answers 404, whatever the token', async () => {
    expect((await s.http().get('/api/metrics')).status).toBe(404);
    const res = await s.http().get('/api/metrics').set(bearer(TOKEN));
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('tsunagu_');
  });
});
