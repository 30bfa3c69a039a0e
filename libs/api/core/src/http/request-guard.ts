import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { controlCharacterMessage, hasControlCharacter } from '../validation/text';

/** The largest JSON body accepted (a contact record's summary and note at their maximum fit easily). */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** The deepest nesting accepted in a JSON body; the deepest the API uses is 3 (a list of attendance entries). */
export const MAX_JSON_DEPTH = 16;

/** Keys that reach an object's prototype in JavaScript: refused like any unknown field, at any depth. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * What is wrong with a parsed JSON body or query, each problem naming its field the way
 * class-validator does (`entries.0.caseId`): nesting deeper than `MAX_JSON_DEPTH`, keys that reach
 * the prototype, and control characters in any string, key or value. Walks iteratively, so no input
 * can exhaust the stack.
 */
export function payloadProblems(payload: unknown, prefix = ''): string[] {
  const problems: string[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: payload, path: prefix, depth: 0 }];
  while (stack.length && problems.length < 20) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (hasControlCharacter(value)) problems.push(controlCharacterMessage(path || 'body'));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      problems.push(`${path.split('.')[0] || 'body'} is nested more than ${MAX_JSON_DEPTH} levels deep`);
      continue;
    }
    for (const key of Object.keys(value)) {
      const child = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) problems.push(`property ${child} should not exist`);
      else if (hasControlCharacter(key)) problems.push(controlCharacterMessage(`property name ${JSON.stringify(key)}`));
      else stack.push({ value: (value as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * Express middleware after the JSON parser: refuses a body that is not JSON (415) or not an object
 * (400), and any body or query with the problems `payloadProblems` finds (400, naming the fields),
 * before anything reaches validation, the database or a log line. A POST to one of `uploadPaths`
 * may instead send files as multipart/form-data, which its route reads.
 */
export const requestGuard =
  (uploadPaths: readonly string[] = []) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const upload = req.method === 'POST' && uploadPaths.includes(String(req.path).replace(/\/$/, '')) && !!req.is('multipart/form-data');
    guard(req, res, next, upload);
  };

function guard(req: Request, _res: Response, next: NextFunction, upload: boolean): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (METHODS_WITH_BODY.has(req.method) && !upload) {
    if (req.body === undefined && hasBody) {
      return next(new HttpException('Send the request body as JSON (Content-Type: application/json)', HttpStatus.UNSUPPORTED_MEDIA_TYPE));
    }
    req.body ??= {};
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      return next(new BadRequestException(['the request body must be a JSON object']));
    }
  }
  const problems = [...payloadProblems(req.body), ...payloadProblems(req.query)];
  next(problems.length ? new BadRequestException(problems) : undefined);
}
