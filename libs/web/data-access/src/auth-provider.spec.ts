import type { LoginResponse, MeResponse, SessionInfo } from '@tsunagu/contracts';
import { createAuthProvider, SecondFactorRequired } from './auth-provider';
import { drafts } from './drafts';
import { session } from './session';

const SESSION: SessionInfo = {
  idleMinutes: 30,
  expiresAt: '2026-04-01T09:00:00.000Z',
  mustChangePassword: false,
  mustEnrolTwoFactor: false,
  twoFactorEnabled: false,
  twoFactorRequired: false,
};

const SUPERVISOR: LoginResponse = {
  csrfToken: 'csrf-abc',
  user: { id: 'u1', email: 'sv@example.jp', name: '監督 一郎', role: 'supervisor', centerId: 'center-a' },
  session: SESSION,
};

type Call = [string, RequestInit?];

/** Answers each call with the next reply (the last one repeats). */
function mockFetch(...replies: Array<[number, unknown]>) {
  let n = 0;
  const fetchMock = jest.fn<Promise<Response>, Call>(async () => {
    const [status, body] = replies[Math.min(n++, replies.length - 1)];
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

const sentBody = (call: Call) => JSON.parse(String(call[1]?.body)) as unknown;
const sentHeader = (call: Call, name: string) => new Headers(call[1]?.headers).get(name);
const everythingStored = () =>
  [localStorage, sessionStorage].flatMap((storage) => Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i) ?? '') ?? '')).join('\n');

