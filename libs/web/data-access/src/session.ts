import type { LoginResponse, SessionUser } from '@tsunagu/contracts';

const TOKEN_KEY = 'tsunagu.accessToken';
const USER_KEY = 'tsunagu.user';

/** The signed-in user and their bearer token, kept in localStorage between page loads. */
export const session = {
  token(): string | null {
    return localStorage.getItem(TOKEN_KEY);
  },
  user(): SessionUser | null {
    const raw = localStorage.getItem(USER_KEY);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as SessionUser;
    } catch {
      return null;
    }
  },
  save({ accessToken, user }: LoginResponse): void {
    localStorage.setItem(TOKEN_KEY, accessToken);
    localStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(USER_KEY);
  },
};

/** True when the token is a JWT whose `exp` has passed; an unreadable token is left to the API to judge. */
export function isExpired(token: string, now = Date.now()): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' && json.exp * 1000 <= now;
  } catch {
    return false;
  }
}
