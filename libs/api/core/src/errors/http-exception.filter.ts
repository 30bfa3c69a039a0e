import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { BODY_LIMIT_BYTES } from '../http/request-guard';
import { DomainError, DomainErrorKind } from './domain-error';

/** The status of each kind of refusal (the OpenAPI document lists each operation's by these). */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorKind, number> = {
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
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** PostgreSQL error codes that mean the input, not the server, was wrong. */
const PG_CODES: Record<string, { status: number; message: string }> = {
  '23505': { status: 409, message: 'A record with these values already exists' },
  '23503': { status: 400, message: 'A referenced record does not exist' },
  '23502': { status: 400, message: 'A required value is missing' },
  '22P02': { status: 400, message: 'A value has the wrong format' },
  '22001': { status: 400, message: 'A value is too long' },
  '22003': { status: 400, message: 'A number is out of range' },
  '22007': { status: 400, message: 'A date or time has the wrong format' },
  '22008': { status: 400, message: 'A date or time is out of range' },
  '40001': { status: 409, message: 'The record was changed concurrently; try again' },
};

/** An error raised by the JSON body parser (the `http-errors` shape with a `type`). */
interface BodyParserError {
  type: string;
  status: number;
  charset?: string;
  encoding?: string;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof (e as BodyParserError)?.type === 'string' && typeof (e as BodyParserError)?.status === 'number';

/** The client's mistakes the body parser reports, as status and a message that says what to send instead. */
export function bodyParserRefusal(e: BodyParserError): { status: number; message: string } | undefined {
  switch (e.type) {
    case 'entity.too.large':
      return { status: 413, message: `The request body is larger than the limit of ${BODY_LIMIT_BYTES / 1024} kB` };
    case 'entity.parse.failed':
      return { status: 400, message: 'The request body is not valid JSON' };
    case 'charset.unsupported':
      return { status: 415, message: `The charset "${e.charset ?? ''}" is not supported: send JSON in UTF-8` };
    case 'encoding.unsupported':
      return { status: 415, message: `The content encoding "${e.encoding ?? ''}" is not supported: send the body uncompressed` };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, message: 'The request body was incomplete' };
    default:
      return e.status >= 400 && e.status < 500 ? { status: e.status, message: 'The request body could not be read' } : undefined;
  }
}

/** snake_case column to the API's camelCase field name. */
const fieldOf = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

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
      const status = DOMAIN_ERROR_STATUS[exception.kind];
      return {
        status,
        body: { statusCode: status, message: exception.message, error: REASON[status], code: exception.code },
      };
    }
    const refusal = isBodyParserError(exception) ? bodyParserRefusal(exception) : undefined;
    if (refusal) {
      return { status: refusal.status, body: { statusCode: refusal.status, message: refusal.message, error: REASON[refusal.status] } };
    }
    const driverError = (exception as { driverError?: { code?: unknown; column?: unknown } })?.driverError;
    const pgCode = driverError?.code;
    const known = typeof pgCode === 'string' ? PG_CODES[pgCode] : undefined;
    if (known) {
      // A NOT NULL refusal names its column: the field is named as validation would name it.
      const message = pgCode === '23502' && typeof driverError?.column === 'string' ? [`${fieldOf(driverError.column)} should not be empty`] : known.message;
      return { status: known.status, body: { statusCode: known.status, message, error: REASON[known.status] } };
    }
    const err = exception as Error;
    // The message line may quote input values; only the error's name, code and frames are logged.
    const frames = err?.stack?.split('\n').slice(1).join('\n');
    this.logger.error({ err: { name: err?.name, code: pgCode, frames } }, 'Unhandled error');
    return { status: 500, body: { statusCode: 500, message: 'Internal server error', error: REASON[500] } };
  }
}
