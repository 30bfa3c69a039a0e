import { Logger, type ArgumentsHost } from '@nestjs/common';
import { BODY_LIMIT_BYTES } from '../http/request-guard';
import { AllExceptionsFilter } from './http-exception.filter';

/** Runs the filter on an error and returns what the client receives. */
function respond(exception: unknown): { status: number; body: Record<string, unknown> } {
  const out = { status: 0, body: {} as Record<string, unknown> };
  const res = { headersSent: false, status: (s: number) => ((out.status = s), res), json: (b: Record<string, unknown>) => (out.body = b) };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return out;
}

/** The errors body-parser raises (http-errors with a type), as it raises them. */
const parserError = (type: string, status: number, extra: object = {}) => Object.assign(new Error('parser'), { type, status, statusCode: status, expose: true, ...extra });

describe('AllExceptionsFilter: what the body parser refuses', () => {
  it('413 for a body over the limit, naming the limit', () => {
    const { status, body } = respond(parserError('entity.too.large', 413, { limit: BODY_LIMIT_BYTES }));
    expect(status).toBe(413);
    expect(body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'The request body is larger than the limit of 256 kB' });
  });

  it('400 for malformed JSON', () => {
    expect(respond(parserError('entity.parse.failed', 400))).toMatchObject({ status: 400, body: { message: 'The request body is not valid JSON' } });
  });

  it('415 for a charset other than UTF-8 and for a compressed body', () => {
    expect(respond(parserError('charset.unsupported', 415, { charset: 'latin1' }))).toMatchObject({
      status: 415,
      body: { error: 'Unsupported Media Type', message: expect.stringContaining('latin1') },
    });
    expect(respond(parserError('encoding.unsupported', 415, { encoding: 'gzip' }))).toMatchObject({
      status: 415,
      body: { message: expect.stringContaining('gzip') },
    });
  });

  it('400 for an aborted or inconsistent body', () => {
    expect(respond(parserError('request.aborted', 400)).status).toBe(400);
    expect(respond(parserError('request.size.invalid', 400)).status).toBe(400);
  });

  it('keeps 500 for anything else, without the message (which may quote input)', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { status, body } = respond(new Error('boom: 田中'));
    expect(JSON.stringify(logged.mock.calls)).not.toContain('田中');
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain('田中');
  });
});

describe('AllExceptionsFilter: what PostgreSQL refuses', () => {
  const pg = (code: string, extra: object = {}) => Object.assign(new Error('query failed'), { driverError: { code, ...extra } });

  it('400 naming the field for a NOT NULL refusal', () => {
    expect(respond(pg('23502', { column: 'opened_on' }))).toMatchObject({ status: 400, body: { message: ['openedOn should not be empty'] } });
  });

  it('409 for a duplicate, 400 for bad values', () => {
    expect(respond(pg('23505')).status).toBe(409);
    expect(respond(pg('22P02')).status).toBe(400);
    expect(respond(pg('22008')).status).toBe(400);
  });
});
