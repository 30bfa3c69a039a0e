import { BODY_LIMIT_BYTES, MAX_JSON_DEPTH } from '@tsunagu/api-core';
import { EveryResource, seedEveryResource } from './every-resource';
import { as, bearer, countRows, dayFromToday, Suite, useApi } from './support';

/**
 * The classes of malformed request that once reached a 500, each answered with a clear 4xx naming
 * the problem, nothing saved. (The property suite, malformed.e2e-spec.ts, tries them on every route.)
 */
describe('hardening: malformed requests get a 4xx naming the problem, never a 500', () => {
  const s: Suite = useApi();
  let ids: EveryResource;
  const coord = () => as(s, s.org.users.aCoordinator);
  const messages = (body: { message: string | string[] }) => (Array.isArray(body.message) ? body.message : [body.message]).join(' | ');
  /** A raw POST of `payload` with the given headers, as a coordinator. */
  const rawPost = (path: string, payload: string | Buffer, headers: Record<string, string>) =>
    s.http().post(`/api${path}`).set(bearer(s.org.users.aCoordinator.token)).set(headers).send(payload);

  beforeAll(async () => {
    ids = await seedEveryResource(s);
  });

  describe('1. body parsing', () => {
    it(`refuses a body over ${BODY_LIMIT_BYTES / 1024} kB with 413, naming the limit`, async () => {
      const before = await countRows(s, 'cases');
      const res = await rawPost('/cases', JSON.stringify({ clientName: 'x', chiefConcern: 'あ'.repeat(100_000) }), { 'content-type': 'application/json' });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: `The request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} kB` });
      expect(await countRows(s, 'cases')).toBe(before);
    });

    it('accepts a long record under the limit', async () => {
      const res = await coord().post('/interviews', { caseId: ids.caseId, method: 'phone', summary: 'あ'.repeat(10_000), confidentialNote: 'い'.repeat(10_000) });
      expect(res.status).toBe(201);
    });

    it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 naming the field`, async () => {
      const deep = '['.repeat(5000) + ']'.repeat(5000);
      const res = await rawPost('/cases', `{"clientName":"x","riskFlags":${deep}}`, { 'content-type': 'application/json' });
      expect(res.status).toBe(400);
      expect(messages(res.body)).toBe(`riskFlags is nested more than ${MAX_JSON_DEPTH} levels deep`);
    });

    it('refuses malformed JSON and a body that is not an object with 400', async () => {
      const malformed = await rawPost('/cases', '{"clientName": "x",', { 'content-type': 'application/json' });
      expect(malformed.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/JSON/) });
      expect((await rawPost('/cases', '[{"clientName":"x"}]', { 'content-type': 'application/json' })).body).toMatchObject({ statusCode: 400, message: ['the request body must be a JSON object'] });
    });

    it('refuses another charset, a compressed body and another content type with 415', async () => {
      const before = await countRows(s, 'cases');
      const latin1 = await rawPost('/cases', '{"clientName":"x"}', { 'content-type': 'application/json; charset=latin1' });
      expect(latin1.status).toBe(415);
      expect(latin1.body.message).toContain('latin1');
      const gzip = await rawPost('/cases', '{"clientName":"x"}', { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(gzip.status).toBe(415);
      expect(gzip.body.message).toContain('gzip');
      const form = await rawPost('/cases', 'clientName=x', { 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      expect(form.body.message).toContain('application/json');
      expect(await countRows(s, 'cases')).toBe(before);
    });
  });

  describe('2. NUL and control characters', () => {
    it('refuses a NUL in a body field, naming it', async () => {
      const res = await coord().post('/cases', { clientName: '田中\u0000翔太' });
      expect(res.status).toBe(400);
      expect(messages(res.body)).toBe('clientName must not contain control characters');
    });

    it('refuses a NUL in a list filter, in the duplicate check and in the login email', async () => {
      const filter = await coord().get(`/cases?filter=${encodeURIComponent(JSON.stringify({ q: 'a\u0000' }))}`);
      expect(filter.status).toBe(400);
      expect(messages(filter.body)).toBe('filter.q must not contain control characters');
      const dup = await coord().get(`/cases/duplicates?name=${encodeURIComponent('山田\u0000')}`);
      expect(dup.status).toBe(400);
      expect(messages(dup.body)).toBe('name must not contain control characters');
      const login = await s.http().post('/api/auth/login').send({ email: 'a\u0000@test.tsunagu.example', password: 'x' });
      expect(login.status).toBe(400);
      expect(messages(login.body)).toBe('email must not contain control characters');
    });

    it('refuses other control characters anywhere, and line breaks in single-line fields', async () => {
      expect(messages((await coord().post('/cases', { clientName: 'ベル\u0007' })).body)).toBe('clientName must not contain control characters');
      const broken = await coord().post('/cases', { clientName: '田中\n翔太' });
      expect(broken.status).toBe(400);
      expect(messages(broken.body)).toBe('clientName must be a single line (no line breaks or tabs)');
      const kana = await coord().put(`/cases/${ids.caseId}`, { clientNameKana: 'たなか\tしょうた' });
      expect(messages(kana.body)).toContain('clientNameKana must be a single line');
    });

    it('keeps line breaks and tabs in multi-line text', async () => {
      const summary = '1行目\n2行目\r\n\t字下げ';
      const res = await coord().post('/interviews', { caseId: ids.caseId, method: 'phone', summary });
      expect(res.status).toBe(201);
      expect((await coord().get(`/interviews/${res.body.id}`)).body.summary).toBe(summary);
    });
  });

  describe('3. null for a field that may not be empty', () => {
    it('refuses null for a required field on update and on create, naming it', async () => {
      const before = (await coord().get(`/interviews/${ids.interviewId}`)).body;
      const put = await coord().put(`/interviews/${ids.interviewId}`, { summary: null });
      expect(put.status).toBe(400);
      expect(messages(put.body)).toMatch(/summary must be a string/);
      expect((await coord().get(`/interviews/${ids.interviewId}`)).body.version).toBe(before.version);
      const post = await coord().post('/cases', { clientName: 'x', openedOn: null });
      expect(post.status).toBe(400);
      expect(messages(post.body)).toMatch(/openedOn should not be empty/);
      for (const [path, body] of [
        [`/cases/${ids.caseId}`, { sex: null }],
        [`/cases/${ids.caseId}`, { riskFlags: null }],
        [`/outreach-visits/${ids.outreachVisitId}`, { outcome: null }],
        [`/family-members/${ids.familyMemberId}`, { livesWithClient: null }],
        [`/consents/${ids.consentId}`, { method: null }],
        [`/referrals/${ids.referralId}`, { reason: null }],
      ] as const) {
        const res = await (path.startsWith('/referrals') ? as(s, s.org.users.aStaff) : coord()).put(path, body);
        expect([res.status, path]).toEqual([400, path]);
        expect(messages(res.body)).toContain(Object.keys(body)[0]);
      }
    });

    it('clears a nullable field with null', async () => {
      const res = await coord().put(`/cases/${ids.caseId}`, { municipality: 'みなと市' });
      expect(res.body.municipality).toBe('みなと市');
      const cleared = await coord().put(`/cases/${ids.caseId}`, { municipality: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body.municipality).toBeNull();
    });
  });

  describe('4. every report exports for every role that reads it', () => {
    it.each([
      ['staff', 'aStaff', 'activity'],
      ['coordinator', 'aCoordinator', 'activity'],
      ['coordinator', 'aCoordinator', 'caseload'],
      ['supervisor', 'aSupervisor', 'activity'],
      ['supervisor', 'aSupervisor', 'caseload'],
    ] as const)('%s: %s report as CSV', async (_role, who, report) => {
      const res = await as(s, s.org.users[who]).get(`/reports/${report}?format=csv`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.text.charCodeAt(0)).toBe(0xfeff);
    });

    it("gives staff the referral figures, labelled from the screens' catalog", async () => {
      const res = await as(s, s.org.users.aStaff).get('/reports/activity?format=csv');
      expect(res.text).toContain('紹介先の種別,地域若者サポートステーション,紹介済み（回答待ち）,1');
      expect(res.text).not.toContain('実人数');
    });
  });

  describe('5. timestamps carry an offset', () => {
    it.each([
      ['interviews', 'heldAt', '2026-11-30T01:00:00'],
      ['interviews', 'heldAt', '2026-11-30'],
      ['outreach-visits', 'visitedAt', '2026-11-30T01:00'],
      ['outreach-visits', 'visitedAt', '2026-11-30'],
    ])('%s refuses %s = %s', async (resource, field, value) => {
      const body = resource === 'interviews' ? { method: 'phone' } : { outcome: 'no_answer' };
      const res = await coord().post(`/${resource}`, { caseId: ids.caseId, summary: 'x', ...body, [field]: value });
      expect(res.status).toBe(400);
      expect(messages(res.body)).toBe(`${field} must be a date and time with an offset, e.g. 2026-11-27T16:30:00+09:00`);
    });

    it('accepts Z and an offset, as the same instant', async () => {
      const z = await coord().post('/interviews', { caseId: ids.caseId, method: 'phone', summary: 'x', heldAt: '2026-11-29T01:00:00Z' });
      const jst = await coord().post('/interviews', { caseId: ids.caseId, method: 'phone', summary: 'x', heldAt: '2026-11-29T10:00:00+09:00' });
      expect([z.status, jst.status]).toEqual([201, 201]);
      expect(z.body.heldAt).toBe(jst.body.heldAt);
    });
  });

  describe('dates that make no sense', () => {
    it('refuses a record dated before its case was opened, and a next contact before the record', async () => {
      const recent = (await coord().post('/cases', { clientName: '日付 確認', openedOn: dayFromToday(-3) })).body.id;
      const before = await coord().post('/interviews', { caseId: recent, method: 'phone', summary: 'x', heldAt: `${dayFromToday(-5)}T10:00:00+09:00` });
      expect([before.status, before.body.code]).toEqual([422, 'CONTACT_BEFORE_OPENED']);
      const past = await coord().post('/interviews', { caseId: recent, method: 'phone', summary: 'x', nextContactOn: dayFromToday(-1) });
      expect([past.status, past.body.code]).toEqual([400, 'NEXT_CONTACT_BEFORE_RECORD']);
      const ok = await coord().post('/interviews', { caseId: recent, method: 'phone', summary: 'x', heldAt: `${dayFromToday(-2)}T10:00:00+09:00`, nextContactOn: dayFromToday(-1) });
      expect(ok.status).toBe(201);
      const moved = await coord().put(`/interviews/${ok.body.id}`, { heldAt: `${dayFromToday(-4)}T10:00:00+09:00` });
      expect([moved.status, moved.body.code]).toEqual([422, 'CONTACT_BEFORE_OPENED']);
      expect(await countRows(s, 'interviews', `case_id = '${recent}'`)).toBe(1);
    });
  });

  describe('6. keys that reach a prototype', () => {
    it.each(['constructor', 'prototype', '__proto__'])('refuses %s like any unknown field, at the top and nested', async (key) => {
      const before = await countRows(s, 'cases');
      const top = await rawPost('/cases', `{"clientName":"x","${key}":{"polluted":true}}`, { 'content-type': 'application/json' });
      expect(top.status).toBe(400);
      expect(messages(top.body)).toBe(`property ${key} should not exist`);
      const nested = await coord().post(`/program-sessions/${ids.sessionId}/attendances`, {
        entries: [JSON.parse(`{"caseId":"${ids.caseId}","attendee":"client","${key}":1}`)],
      });
      expect(nested.status).toBe(400);
      expect(messages(nested.body)).toBe(`property entries.0.${key} should not exist`);
      expect(await countRows(s, 'cases')).toBe(before);
    });
  });
});
