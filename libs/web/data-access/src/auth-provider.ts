import { API_PREFIX, type LoginResponse, type MeResponse, type SecondFactorChallenge } from '@tsunagu/contracts';
import type { AuthProvider } from 'ra-core';
import { activity } from './activity';
import { canAccess } from './can-access';
import { drafts } from './drafts';
import { errorCode, errorMessageKey } from './errors';
import { sessionHeaders } from './http-client';
import { session, type StoredSession } from './session';

/** The password step, or the second step with the challenge it answered and a code. */
export type Credentials = { email: string; password: string } | { challenge: string; code: string };

/**
 * The password was right and the account has a second factor. react-admin's `useLogin` goes on to
 * the app whenever `login` resolves, so the challenge comes back as a rejection the login page
 * recognises, and sends with the code.
 */
export class SecondFactorRequired extends Error {
  constructor(readonly challenge: string) {
    super('tsunagu.login.second_factor');
  }
}

/**
 * Why `logout` is called. Only `user` (the person chose ログアウト) discards the unsaved drafts of
 * this tab. `idle` (the idle warning ran out) and anything else, which is react-admin after the API
 * refused the session, keep them: signing in again brings the typed text back.
 */
export interface SignOut {
  reason?: 'user' | 'idle';
}

/** Where the person goes first when the API lets them do nothing else yet. */
export const ACCOUNT_PATH = '/account';

const isChallenge = (body: LoginResponse | SecondFactorChallenge): body is SecondFactorChallenge => 'secondFactorRequired' in body;

/** A refused sign-in in the person's language; a bare 401 is react-admin's own "cannot sign in". */
const signInError = (status: number, body: unknown) =>
  status === 401 && !errorCode({ body }) ? 'ra.auth.sign_in_error' : errorMessageKey(status, body);

/**
 * Sign-in against the API with a session cookie: HttpOnly (out of reach of any script on the page)
 * and ending with the browser, which matters on a shared office PC. What this tab keeps is in
 * `session` (sessionStorage): the user, the session's rules and the CSRF token.
 */
export function createAuthProvider(apiUrl = `/${API_PREFIX}`): AuthProvider {
  const post = (path: string, body?: unknown) =>
    fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: sessionHeaders(new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' }), 'POST'),
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** The session of the cookie, if it still stands: a new tab, or a page opened again. Asked once at a time. */
  let restoring: Promise<StoredSession | null> | null = null;
  const restore = (): Promise<StoredSession | null> => {
    const stored = session.current();
    if (stored) return Promise.resolve(stored);
    restoring ??= (async () => {
      try {
        const res = await fetch(`${apiUrl}/auth/me`, { headers: new Headers({ Accept: 'application/json' }) });
        if (!res.ok) return null;
        session.save((await res.json()) as MeResponse);
        activity.record();
        return session.current();
      } catch {
        return null;
      } finally {
        restoring = null;
      }
    })();
    return restoring;
  };

  return {
    async login(credentials: Credentials) {
      const res = 'challenge' in credentials ? await post('/auth/login/second-factor', credentials) : await post('/auth/login', { ...credentials, session: 'cookie' });
      const body = (await res.json().catch(() => null)) as LoginResponse | SecondFactorChallenge | null;
      if (!res.ok || !body) throw new Error(signInError(res.status, body));
      if (isChallenge(body)) throw new SecondFactorRequired(body.challenge);
      session.clearEndNotice();
      session.save(body);
      activity.record();
      const { mustChangePassword, mustEnrolTwoFactor } = body.session;
      return mustChangePassword || mustEnrolTwoFactor ? { redirectTo: ACCOUNT_PATH } : undefined;
    },

    async logout(params?: SignOut | null) {
      const reason = params?.reason;
      if (reason === 'user' || reason === 'idle') {
        // The API may still hold the session (idle: up to 30 s more): end it, and clear the cookie.
        if (session.current()) await post('/auth/logout').catch(() => undefined);
      }
      if (reason === 'user') {
        session.clear();
        drafts.clearAll();
      } else if (reason === 'idle') {
        session.end('idle');
      } else {
        session.clear();
      }
    },

    async checkAuth() {
      if (!(await restore())) {
        // message: false: the login page opens without an error toast.
        throw { message: false };
      }
    },

    async checkError(error: { status?: number; body?: unknown }) {
      const code = errorCode(error);
      if (error?.status === 401 || code === 'CSRF_INVALID') {
        // The login page says the session ended (once), rather than a toast with the raw refusal.
        // Requests still under way after signing out are refused too: they say nothing.
        if (session.current()) session.end('ended');
        throw { message: false };
      }
      if (code === 'PASSWORD_CHANGE_REQUIRED' || code === 'TWO_FACTOR_ENROLMENT_REQUIRED') {
        session.update(code === 'PASSWORD_CHANGE_REQUIRED' ? { mustChangePassword: true } : { mustEnrolTwoFactor: true, twoFactorRequired: true });
        throw { logoutUser: false, redirectTo: ACCOUNT_PATH, message: errorMessageKey(403, error.body) };
      }
      // Any other 403, and everything else: stay signed in; the page shows the error.
    },

    async getIdentity() {
      const stored = await restore();
      if (!stored) throw new Error('ra.auth.auth_check_error');
      const { user } = stored;
      return { id: user.id, fullName: user.name, role: user.role, centerId: user.centerId };
    },

    // No getPermissions: access goes through canAccess (react-admin 5). An instantly resolving
    // getPermissions also makes react-admin's logout race and loop for seconds before the login
    // page shows (marmelab/react-admin#10764).
    async canAccess({ action, resource, record }) {
      const user = (await restore())?.user;
      if (!user) return false;
      return canAccess(user.role, { action, resource, record }, { centerId: user.centerId });
    },
  };
}

export const authProvider = createAuthProvider();
