import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { EveryResource, seedEveryResource } from './every-resource';
import { dayFromToday, Suite, useApi } from './support';

/**
 * Property-based: every operation of the API's own OpenAPI document, as a user allowed to call it,
 * gets malformed variants of one field, query parameter or path parameter at a time. No response
 * is a 5xx; a 400 that refuses a field names it; a refused request changes nothing. A route added
 * later is in the document, so it is tried without anyone listing it here.
 *
 * FUZZ_RUNS (default 25) and FUZZ_SEED set the runs per operation and the seed: `npm run fuzz --
 * --runs=500` for a longer run. FUZZ_SURVEY=1 counts every failing request instead of stopping.
 */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 25);
/** Routes called without signing in. */
const PUBLIC = ['/api/health', '/api/auth/login', '/api/auth/login/second-factor'];
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261201);
/** FUZZ_SURVEY=1 lists every failing request instead of stopping each route at its first. */
const SURVEY = process.env['FUZZ_SURVEY'] === '1';

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  example?: unknown;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Parameter {
  name: string;
  in: 'query' | 'path';
  schema?: Schema;
}
interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  parameters: Parameter[];
  body?: Schema;
}

type Who = 'admin' | 'aSupervisor' | 'aCoordinator' | 'aStaff';

/** One malformed request: which part is wrong, and how. */
interface Mutation {
  target: { in: 'body' | 'query' | 'path' | 'whole-body' | 'header'; name: string };
  kind: string;
  value: unknown;
}

/** Values that are wrong for a field of almost any type; `kind` tells the assertion what to expect. */
const BAD_VALUES = fc.oneof(
  fc.constantFrom(
    { kind: 'null', value: null },
    { kind: 'type', value: 42 },
    { kind: 'type', value: -1.5 },
    { kind: 'type', value: 1e308 },
    { kind: 'type', value: true },
    { kind: 'type', value: {} },
    { kind: 'type', value: { nested: { deeper: [1] } } },
    { kind: 'type', value: [] },
    { kind: 'type', value: [[['x']]] },
    { kind: 'empty', value: '' },
    { kind: 'huge', value: 'あ'.repeat(20_000) },
    { kind: 'huge', value: 'a'.repeat(300_000) },
    { kind: 'date', value: '2026-02-30' },
    { kind: 'date', value: '2026-13-01' },
    { kind: 'date', value: '0000-00-00' },
    { kind: 'date', value: '99999-01-01' },
    { kind: 'date', value: '2026-11-30T01:00:00' },
    { kind: 'date', value: '2026-11-30T25:00:00+09:00' },
    { kind: 'date', value: '2026-11-30T10:00:00+99:00' },
    { kind: 'enum', value: 'not_a_value' },
    { kind: 'id', value: 'not-a-uuid' },
    { kind: 'id', value: '00000000-0000-0000-0000-000000000000' },
    { kind: 'id', value: randomUUID() },
    { kind: 'json', value: '{"a":' },
    { kind: 'json', value: '["id"]' },
    { kind: 'json', value: '[0,1e400]' },
    { kind: 'json', value: '{"id":[["x"]]}' },
    { kind: 'json', value: '{"q":"\\u0000"}' },
  ),
  fc
    .tuple(fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085'), fc.string({ maxLength: 20 }))
    .map(([a, c, b]) => ({ kind: 'control', value: `${a}${c}${b}` })),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map((value) => ({ kind: 'string', value })),
  fc.integer().map((value) => ({ kind: 'number', value })),
);

/** Content types and encodings no route reads, for the body of any write. */
const BAD_HEADERS = fc.constantFrom(
  { 'content-type': 'application/json; charset=latin1' },
  { 'content-type': 'application/json; charset=utf-16' },
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/x-www-form-urlencoded' },
  { 'content-type': 'application/json', 'content-encoding': 'gzip' },
  { 'content-type': 'application/json', 'content-encoding': 'deflate' },
);

/** Kinds that no field accepts: a 400 for them must name the field. */
const NEVER_VALID = new Set(['control', 'type']);

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'zz_unknown'];

