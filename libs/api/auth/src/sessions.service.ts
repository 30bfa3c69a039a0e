import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, SessionInfo, SessionMode } from '@tsunagu/contracts';
import { AppConfig, AuthUser } from '@tsunagu/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { SessionCache } from './session-cache';
import { SessionNotices } from './session-notices';

/** What a bearer token or the session cookie carries: the user and the session row. */
interface SessionToken {
  sub: string;
  sid: string;
  /** Added by the JWT library from the session's lifetime. */
  exp?: number;
}

/** The user a valid session names, with what the session allows. */
export interface SessionUser extends AuthUser {
  sessionId: string;
  mode: SessionMode;
  session: SessionInfo;
}

interface SessionRow {
  id: string;
  mode: SessionMode;
  expires_at: Date;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  center_id: string | null;
  must_change_password: boolean;
  must_enrol: boolean;
  two_factor: boolean;
  required: boolean;
  /** How long, from the moment it was asked, the database would give this same answer. */
  stands_ms: string;
}

/** A session's last-seen time is written at most this often (a write on every request would cost more than it tells). */
const TOUCH_EVERY_SECONDS = 30;

/**
 * Sessions that really end: a row per sign-in, named by the token, checked on every request (ended,
 * idle too long, past its lifetime, or the user deactivated: refused), so that an end takes effect
 * on every instance with the next request. The check reads the database, or this instance's memory
 * of a session it read moments ago, which the database's notice of any change to the session, its
 * user or their center wipes on every instance as the change commits.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly cache: SessionCache,
    private readonly notices: SessionNotices,
  ) {}

  /** A new session for a user who has just proved who they are; its token names it. */
  async start(m: EntityManager, userId: string, mode: SessionMode): Promise<{ id: string; token: string; expiresAt: string }> {
    const lifetime = this.config.SESSION_MAX_HOURS * 3600;
    const [{ id, expires_at }] = (await m.query(
      `INSERT INTO sessions (user_id, mode, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id, expires_at`,
      [userId, mode, lifetime],
    )) as Array<{ id: string; expires_at: Date }>;
    const payload: SessionToken = { sub: userId, sid: id };
    return { id, token: await this.jwt.signAsync(payload, { expiresIn: lifetime }), expiresAt: new Date(expires_at).toISOString() };
  }

  /**
   * The signed-in user a token names, or `null` (bad token) / `'ended'` (a session that no longer
   * stands). A session read moments ago on this instance is answered from memory, once every notice
   * of a change committed before the request came has been heard (the cache forgets what a notice
   * names; it reads a session again before its last-seen time is due or a limit comes); otherwise it
   * is read from the database, with its user.
   */
  async authenticate(token: string): Promise<SessionUser | 'ended' | null> {
    const known = this.cache.has(token) && (await this.notices.caughtUp()) ? this.cache.get(token) : undefined;
    if (known) return Math.floor(Date.now() / 1000) >= known.tokenExpiresAt ? null : answer(known.user);
    let payload: SessionToken;
    try {
      payload = await this.jwt.verifyAsync<SessionToken>(token);
    } catch {
      return null;
    }
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || !UUID.test(payload.sid) || !UUID.test(payload.sub)) return null;
    const ticket = this.cache.ticket();
    const asked = performance.now();
    // One round trip: the session and its user, and (now and then) the last-seen time, with how long
    // the database's answer stays the same unless something changes: until the next last-seen time is
    // due, or the idle or lifetime limit comes.
    const rows = (await this.db.query(
      `WITH s AS (
         SELECT s.id, s.mode, s.expires_at, u.id AS user_id, u.email, u.name, u.role, u.center_id, u.must_change_password,
                (coalesce(ce.require_two_factor, false) AND u.totp_enabled_at IS NULL) AS must_enrol, (u.totp_enabled_at IS NOT NULL) AS two_factor,
                coalesce(ce.require_two_factor, false) AS required,
                CASE WHEN s.last_seen_at < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS}) THEN now() ELSE s.last_seen_at END AS seen
           FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN centers ce ON ce.id = u.center_id
          WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND u.active
            AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $3)),
       touched AS (
         UPDATE sessions t SET last_seen_at = now() FROM s
          WHERE t.id = s.id AND t.last_seen_at < now() - make_interval(secs => ${TOUCH_EVERY_SECONDS}) RETURNING t.id)
       SELECT s.*, extract(epoch FROM least(s.expires_at, s.seen + make_interval(mins => $3), s.seen + make_interval(secs => ${TOUCH_EVERY_SECONDS})) - now()) * 1000 AS stands_ms
         FROM s`,
      [payload.sid, payload.sub, this.config.SESSION_IDLE_MINUTES],
    )) as SessionRow[];
    if (!rows.length) return 'ended';
    const r = rows[0];
    const user: SessionUser = {
      id: r.user_id,
      email: r.email,
      name: r.name,
      role: r.role,
      centerId: r.center_id,
      sessionId: r.id,
      mode: r.mode,
      session: {
        idleMinutes: this.config.SESSION_IDLE_MINUTES,
        expiresAt: new Date(r.expires_at).toISOString(),
        mustChangePassword: r.must_change_password,
        mustEnrolTwoFactor: r.must_enrol,
        twoFactorEnabled: r.two_factor,
        twoFactorRequired: r.required,
      },
    };
    this.cache.keep(token, ticket, { user, tokenExpiresAt: payload.exp ?? Infinity, readAgainAt: asked + Number(r.stands_ms) });
    return answer(user);
  }

  /** Signing out: this session ends. */
  async end(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET ended_at = now(), end_reason = 'sign_out' WHERE id = $1 AND ended_at IS NULL`, [sessionId]);
  }
}

/** A copy per request: what one handler does to its user cannot reach the next request's. */
const answer = (user: SessionUser): SessionUser => ({ ...user, session: { ...user.session } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
