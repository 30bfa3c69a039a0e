import { API_PREFIX, type LoginResponse } from '@tsunagu/contracts';
import type { AuthProvider } from 'ra-core';
import { canAccess } from './can-access';
import { drafts } from './drafts';
import { errorMessageKey } from './errors';
import { isExpired, session } from './session';

export interface Credentials {
  email: string;
  password: string;
}

/** Sign-in with email and password against the API; the token and user stay in localStorage. */
export function createAuthProvider(apiUrl = `/${API_PREFIX}`): AuthProvider {
  return {
    async login({ email, password }: Credentials) {
      const res = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (res.status === 401) throw new Error('ra.auth.sign_in_error');
      if (!res.ok) throw new Error(errorMessageKey(res.status, await res.json().catch(() => null)));
      session.save((await res.json()) as LoginResponse);
    },

    async logout() {
      session.clear();
      // Unsaved drafts go with the person who typed them. An expired session (checkAuth, 401)
      // keeps them: signing in again brings the typed text back.
      drafts.clearAll();
    },

    async checkAuth() {
      const token = session.token();
      if (!token || !session.user() || isExpired(token)) {
        session.clear();
        // message: false: the login page opens without an error toast.
        throw { message: false };
      }
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        session.clear();
        throw error;
      }
      // 403 and everything else: stay signed in; the page shows the error.
    },

    async getIdentity() {
      const user = session.user();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.name, role: user.role, centerId: user.centerId };
    },


    // No getPermissions: access goes through canAccess (react-admin 5). An instantly resolving
    // getPermissions also makes react-admin's logout race and loop for seconds before the login
    // page shows (marmelab/react-admin#10764).
    async canAccess({ action, resource, record }) {
      const user = session.user();
      if (!user) return false;
      return canAccess(user.role, { action, resource, record }, { centerId: user.centerId });
    },
  };
}

export const authProvider = createAuthProvider();