describe('malformed requests on every route of the OpenAPI document (property-based)', () => {
  const s: Suite = useApi();
  let ids: EveryResource;
  let operations: Operation[];
  const stats = { operations: 0, requests: 0, serverErrors: 0 };
  const failures: string[] = [];

  const tokenOf = (who: Who) => (who === 'admin' ? s.org.admin.token : s.org.users[who].token);

  async function send(
    who: Who | null,
    method: string,
    url: string,
    body?: string,
    headers: Record<string, string> = body !== undefined ? { 'content-type': 'application/json' } : {},
  ): Promise<{ status: number; json: unknown; text: string; headers: Headers }> {
    stats.requests++;
    const res = await fetch(`${s.server.baseUrl}${url}`, {
      method: method.toUpperCase(),
      headers: { ...(who ? { authorization: `Bearer ${tokenOf(who)}` } : {}), ...headers },
      body,
    });
    const text = await res.text();
    let json: unknown = undefined;
    try {
      json = JSON.parse(text);
    } catch {
      /* CSV or empty */
    }
    if (res.status >= 500) stats.serverErrors++;
    return { status: res.status, json, text, headers: res.headers };
  }

  /** The first resource segment of a path: /api/program-sessions/{id}/attendances -> program-sessions. */
  const resourceOf = (path: string) => path.split('/')[2];

  /** Ids of the fixture by the field names that carry them. */
  function idFor(name: string): string | undefined {
    const byName: Record<string, string> = {
      caseId: ids.caseId,
      familyMemberId: ids.familyMemberId,
      agencyId: ids.agencyId,
      programId: ids.programId,
      sessionId: ids.sessionId,
      consentId: ids.consentId,
      referralId: ids.referralId,
      centerId: s.org.centers.a.id,
      leadCoordinatorId: s.org.users.aCoordinator.id,
      responsibleUserId: s.org.users.aStaff.id,
      userId: s.org.users.aCoordinator.id,
      staffId: s.org.users.aCoordinator.id,
      assessorId: s.org.users.aCoordinator.id,
      secondCoordinatorId: s.org.users.aCoordinator2.id,
    };
    return byName[name];
  }

  const pathIds: Record<string, string> = {};

  function resolve(schema: Schema | undefined, doc: { components: { schemas: Record<string, Schema> } }): Schema | undefined {
    if (!schema?.$ref) return schema;
    return doc.components.schemas[schema.$ref.split('/').pop() as string];
  }

  /** A plausible valid value for a field, from its name, schema and example. */
  function validValue(name: string, schema: Schema): unknown {
    const id = idFor(name);
    if (id) return id;
    if (name.endsWith('Ids')) return [idFor(name.slice(0, -1)) ?? randomUUID()];
    if (schema.enum?.length) return schema.enum[0];
    if (schema.type === 'array') return schema.example ?? (schema.items?.enum?.length ? [schema.items.enum[0]] : []);
    if (schema.example !== undefined) return schema.example;
    if (name === 'email') return `fuzz-${randomUUID().slice(0, 8)}@test.tsunagu.example`;
    if (name === 'password') return 'fuzz-password-2026';
    // A nullable field (`T | null`): null is its valid empty value.
    if (schema.nullable) return null;
    if (/At$/.test(name)) return `${dayFromToday(-1)}T10:00:00+09:00`;
    if (/On$|Date$|^from$|^to$/.test(name)) return dayFromToday(-1);
    if (schema.type === 'number' || schema.type === 'integer') return 1;
    if (schema.type === 'boolean') return false;
    return 'テスト';
  }

  /** The user whose role may call the operation: the first who is not refused with 403. */
  const callerOf = new Map<Operation, Who>();

  beforeAll(async () => {
    ids = await seedEveryResource(s);
    const doc = (await send(null, 'get', '/api/docs-json')).json as {
      paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
      components: { schemas: Record<string, Schema> };
    };
    operations = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        // Signing out takes no input and would end the session every later request is made with.
        if (path === '/api/auth/logout') continue;
        const body = resolve(op.requestBody?.content['application/json']?.schema, doc);
        operations.push({ method: method as Operation['method'], path, parameters: op.parameters ?? [], body });
      }
    }
    for (const op of operations) {
      const resource = resourceOf(op.path);
      for (const who of ['aSupervisor', 'aCoordinator', 'aStaff', 'admin'] as Who[]) {
        if (op.path.includes('{id}') && !pathIds[`${who}:${resource}`]) {
          const list = await send(who, 'get', `/api/${resource}?range=[0,0]`);
          const first = Array.isArray(list.json) ? (list.json[0] as { id?: string })?.id : undefined;
          if (first) pathIds[`${who}:${resource}`] = first;
        }
        const probe = await send(who, op.method, urlOf(op, who, {}), op.body ? '{}' : undefined);
        if (probe.status !== 403 && probe.status !== 401) {
          callerOf.set(op, who);
          break;
        }
      }
    }
    // Bodies of valid shape: each property from the fixture or its example.
    for (const op of operations) {
      if (!op.body?.properties) continue;
      for (const [name, schema] of Object.entries(op.body.properties)) op.body.properties[name] = { ...schema, example: validValue(name, resolve(schema, doc) ?? {}) };
    }
  });

  function urlOf(op: Operation, who: Who, query: Record<string, string>, pathValue?: string): string {
    const id = pathValue ?? pathIds[`${who}:${resourceOf(op.path)}`] ?? randomUUID();
    const path = op.path.replace('{id}', encodeURIComponent(id));
    const qs = new URLSearchParams(query).toString();
    return qs ? `${path}?${qs}` : path;
  }

  /** A body of valid shape; no `version`, so that earlier successful updates never make it stale. */
  function baseBody(op: Operation): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(op.body?.properties ?? {})
        .filter(([name]) => name !== 'version')
        .map(([name, schema]) => [name, schema.example]),
    );
  }

  function baseQuery(op: Operation): Record<string, string> {
    const query: Record<string, string> = {};
    for (const p of op.parameters.filter((x) => x.in === 'query')) {
      if (['range', 'sort', 'filter', 'format'].includes(p.name)) continue;
      const v = validValue(p.name, p.schema ?? {});
      if (typeof v === 'string') query[p.name] = v;
    }
    return query;
  }

  /** What one malformed request looks like, for an operation. */
  function mutationsOf(op: Operation): fc.Arbitrary<Mutation> {
    const targets: Array<fc.Arbitrary<Mutation>> = [];
    const fields = Object.keys(op.body?.properties ?? {});
    if (fields.length) targets.push(fc.tuple(fc.constantFrom(...fields), BAD_VALUES).map(([name, v]) => ({ target: { in: 'body', name }, ...v })));
    if (op.body) {
      targets.push(fc.constantFrom(...PROTOTYPE_KEYS).map((name) => ({ target: { in: 'body', name }, kind: 'unknown-key', value: { x: 1 } })));
      targets.push(BAD_VALUES.map((v) => ({ target: { in: 'whole-body', name: 'body' }, ...v })));
      targets.push(BAD_HEADERS.map((value) => ({ target: { in: 'header', name: 'content-type' }, kind: 'header', value })));
    }
    // Declared query parameters, and one nobody declared (every route has at least that).
    const query = [...op.parameters.filter((p) => p.in === 'query').map((p) => p.name), 'zz_undeclared'];
    targets.push(fc.tuple(fc.constantFrom(...query), BAD_VALUES).map(([name, v]) => ({ target: { in: 'query', name }, ...v })));
    if (op.path.includes('{id}')) targets.push(BAD_VALUES.map((v) => ({ target: { in: 'path', name: 'id' }, ...v })));
    return fc.oneof(...targets);
  }

  /** The record or list total a refused request must leave as it was. */
  async function stateOf(op: Operation, who: Who): Promise<string> {
    const resource = resourceOf(op.path);
    const id = pathIds[`${who}:${resource}`];
    if (op.method === 'post' && !op.path.includes('{id}')) {
      const list = await send(who, 'get', `/api/${resource}?range=[0,0]`);
      return String(list.headers.get('content-range'));
    }
    if (id && op.method !== 'get') {
      const one = await send(who, 'get', `/api/${resource}/${id}`);
      return JSON.stringify({ status: one.status, version: (one.json as { version?: number })?.version, updatedAt: (one.json as { updatedAt?: string })?.updatedAt });
    }
    return '';
  }

  function serialise(value: unknown): string {
    return typeof value === 'string' ? value : JSON.stringify(value);
  }

  it('finds every route in the document, and a caller for each', () => {
    expect(operations.length).toBeGreaterThanOrEqual(70);
    const orphans = operations.filter((op) => !PUBLIC.includes(op.path) && !callerOf.has(op));
    expect(orphans.map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it(`answers every malformed variant with a 4xx naming the problem, changing nothing (${RUNS} runs per route, seed ${SEED})`, async () => {
    for (const op of operations) {
      const who = callerOf.get(op) ?? 'aSupervisor';
      const signedIn = !PUBLIC.includes(op.path);
      stats.operations++;
      const property = fc.asyncProperty(mutationsOf(op), async (m) => {
        const body = op.body ? baseBody(op) : undefined;
        const query = baseQuery(op);
        let raw: string | undefined = body ? JSON.stringify(body) : undefined;
        let pathValue: string | undefined;
        let headers: Record<string, string> | undefined;
        if (m.target.in === 'body' && body) {
          raw = m.kind === 'unknown-key' ? JSON.stringify(body).replace(/^\{/, `{${JSON.stringify(m.target.name)}:{"x":1},`) : JSON.stringify({ ...body, [m.target.name]: m.value });
        } else if (m.target.in === 'whole-body') {
          raw = JSON.stringify(m.value);
        } else if (m.target.in === 'query') {
          query[m.target.name] = serialise(m.value);
        } else if (m.target.in === 'path') {
          pathValue = serialise(m.value);
        } else if (m.target.in === 'header') {
          headers = m.value as Record<string, string>;
        }
        const before = await stateOf(op, who);
        const res = await send(signedIn ? who : null, op.method, urlOf(op, who, query, pathValue), raw, headers);
        const fail = (problem: string) => {
          if (!SURVEY) throw new Error(`${problem}: ${where}`);
          failures.push(`${problem}: ${where}`);
          return true;
        };
        const where = `${op.method.toUpperCase()} ${op.path} ${m.target.in}.${m.target.name} = ${JSON.stringify(m.value)?.slice(0, 80)} (${m.kind}) -> ${res.status} ${res.text.slice(0, 200)}`;
        if (res.status >= 500) return fail('server error');
        // 429: throttled sign-in; 414 and 431: Node's own refusal of an over-long URL, before the app.
        if (res.status >= 400 && ![414, 429, 431].includes(res.status)) {
          const error = res.json as { statusCode?: number; message?: unknown; error?: string };
          if (error?.statusCode !== res.status || !error.message) return fail('not the standard error body');
          const named = JSON.stringify(error.message);
          if (res.status === 400 && m.target.in === 'body' && (NEVER_VALID.has(m.kind) || m.kind === 'unknown-key') && !named.includes(m.target.name)) {
            return fail('a 400 that does not name the field');
          }
          if (before !== (await stateOf(op, who))) return fail('a refused request changed something');
        }
        return true;
      });
      const result = await fc.check(property, { numRuns: RUNS, seed: SEED, endOnFailure: true });
      if (result.failed) failures.push(String((result.errorInstance as Error)?.message ?? result.counterexample));
    }
    process.stdout.write(
      `[malformed] ${stats.operations} operations, ${stats.requests} requests, ${stats.serverErrors} answered 5xx, ${failures.length} failures\n`,
    );
    expect(failures).toEqual([]);
  }, Math.max(60_000, RUNS * 6_000));
});
