import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { RequestWithUser } from '@tsunagu/api-core';
import type { Request } from 'express';
import { catchError, from, map, mergeMap, Observable, throwError } from 'rxjs';
import { ReadDatabase } from './read-database';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The two moments a request matters to the read replica: after a signed-in user's write, the WAL
 * position is noted before the answer leaves (so their next read, on any instance, waits for it);
 * a list asked for as CSV reads its statements as the user's reads from the replica would. Without
 * a replica, it passes every request straight on.
 */
@Injectable()
export class ReadRoutingInterceptor implements NestInterceptor {
  constructor(private readonly reads: ReadDatabase) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.reads.hasReplica || ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & RequestWithUser>();
    const user = req.user;
    if (!user) return next.handle();
    if (READS.has(req.method)) return req.query['format'] === 'csv' ? this.reads.exporting(user, () => next.handle()) : next.handle();
    // Noted after a failure too: a handler may have committed part of its work before failing.
    const noted = () => from(this.reads.noteWrite(user));
    return next.handle().pipe(
      mergeMap((value) => noted().pipe(map(() => value))),
      catchError((error: unknown) => noted().pipe(mergeMap(() => throwError(() => error)))),
    );
  }
}
