import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule, DomainError, RequestWithUser } from '@tsunagu/api-core';
import type { Request } from 'express';
import { SessionsService } from './sessions.service';
import { WebSession } from './web-session';

/** Methods that change nothing: no CSRF token needed with the session cookie. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard. Every route declares its rule with `@Public()`, `@OwnAccount()` or
 * `@Can(subject, action)`; a route that declares nothing is refused (and a test fails on it before
 * it ships). The credential is a bearer token (API clients) or the session cookie (the web app, with
 * a CSRF token on changes); either names a session that must still stand.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    private readonly web: WebSession,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) {
      this.logger.error(`Route ${ctx.getClass().name}.${ctx.getHandler().name} declares no access rule; refused`);
      throw new DomainError('forbidden', 'NO_ACCESS_RULE', 'Forbidden');
    }
    if (rule.public) return true;
    const req = ctx.switchToHttp().getRequest<Request & RequestWithUser>();
    const [scheme, bearer] = (req.headers.authorization ?? '').split(' ');
    const cookie = scheme === 'Bearer' && bearer ? undefined : this.web.tokenOf(req);
    const token = cookie ?? (scheme === 'Bearer' ? bearer : undefined);
    const user = token ? await this.sessions.authenticate(token) : null;
    if (user === 'ended') throw new DomainError('unauthenticated', 'SESSION_ENDED', 'Your session has ended; sign in again');
    if (!user) throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'Sign in to continue');
    req.user = user;
    if (cookie && !SAFE_METHODS.has(req.method) && !this.web.validCsrf(req)) {
      throw new DomainError('forbidden', 'CSRF_INVALID', 'The request did not carry the session’s CSRF token (X-CSRF-Token)');
    }
    if (!rule.account) {
      if (user.session.mustChangePassword) throw new DomainError('forbidden', 'PASSWORD_CHANGE_REQUIRED', 'Change your password first (PUT /auth/password)');
      if (user.session.mustEnrolTwoFactor) {
        throw new DomainError('forbidden', 'TWO_FACTOR_ENROLMENT_REQUIRED', 'Your center requires a second factor: set it up first (POST /auth/two-factor/setup)');
      }
    }
    if (!rule.roles.includes(user.role)) {
      throw new DomainError('forbidden', 'ROLE_FORBIDDEN', `This action is not available to the role ${user.role}`);
    }
    return true;
  }
}
