import { CallHandler, createParamDecorator, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
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
  );

/** Sends a `ListResult` as a JSON array with its `Content-Range` header. */
@Injectable()
export class ListResultInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value) => {
        if (!(value instanceof ListResult)) return value;
        ctx.switchToHttp().getResponse<Response>().setHeader('Content-Range', value.contentRange);
        return value.items;
      }),
    );
  }
}
