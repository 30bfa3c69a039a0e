import type { LoginResponse, MeResponse, SessionInfo, SessionUser } from '@tsunagu/contracts';

const KEY = 'tsunagu.session';
const ENDED_KEY = 'tsunagu.sessionEnded';
/** What earlier versions kept in localStorage: a bearer token outliving the browser. */
const LEGACY_KEYS = ['tsunagu.accessToken', 'tsunagu.user'];

/** What this tab knows of its session. The credential itself is an HttpOnly cookie no script can read. */
export interface StoredSession {
  user: SessionUser;
  session: SessionInfo;
  /** Sent back as `X-CSRF-Token` with every change. */
  csrfToken: string | null;
}

/**
 * How a session ended without the person signing out: told once on the login page.
 * `idle`: no request for `session.idleMinutes`; `ended`: the API refused the session (signed out
 * elsewhere, password changed or reset, deactivated, past its lifetime).
 */
export type SessionEnd = 'idle' | 'ended';

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { raw: string | null; value: StoredSession | null } = { raw: null, value: null };

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    /* storage disabled: the session lasts as long as the page */
  }
}

function forgetLegacy(): void {
  try {
    LEGACY_KEYS.forEach((key) => localStorage.removeItem(key));
  } catch {
    /* nothing kept */
  }
}

function changed(): void {
  listeners.forEach((listener) => listener());
}

/**
 * The signed-in user, their session and its CSRF token, in this tab's sessionStorage: gone when the
 * tab closes, and never the credential. A new tab of the same browser asks the API (`GET /auth/me`,
 * answered with the cookie) instead of reading another tab's storage.
 */
export const session = {
  current(): StoredSession | null {
    const raw = read(KEY);
    if (raw === cached.raw) return cached.value;
    let value: StoredSession | null = null;
    try {
      const parsed = raw ? (JSON.parse(raw) as StoredSession) : null;
      value = parsed?.user && parsed.session ? parsed : null;
    } catch {
      value = null;
    }
    cached = { raw, value };
    return value;
  },
  user(): SessionUser | null {
    return session.current()?.user ?? null;
  },
  info(): SessionInfo | null {
    return session.current()?.session ?? null;
  },
  csrfToken(): string | null {
    return session.current()?.csrfToken ?? null;
  },
  /** After signing in, or after `GET /auth/me`; a bearer token in the answer (never asked for here) is not kept. */
  save({ user, session: info, csrfToken }: LoginResponse | MeResponse): void {
    forgetLegacy();
    const keep: StoredSession = { user, session: info, csrfToken: csrfToken ?? session.csrfToken() };
    write(KEY, JSON.stringify(keep));
    changed();
  },
  /** What the API now says of the session (a changed password, a second factor set up). */
  update(info: Partial<SessionInfo>): void {
    const current = session.current();
    if (!current) return;
    write(KEY, JSON.stringify({ ...current, session: { ...current.session, ...info } }));
    changed();
  },
  clear(): void {
    forgetLegacy();
    write(KEY, null);
    changed();
  },
  /** The session ended by itself: forgotten here, and the login page will say why. */
  end(why: SessionEnd): void {
    write(ENDED_KEY, why);
    session.clear();
  },
  /** Why the last session ended by itself, until the login page has said it. */
  endNotice(): SessionEnd | null {
    const why = read(ENDED_KEY);
    return why === 'idle' || why === 'ended' ? why : null;
  },
  clearEndNotice(): void {
    write(ENDED_KEY, null);
  },
  /** Called whenever the stored session changes in this tab. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
