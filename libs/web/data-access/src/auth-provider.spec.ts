import type { LoginResponse } from '@tsunagu/contracts';
import { createAuthProvider } from './auth-provider';
import { drafts } from './drafts';
import { isExpired, session } from './session';

const SUPERVISOR: LoginResponse = {
  accessToken: 'header.eyJleHAiOjQxMDI0NDQ4MDB9.sig', // exp 2100-01-01
  user: { id: 'u1', email: 'sv@example.jp', name: '監督 一郎', role: 'supervisor', centerId: 'center-a' },
};

function mockFetch(status: number, body: unknown) {
  const fetchMock = jest.fn<Promise<Response>, [string, RequestInit?]>(async () => new Response(JSON.stringify(body), { status }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

describe('authProvider', () => {
  const auth = createAuthProvider('/api');
  afterEach(() => session.clear());

  it('signs in with email and password and keeps the session', async () => {
    const fetchMock = mockFetch(200, SUPERVISOR);
    await auth.login({ email: 'sv@example.jp', password: 'pass-word-123' });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/login');
    expect(fetchMock.mock.calls[0][1]?.method).toBe('POST');
    expect(JSON.parse(String(fetchMock.mock.calls[0][1]?.body))).toEqual({ email: 'sv@example.jp', password: 'pass-word-123' });
    expect(session.token()).toBe(SUPERVISOR.accessToken);
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ id: 'u1', fullName: '監督 一郎', role: 'supervisor' });
  });

  it('reports a wrong password with react-admin\'s sign-in error, and too many attempts with ours', async () => {
    mockFetch(401, { statusCode: 401, message: 'Unauthorized' });
    await expect(auth.login({ email: 'x@example.jp', password: 'wrong' })).rejects.toThrow('ra.auth.sign_in_error');
    mockFetch(429, { statusCode: 429, message: 'Too Many Requests' });
    await expect(auth.login({ email: 'x@example.jp', password: 'wrong' })).rejects.toThrow('tsunagu.errors.too_many_attempts');
    expect(session.token()).toBeNull();
  });

  it('signs out on 401 and stays signed in on 403', async () => {
    session.save(SUPERVISOR);
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(session.token()).not.toBeNull();
    await expect(auth.checkError({ status: 401 })).rejects.toMatchObject({ status: 401 });
    expect(session.token()).toBeNull();
  });

  it('refuses checkAuth without a session or with an expired token', async () => {
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    session.save({ ...SUPERVISOR, accessToken: 'header.eyJleHAiOjF9.sig' }); // exp 1970
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(session.token()).toBeNull();
  });

  it('logs out by forgetting the session and every unsaved draft', async () => {
    session.save(SUPERVISOR);
    const key = drafts.keyOf({ userId: 'u1', form: 'interview', caseId: 'case-1' });
    drafts.write(key, { summary: '電話で近況を聞いた' });
    sessionStorage.setItem('other.app', 'kept');
    await auth.logout({});
    expect(session.user()).toBeNull();
    expect(drafts.read(key)).toBeNull();
    expect(sessionStorage.getItem('other.app')).toBe('kept');
  });

  it('keeps drafts when the session merely expires, to be found again after signing in', async () => {
    const key = drafts.keyOf({ userId: 'u1', form: 'outreach', caseId: 'case-1' });
    drafts.write(key, { summary: '玄関先で母親と話した' });
    session.save({ ...SUPERVISOR, accessToken: 'header.eyJleHAiOjF9.sig' }); // exp 1970
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(drafts.read(key)).toEqual({ summary: '玄関先で母親と話した' });
    drafts.clearAll();
  });

  it('answers canAccess for the signed-in role and center', async () => {
    const ask = (action: string, resource: string, record?: Record<string, unknown>) =>
      auth.canAccess?.({ action, resource, record } as Parameters<NonNullable<typeof auth.canAccess>>[0]);
    await expect(ask('list', 'users')).resolves.toBe(false);
    session.save(SUPERVISOR);
    await expect(ask('list', 'users')).resolves.toBe(true);
    await expect(ask('create', 'users')).resolves.toBe(false);
    await expect(ask('show', 'centers', { id: 'center-a' })).resolves.toBe(true);
    await expect(ask('show', 'centers', { id: 'center-b' })).resolves.toBe(false);
  });
});

describe('isExpired', () => {
  it('reads exp from a JWT and leaves unreadable tokens to the API', () => {
    expect(isExpired('h.eyJleHAiOjF9.s')).toBe(true);
    expect(isExpired('h.eyJleHAiOjQxMDI0NDQ4MDB9.s')).toBe(false);
    expect(isExpired('not-a-jwt')).toBe(false);
  });
});
