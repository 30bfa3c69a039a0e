import type { MeResponse, RecoveryCodes, TemporaryPassword, TwoFactorSetup, UserDto } from '@tsunagu/contracts';
import { useSyncExternalStore } from 'react';
import { API_URL, httpClient } from './http-client';
import { session, type StoredSession } from './session';

async function send<T>(path: string, method: 'GET' | 'POST' | 'PUT' = 'POST', body?: unknown): Promise<T> {
  const res = await httpClient(`${API_URL}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return res.json as T;
}

/** The signed-in person's own account (the routes the API answers even before a required change). */
export const account = {
  /** Who is signed in as the API now sees it. The request itself keeps the session alive. */
  async refresh(): Promise<MeResponse> {
    const me = await send<MeResponse>('/auth/me', 'GET');
    session.save(me);
    return me;
  },
  /** The session goes on, no longer bound to change the password; the person's other sessions end. */
  async changePassword(currentPassword: string, newPassword: string): Promise<MeResponse> {
    const me = await send<MeResponse>('/auth/password', 'PUT', { currentPassword, newPassword });
    session.save(me);
    return me;
  },
  /** A new secret to scan; it stays pending until a code from it confirms it. */
  setupTwoFactor: () => send<TwoFactorSetup>('/auth/two-factor/setup'),
  /** Confirms the set-up with a code; answers the recovery codes, this once. */
  async enableTwoFactor(code: string): Promise<RecoveryCodes> {
    const codes = await send<RecoveryCodes>('/auth/two-factor/enable', 'POST', { code });
    session.update({ twoFactorEnabled: true, mustEnrolTwoFactor: false });
    return codes;
  },
  /** Ten new recovery codes for a current code from the app; the earlier ones stop working. */
  renewRecoveryCodes: (code: string) => send<RecoveryCodes>('/auth/two-factor/recovery-codes', 'POST', { code }),
};

/** An administrator's help with someone else's account. */
export const userAdmin = {
  /** A temporary password, answered once; the user changes it at the next sign-in and is signed out everywhere. */
  resetPassword: (userId: string) => send<TemporaryPassword>(`/users/${encodeURIComponent(userId)}/password-reset`),
  /** Clears a lost second factor and its recovery codes. */
  resetTwoFactor: (userId: string) => send<UserDto>(`/users/${encodeURIComponent(userId)}/two-factor-reset`),
};

/** This tab's session (user, rules, CSRF token), re-rendering when it changes. */
export function useSession(): StoredSession | null {
  return useSyncExternalStore(session.subscribe, session.current);
}
