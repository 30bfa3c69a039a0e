import { BadRequestException, HttpException } from '@nestjs/common';
import type { Request } from 'express';
import { MAX_JSON_DEPTH, payloadProblems, requestGuard } from './request-guard';

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};

function guard(req: Partial<Request>): unknown {
  let passed: unknown = 'not called';
  requestGuard()({ method: 'POST', headers: {}, query: {}, ...req } as Request, {} as never, (err?: unknown) => (passed = err));
  return passed;
}

describe('payloadProblems', () => {
  it('names each field holding a control character, at any depth, keeping line breaks and tabs', () => {
    expect(payloadProblems({ name: 'a\u0000b', entries: [{ caseId: 'x\u0007' }], summary: 'line 1\nline 2\tend\r\n' })).toEqual([
      'entries.0.caseId must not contain control characters',
      'name must not contain control characters',
    ]);
    expect(payloadProblems({ note: 'DEL\u007f' })).toEqual(['note must not contain control characters']);
    expect(payloadProblems({ note: 'C1\u0085' })).toEqual(['note must not contain control characters']);
    expect(payloadProblems({ name: '田中　翔太 ﾀﾅｶ' })).toEqual([]);
  });

  it('refuses the keys that reach a prototype, at any depth, like unknown fields', () => {
    expect(payloadProblems(JSON.parse('{"__proto__": {"x": 1}}'))).toEqual(['property __proto__ should not exist']);
    expect(payloadProblems({ a: { constructor: 1 } })).toEqual(['property a.constructor should not exist']);
    expect(payloadProblems({ list: [{ prototype: {} }] })).toEqual(['property list.0.prototype should not exist']);
  });

  it(`allows ${MAX_JSON_DEPTH} levels of nesting and names the field nested deeper`, () => {
    expect(payloadProblems({ f: nested(MAX_JSON_DEPTH - 1) })).toEqual([]);
    expect(payloadProblems({ f: nested(MAX_JSON_DEPTH) })).toEqual([`f is nested more than ${MAX_JSON_DEPTH} levels deep`]);
  });

  it('walks without recursion, so no nesting exhausts the stack', () => {
    expect(payloadProblems({ deep: nested(200_000) })).toEqual([`deep is nested more than ${MAX_JSON_DEPTH} levels deep`]);
  });
});

describe('requestGuard', () => {
  it('answers 415 to a body the JSON parser did not read (another content type)', () => {
    const err = guard({ headers: { 'content-length': '9', 'content-type': 'text/plain' }, body: undefined });
    expect(err).toBeInstanceOf(HttpException);
    expect((err as HttpException).getStatus()).toBe(415);
  });

  it('answers 400 to a JSON body that is not an object', () => {
    for (const body of [[1, 2], 'text', 3]) {
      const err = guard({ headers: { 'content-length': '5' }, body });
      expect(err).toBeInstanceOf(BadRequestException);
      expect((err as BadRequestException).getResponse()).toMatchObject({ message: ['the request body must be a JSON object'] });
    }
  });

  it('gives a body-less write an empty object, and lets a clean request through', () => {
    const req = { method: 'DELETE', headers: {}, query: {} } as unknown as Request;
    let passed: unknown = 'not called';
    requestGuard()(req, {} as never, (err?: unknown) => (passed = err));
    expect(passed).toBeUndefined();
    expect(req.body).toEqual({});
  });

  it('checks the query string as well as the body', () => {
    const err = guard({ method: 'GET', query: { name: 'x\u0000' } });
    expect((err as BadRequestException).getResponse()).toMatchObject({ message: ['name must not contain control characters'] });
  });
});
