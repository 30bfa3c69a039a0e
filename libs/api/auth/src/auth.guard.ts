import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule, DomainError, RequestWithUser } from '@tsunagu/api-core';
import type { Request } from 'express';
import { AuthService } from './auth.service';

/**
 * The global guard. Every route declares its rule with `@Public()` or `@Can(subject, action)`;
 * a route that declares nothing is refused (and a test fails on it before it ships).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [ctx.getHandler(), ctx.getClass()]);
    if (!rule) {
      this.logger.error(`Route ${ctx.getClass().name}.${ctx.getHandler().name} declares no access rule; refused`);
      throw new DomainError('forbidden', 'NO_ACCESS_RULE', 'Forbidden');
    }
    if (rule.public) return true;
    const req = ctx.switchToHttp().getRequest<Request & RequestWithUser>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    const user = scheme === 'Bearer' && token ? await this.auth.authenticate(token) : null;
    if (!user) throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'Sign in to continue');
    req.user = user;
    if (!rule.roles.includes(user.role)) {
      throw new DomainError('forbidden', 'ROLE_FORBIDDEN', `This action is not available to the role ${user.role}`);
    }
    return true;
  }
}
