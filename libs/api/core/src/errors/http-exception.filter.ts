import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, DomainErrorKind } from './domain-error';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  too_many: HttpStatus.TOO_MANY_REQUESTS,
};

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** PostgreSQL error codes that mean the input, not the server, was wrong. */
const PG_CODES: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'A record with these values already exists' },
  '23503': { status: 400, message: 'A referenced record does not exist' },
  '22P02': { status: 400, message: 'A value has the wrong format' },
  '22001': { status: 400, message: 'A value is too long' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22007': { status: 400, message: 'A date or time has the wrong format' },
  '22008': { status: 400, message: 'A date or time is out of range' },
  '40001': { status: 409, message: 'The record was changed concurrently; try again' },
};

/**
 * One place that turns every error into NestJS's standard body `{statusCode, message, error}`:
 * domain errors by their kind, database constraint errors by their code, anything else 500
 * (logged without request data, which may hold personal information).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.toBody(exception);
    if (res.headersSent) return;
    res.status(status).json(body);
  }

  private toBody(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const body =
        typeof response === 'object'
          ? { statusCode: status, ...(response as object) }
          : { statusCode: status, message: response, error: REASON[status] ?? exception.name };
      return { status, body };
    }
    if (exception instanceof DomainError) {
      const status = STATUS[exception.kind];
      return {
        status,
        body: { statusCode: status, message: exception.message, error: REASON[status], code: exception.code },
      };
    }
    const pgCode = (exception as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code;
    const known = typeof pgCode === 'string' ? PG_CODES[pgCode] : undefined;
    if (known) {
      return { status: known.status, body: { statusCode: known.status, message: known.message, error: REASON[known.status] } };
    }
    const err = exception as Error;
    // The message line may quote input values; only the error's name, code and frames are logged.
    const frames = err?.stack?.split('\n').slice(1).join('\n');
    this.logger.error({ err: { name: err?.name, code: pgCode, frames } }, 'Unhandled error');
    return { status: 500, body: { statusCode: 500, message: 'Internal server error', error: REASON[500] } };
  }
}