describe('authProvider', () => {
  const auth = createAuthProvider('/api');
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('signs in for a session cookie and keeps only the user, the session and the CSRF token in this tab', async () => {
    localStorage.setItem('tsunagu.accessToken', 'header.eyJleHAiOjQxMDI0NDQ4MDB9.sig'); // kept there by earlier versions
    const fetchMock = mockFetch([200, { ...SUPERVISOR, accessToken: 'never-asked-for' }]);
    await expect(auth.login({ email: 'sv@example.jp', password: 'pass-word-123' })).resolves.toBeUndefined();
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/login');
    expect(fetchMock.mock.calls[0][1]?.method).toBe('POST');
    expect(sentBody(fetchMock.mock.calls[0])).toEqual({ email: 'sv@example.jp', password: 'pass-word-123', session: 'cookie' });
    expect(session.current()).toEqual({ user: SUPERVISOR.user, session: SESSION, csrfToken: 'csrf-abc' });
    expect(localStorage.length).toBe(0);
    expect(everythingStored()).not.toContain('never-asked-for');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(fetchMock).toHaveBeenCalledTimes(1); // a stored session needs no question to the API
    await expect(auth.getIdentity?.()).resolves.toMatchObject({ id: 'u1', fullName: '監督 一郎', role: 'supervisor' });
  });

  it('asks for the second factor when the account has one, then signs in with the code', async () => {
    const fetchMock = mockFetch([200, { secondFactorRequired: true, challenge: 'challenge-1' }], [200, SUPERVISOR]);
    const step1 = await auth.login({ email: 'sv@example.jp', password: 'pass-word-123' }).catch((e: unknown) => e);
    expect(step1).toBeInstanceOf(SecondFactorRequired);
    expect((step1 as SecondFactorRequired).challenge).toBe('challenge-1');
    expect(session.current()).toBeNull();

    await auth.login({ challenge: 'challenge-1', code: '123456' });
    expect(fetchMock.mock.calls[1][0]).toBe('/api/auth/login/second-factor');
    expect(sentBody(fetchMock.mock.calls[1])).toEqual({ challenge: 'challenge-1', code: '123456' });
    expect(session.user()?.id).toBe('u1');
  });

  it('sends someone who must change their password or set up a second factor to the account page first', async () => {
    mockFetch([200, { ...SUPERVISOR, session: { ...SESSION, mustChangePassword: true } }]);
    await expect(auth.login({ email: 'sv@example.jp', password: 'temporary-pass' })).resolves.toEqual({ redirectTo: '/account' });
    mockFetch([200, { ...SUPERVISOR, session: { ...SESSION, mustEnrolTwoFactor: true } }]);
    await expect(auth.login({ email: 'sv@example.jp', password: 'pass-word-123' })).resolves.toEqual({ redirectTo: '/account' });
  });

  it.each([
    [401, { code: 'INVALID_CREDENTIALS' }, 'tsunagu.errors.invalid_credentials'],
    [401, { statusCode: 401, message: 'Unauthorized' }, 'ra.auth.sign_in_error'],
    [401, { code: 'SECOND_FACTOR_INVALID' }, 'tsunagu.errors.second_factor_invalid'],
    [429, { code: 'LOGIN_LOCKED' }, 'tsunagu.errors.too_many_attempts'],
    [429, { code: 'LOGIN_THROTTLED' }, 'tsunagu.errors.too_many_from_here'],
    [500, null, 'tsunagu.errors.server'],
  ])('reports a refused sign-in (%s %j) as %s', async (status, body, key) => {
    mockFetch([status, body]);
    await expect(auth.login({ email: 'x@example.jp', password: 'wrong' })).rejects.toThrow(key);
    expect(session.current()).toBeNull();
  });

  it('finds the session of the cookie when this tab has none stored (a new tab), asking the API once', async () => {
    const me: MeResponse = { user: SUPERVISOR.user, session: SESSION, csrfToken: 'csrf-again' };
    const fetchMock = mockFetch([200, me]);
    await Promise.all([auth.checkAuth({}), auth.getIdentity?.(), auth.checkAuth({})]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/me');
    expect(session.csrfToken()).toBe('csrf-again');
  });

  it('refuses checkAuth when there is no session, without an error toast', async () => {
    mockFetch([401, { code: 'UNAUTHENTICATED' }]);
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    await expect(auth.getIdentity?.()).rejects.toThrow('ra.auth.auth_check_error');
  });

  it('signs out on 401 and says so once on the login page, keeping drafts', async () => {
    session.save(SUPERVISOR);
    const key = drafts.keyOf({ userId: 'u1', form: 'interview', caseId: 'case-1' });
    drafts.write(key, { summary: '電話で近況を聞いた' });
    await expect(auth.checkError({ status: 401, body: { code: 'SESSION_ENDED' } })).rejects.toEqual({ message: false });
    expect(session.current()).toBeNull();
    expect(session.endNotice()).toBe('ended');
    expect(drafts.read(key)).toEqual({ summary: '電話で近況を聞いた' });
    // react-admin goes on to sign out: nothing more is asked of the API, and the draft stays.
    const fetchMock = mockFetch([204, undefined]);
    await auth.logout({});
    expect(fetchMock).not.toHaveBeenCalled();
    expect(drafts.read(key)).toEqual({ summary: '電話で近況を聞いた' });
  });

  it('says nothing of requests refused after signing out on purpose', async () => {
    await expect(auth.checkError({ status: 401 })).rejects.toEqual({ message: false });
    expect(session.endNotice()).toBeNull();
  });

  it('sends someone who must change their password to the account page, signed in', async () => {
    session.save(SUPERVISOR);
    const refused = { status: 403, body: { code: 'PASSWORD_CHANGE_REQUIRED' } };
    await expect(auth.checkError(refused)).rejects.toEqual({ logoutUser: false, redirectTo: '/account', message: 'tsunagu.errors.password_change_required' });
    expect(session.info()?.mustChangePassword).toBe(true);
    await expect(auth.checkError({ status: 403, body: { code: 'TWO_FACTOR_ENROLMENT_REQUIRED' } })).rejects.toMatchObject({ logoutUser: false, redirectTo: '/account' });
    expect(session.info()?.mustEnrolTwoFactor).toBe(true);
    expect(session.user()?.id).toBe('u1');
  });

  it('stays signed in on any other 403', async () => {
    session.save(SUPERVISOR);
    await expect(auth.checkError({ status: 403, body: { code: 'ROLE_FORBIDDEN' } })).resolves.toBeUndefined();
    expect(session.user()?.id).toBe('u1');
  });

  it('signs out on purpose: ends the session on the API and forgets the session and every unsaved draft', async () => {
    session.save(SUPERVISOR);
    const key = drafts.keyOf({ userId: 'u1', form: 'interview', caseId: 'case-1' });
    drafts.write(key, { summary: '電話で近況を聞いた' });
    sessionStorage.setItem('other.app', 'kept');
    const fetchMock = mockFetch([204, undefined]);
    await auth.logout({ reason: 'user' });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/logout');
    expect(fetchMock.mock.calls[0][1]?.method).toBe('POST');
    expect(sentHeader(fetchMock.mock.calls[0], 'X-CSRF-Token')).toBe('csrf-abc');
    expect(session.current()).toBeNull();
    expect(session.endNotice()).toBeNull();
    expect(drafts.read(key)).toBeNull();
    expect(sessionStorage.getItem('other.app')).toBe('kept');
  });

  it('signs out after idle time keeping drafts, to be found again after signing in', async () => {
    session.save(SUPERVISOR);
    const key = drafts.keyOf({ userId: 'u1', form: 'outreach', caseId: 'case-1' });
    drafts.write(key, { summary: '玄関先で母親と話した' });
    const fetchMock = mockFetch([204, undefined]);
    await auth.logout({ reason: 'idle' });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/logout');
    expect(session.current()).toBeNull();
    expect(session.endNotice()).toBe('idle');
    expect(drafts.read(key)).toEqual({ summary: '玄関先で母親と話した' });

    // Signing in again: the notice has been told, the draft is still there.
    mockFetch([200, SUPERVISOR]);
    await auth.login({ email: 'sv@example.jp', password: 'pass-word-123' });
    expect(session.endNotice()).toBeNull();
    expect(drafts.read(key)).toEqual({ summary: '玄関先で母親と話した' });
  });

  it('answers canAccess for the signed-in role and center', async () => {
    mockFetch([401, { code: 'UNAUTHENTICATED' }]);
    const ask = (action: string, resource: string, record?: Record<string, unknown>) =>
      auth.canAccess?.({ action, resource, record } as Parameters<NonNullable<typeof auth.canAccess>>[0]);
    await expect(ask('list', 'users')).resolves.toBe(false);
    session.save(SUPERVISOR);
    await expect(ask('list', 'users')).resolves.toBe(true);
    await expect(ask('create', 'users')).resolves.toBe(false);
    await expect(ask('resetPassword', 'users')).resolves.toBe(false);
    await expect(ask('show', 'centers', { id: 'center-a' })).resolves.toBe(true);
    await expect(ask('show', 'centers', { id: 'center-b' })).resolves.toBe(false);
  });
});
