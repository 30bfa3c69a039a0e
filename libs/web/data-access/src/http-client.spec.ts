import { HttpError } from 'ra-core';
import { errorMessageKey } from './errors';
import { downloadFile, filenameOf, httpClient } from './http-client';
import { activity } from './activity';
import { session } from './session';

function mockFetch(status: number, body: unknown) {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>(async () => new Response(JSON.stringify(body), { status, statusText: 'x' }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

const SIGNED_IN = {
  csrfToken: 'csrf-123',
  user: { id: 'u', email: 'a@example.jp', name: 'A', role: 'admin' as const, centerId: null },
  session: { idleMinutes: 30, expiresAt: '2026-04-01T09:00:00.000Z', mustChangePassword: false, mustEnrolTwoFactor: false, twoFactorEnabled: false, twoFactorRequired: false },
};

const headersOf = (fetchMock: jest.Mock, n = 0) => new Headers((fetchMock.mock.calls[n] as [string, RequestInit?])[1]?.headers);

describe('httpClient', () => {
  afterEach(() => session.clear());

  it('sends the session\'s CSRF token with every change, and no credential of its own', async () => {
    session.save(SIGNED_IN);
    const fetchMock = mockFetch(200, {});
    await httpClient('/api/users', { method: 'POST', body: '{}' });
    await httpClient('/api/users/1', { method: 'PUT', body: '{}' });
    await httpClient('/api/interviews/1', { method: 'DELETE', body: '{}' });
    for (const n of [0, 1, 2]) {
      expect(headersOf(fetchMock, n).get('X-CSRF-Token')).toBe('csrf-123');
      expect(headersOf(fetchMock, n).has('Authorization')).toBe(false);
    }
  });

  it('sends no CSRF token with a read, nor when nobody is signed in', async () => {
    session.save(SIGNED_IN);
    const fetchMock = mockFetch(200, []);
    await httpClient('/api/users');
    expect(headersOf(fetchMock).has('X-CSRF-Token')).toBe(false);
    session.clear();
    await httpClient('/api/users', { method: 'POST', body: '{}' });
    expect(headersOf(fetchMock, 1).has('X-CSRF-Token')).toBe(false);
  });

  it('records each request for the idle warning', async () => {
    mockFetch(200, []);
    const before = activity.lastRequestAt();
    await new Promise((r) => setTimeout(r, 5));
    await httpClient('/api/users');
    expect(activity.lastRequestAt()).toBeGreaterThan(before);
  });

  it('turns a stale-version 409 into the translated "someone else saved first" message', async () => {
    mockFetch(409, { statusCode: 409, message: 'This User was changed by someone else', error: 'Conflict', code: 'STALE_VERSION' });
    const error = await httpClient('/api/users/1', { method: 'PUT', body: '{}' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 409, message: 'tsunagu.errors.stale_version', body: { code: 'STALE_VERSION' } });
  });

  it('keeps a 401 as it is, for checkError to sign the user out', async () => {
    mockFetch(401, { statusCode: 401, message: 'Unauthorized' });
    await expect(httpClient('/api/users')).rejects.toMatchObject({ status: 401 });
  });
});

describe('downloadFile', () => {
  afterEach(() => session.clear());

  it('downloads with the session cookie and keeps the name the API suggests', async () => {
    session.save(SIGNED_IN);
    const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>(
      async () =>
        new Response('\ufeff区分,項目\r\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="tsunagu-activity.csv"' },
        }),
    );
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const file = await downloadFile('/api/reports/activity?format=csv');
    expect(headersOf(fetchMock).has('X-CSRF-Token')).toBe(false);
    expect(headersOf(fetchMock).has('Authorization')).toBe(false);
    expect(file.filename).toBe('tsunagu-activity.csv');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('sends the CSRF token when the download is asked for by a change', async () => {
    session.save(SIGNED_IN);
    const fetchMock = mockFetch(200, 'a,b');
    await downloadFile('/api/imports/1/report', 'report.csv', { method: 'POST' });
    expect(headersOf(fetchMock).get('X-CSRF-Token')).toBe('csrf-123');
  });

  it('turns a refusal into the translated error', async () => {
    mockFetch(403, { statusCode: 403, message: 'Forbidden' });
    await expect(downloadFile('/api/audit-logs?format=csv')).rejects.toMatchObject({ status: 403, message: 'tsunagu.errors.forbidden' });
  });

  it.each([
    ['attachment; filename="tsunagu-cases.csv"', 'tsunagu-cases.csv'],
    ["attachment; filename*=UTF-8''%E5%AE%9F%E7%B8%BE.csv", '実績.csv'],
    ['attachment', 'fallback.csv'],
    [null, 'fallback.csv'],
  ])('names the file from %j', (header, name) => {
    expect(filenameOf(header, 'fallback.csv')).toBe(name);
  });
});

describe('errorMessageKey', () => {
  it.each([
    [409, { code: 'STALE_VERSION' }, 'tsunagu.errors.stale_version'],
    [409, { code: 'USER_EMAIL_TAKEN' }, 'tsunagu.errors.email_taken'],
    [409, { code: 'CENTER_CODE_TAKEN' }, 'tsunagu.errors.center_code_taken'],
    [409, { message: 'A record with these values already exists' }, 'tsunagu.errors.conflict'],
    [422, { code: 'USER_SELF_LOCKOUT' }, 'tsunagu.errors.self_lockout'],
    [400, { message: ['email must be an email'] }, 'tsunagu.errors.invalid'],
    [403, null, 'tsunagu.errors.forbidden'],
    [404, null, 'tsunagu.errors.not_found'],
    [429, null, 'tsunagu.errors.too_many_attempts'],
    [500, null, 'tsunagu.errors.server'],
    [418, null, 'ra.notification.http_error'],
  ])('%s %j → %s', (status, body, key) => {
    expect(errorMessageKey(status, body)).toBe(key);
  });
});
