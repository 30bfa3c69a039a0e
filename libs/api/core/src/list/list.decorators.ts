import { CallHandler, createParamDecorator, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, mergeMap, Observable, of } from 'rxjs';
import { japanDate } from '@tsunagu/contracts';
import type { RequestWithUser } from '../auth/auth-user';
import { toCsv } from '../export/csv';
import { EXPORT_NAMES, EXPORT_RECORDER, ExportNames, ExportRecorder } from '../export/export-recorder';
import { readableTable, referencesOf } from '../export/readable';
import { ListResult, ListSpec, parseListQuery } from './list-query';

/** Injects the parsed and checked `range`/`sort`/`filter` of a list request. */
export const ListParams = createParamDecorator((spec: ListSpec, ctx: ExecutionContext) =>
  parseListQuery(ctx.switchToHttp().getRequest<Request>().query as Record<string, unknown>, spec),
);

/** Documents the list convention's query parameters on a route. */
export const ApiListQuery = () =>
  applyDecorators(
    ApiQuery({ name: 'range', required: false, description: 'JSON [start, end], inclusive; at most 1000 rows', example: '[0,24]' }),
    ApiQuery({ name: 'sort', required: false, description: 'JSON ["field", "ASC" | "DESC"]', example: '["id","ASC"]' }),
    ApiQuery({ name: 'filter', required: false, description: 'JSON object of field filters; "id" takes a list; "q" searches', example: '{}' }),
    ApiQuery({ name: 'format', required: false, enum: ['json', 'csv'], description: 'csv: the page as a CSV download (UTF-8 with BOM), audited' }),
  );

/**
 * Sends a `ListResult` as a JSON array with its `Content-Range` header, or, with `format=csv`,
 * as a CSV download of the same rows (what the user may see, nothing more, as people read it),
 * recorded as an export.
 */
@Injectable()
export class ListResultInterceptor implements NestInterceptor {
  constructor(
    @Inject(EXPORT_RECORDER) private readonly exports: ExportRecorder,
    @Inject(EXPORT_NAMES) private readonly names: ExportNames,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<Request & RequestWithUser>();
    const res = ctx.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      mergeMap((value) => {
        if (!(value instanceof ListResult)) return of(value);
        res.setHeader('Content-Range', value.contentRange);
        if (req.query['format'] !== 'csv' || !req.user) return of(value.items);
        const items = value.exported?.() ?? (value.items as Array<Record<string, unknown>>);
        const user = req.user;
        const detail = { rows: items.length, filter: String(req.query['filter'] ?? '{}').slice(0, 500) };
        return from(
          (async () => {
            const names = await this.names.namesFor(user, referencesOf(items));
            await this.exports.recordExport(user, value.resource, detail);
            res.setHeader('Content-Type', 'text/csv; charset=utf-8');
            res.setHeader('Content-Disposition', `attachment; filename="tsunagu-${value.resource}-${japanDate()}.csv"`);
            return toCsv(readableTable(value.resource, items, names));
          })(),
        );
      }),
    );
  }
}
