import type { SessionUser } from './sessions.service';

/** Sessions kept at most (about 2 KB each: some 20 MB); the one used longest ago makes room first. */
const MAX_SESSIONS = 10_000;

/** A session as last read from the database, under the exact token string that named it. */
export interface KnownSession {
  user: SessionUser;
  /** The token's own expiry (seconds since the epoch), checked as the JWT library would check it. */
  tokenExpiresAt: number;
  /**
   * When (performance.now()) the session must be read from the database again: its last-seen time
   * is due to be written, or its idle or lifetime limit comes. Until then the database would answer
   * exactly as it did, unless a notice says otherwise.
   */
  readAgainAt: number;
}

/**
 * The sessions this instance has just checked, so that a request need not read its session and
 * user again. It is only as good as the notices from the database (see SessionNotices): while they
 * are not heard it holds nothing and every request reads the database, and any notice forgets the
 * sessions it names at once.
 */
export class SessionCache {
  /** In order of use, least recent first. */
  private readonly known = new Map<string, KnownSession>();
  /** Counts every notice (and every change of hearing them): a read that saw it change keeps nothing. */
  private generation = 0;
  private hearing = false;

  constructor(
    private readonly max = MAX_SESSIONS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether a token's session is in memory and still stands as read (then wait for the notices before `get`). */
  has(token: string): boolean {
    const session = this.known.get(token);
    return session !== undefined && this.now() < session.readAgainAt;
  }

  /** The session a token names, if it was read recently enough and nothing has changed since. */
  get(token: string): KnownSession | undefined {
    const session = this.known.get(token);
    if (!session) return undefined;
    this.known.delete(token);
    if (this.now() >= session.readAgainAt) return undefined;
    this.known.set(token, session);
    return session;
  }

  /**
   * Taken before a session is read from the database: `keep` takes the answer only if no notice
   * arrived meanwhile (it might have been about this very session, already read as it was before),
   * and `null` while notices are not heard, when nothing may be kept.
   */
  ticket(): number | null {
    return this.hearing ? this.generation : null;
  }

  /** Keeps what a read with `ticket` found; nothing if a notice came since the ticket was taken. */
  keep(token: string, ticket: number | null, session: KnownSession): boolean {
    if (ticket === null || ticket !== this.generation) return false;
    this.known.delete(token);
    this.known.set(token, session);
    // The sessions used longest ago go once they are due to be read again anyway, or to make room.
    for (const [oldest, { readAgainAt }] of this.known) {
      if (this.known.size <= this.max && readAgainAt > this.now()) break;
      this.known.delete(oldest);
    }
    return true;
  }

  /**
   * A notice from the database: `session:<id>`, `user:<id>`, `center:<id>`. Anything else (`all`,
   * or a notice this version does not know) forgets everything.
   */
  forget(notice: string): void {
    this.generation++;
    const [kind, id] = notice.split(':', 2);
    const names = NAMES.get(kind);
    if (!names || !id) {
      this.known.clear();
      return;
    }
    for (const [token, session] of this.known) if (names(session.user) === id) this.known.delete(token);
  }

  /** Notices are heard from now on (after a reconnection, what was kept may have missed some), or no longer. */
  hear(on: boolean): void {
    this.generation++;
    this.known.clear();
    this.hearing = on;
  }

  get size(): number {
    return this.known.size;
  }
}

/** What each kind of notice names of a session. */
const NAMES = new Map<string, (user: SessionUser) => string | null>([
  ['session', (user) => user.sessionId],
  ['user', (user) => user.id],
  ['center', (user) => user.centerId],
]);
