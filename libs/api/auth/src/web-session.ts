import { hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { doubleCsrf, type DoubleCsrfUtilities } from 'csrf-csrf';
import type { Request, Response } from 'express';
import { API_PREFIX } from '@tsunagu/contracts';
import { AppConfig, RequestWithUser } from '@tsunagu/api-core';

/** The web app's session: an HttpOnly cookie script cannot read, sent only to the API, ending with the browser. */
export const SESSION_COOKIE = 'tsunagu_session';
const CSRF_COOKIE = 'tsunagu_csrf';
const CSRF_COOKIE_OPTIONS = { sameSite: 'strict', path: `/${API_PREFIX}`, secure: true, httpOnly: true } as const;

/**
 * `Secure` whenever the browser would keep it: over HTTPS (directly, or behind a proxy with
 * TRUST_PROXY), and on this machine (browsers treat localhost as secure). A center that serves the
 * app over plain HTTP on its LAN still signs in, with a cookie that is HttpOnly and SameSite=Strict
 * but travels unencrypted: serve it over HTTPS (docs/operations.md).
 */
const secureFor = (req: Request) => req.secure || /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/.test(req.hostname ?? '');

/** A request as the CSRF check sees it: signed in, or signing in right now. */
type SessionRequest = Request & RequestWithUser & { startedSession?: string };

/**
 * The browser's credential. On a shared office PC a token in localStorage outlives the browser; a
 * session cookie (no Max-Age) does not, and being HttpOnly it is out of reach of any script on the
 * page. `SameSite=Strict` keeps other sites from sending it; on top of that every change sent with
 * the cookie carries a CSRF token (signed double-submit, csrf-csrf) bound to the session. API
 * clients keep bearer tokens and need no CSRF token.
 */
@Injectable()
export class WebSession {
  private readonly csrf: DoubleCsrfUtilities;

  constructor(config: AppConfig) {
    const secret = Buffer.from(hkdfSync('sha256', config.JWT_SECRET, 'tsunagu', 'csrf', 32)).toString('base64url');
    this.csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (req) => (req as SessionRequest).user?.sessionId ?? (req as SessionRequest).startedSession ?? '',
      cookieName: CSRF_COOKIE,
      cookieOptions: CSRF_COOKIE_OPTIONS,
      getCsrfTokenFromRequest: (req) => req.headers['x-csrf-token'],
    });
  }

  /** The session cookie from a request, if it came with one. */
  tokenOf(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof value === 'string' && value ? value : undefined;
  }

  /** Sets the session cookie and answers the CSRF token for the session just started. */
  begin(req: Request, res: Response, token: string, sessionId: string): string {
    const secure = secureFor(req);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, secure, sameSite: 'strict', path: `/${API_PREFIX}` });
    (req as SessionRequest).startedSession = sessionId;
    return this.csrf.generateCsrfToken(req, res, { overwrite: true, cookieOptions: { ...CSRF_COOKIE_OPTIONS, secure } });
  }

  /** The CSRF token of the request's session (the same one while its cookie stands). */
  csrfToken(req: Request, res: Response): string {
    return this.csrf.generateCsrfToken(req, res, { cookieOptions: { ...CSRF_COOKIE_OPTIONS, secure: secureFor(req) } });
  }

  /** Whether a change sent with the session cookie carries its session's CSRF token. */
  validCsrf(req: Request): boolean {
    return this.csrf.validateRequest(req);
  }

  end(res: Response): void {
    res.clearCookie(SESSION_COOKIE, { path: `/${API_PREFIX}` });
    res.clearCookie(CSRF_COOKIE, { path: `/${API_PREFIX}` });
  }
}
