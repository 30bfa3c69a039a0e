import { createHash, timingSafeEqual } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppConfig, DomainError } from '@tsunagu/api-core';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether an Authorization header carries `Bearer <expected>`. The digests are compared, both 32
 * bytes, so the time taken tells nothing of the token's length or of where a guess goes wrong.
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const token = /^Bearer (.+)$/i.exec(header ?? '')?.[1];
  return token !== undefined && timingSafeEqual(digest(token), digest(expected));
}

/**
 * The scrape route's own check, after the global guard let it through as public: Prometheus has a
 * static token from METRICS_TOKEN, not a user's session. Without the setting the route is off and
 * answers 404 like an unknown one.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(ctx: ExecutionContext): boolean {
    const expected = this.config.METRICS_TOKEN;
    if (!expected) throw new DomainError('not_found', 'NOT_FOUND', 'Not found');
    if (!bearerMatches(ctx.switchToHttp().getRequest<Request>().headers.authorization, expected)) {
      throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'Send the metrics token as Authorization: Bearer <token>');
    }
    return true;
  }
}
