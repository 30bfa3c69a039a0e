import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';

/** Where each suite writes which operations its answers covered; the global teardown adds them up. */
export const CONTRACT_DIR = resolve(__dirname, '../../../test-output/api-contract');

type Schema = Record<string, unknown>;
interface Operation {
  id: string;
  method: string;
  pattern: RegExp;
  /** Literal path segments: a path without parameters wins over one with (`/cases/duplicates` over `/cases/{id}`). */
  literal: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, unknown> }>;
}

/** OpenAPI 3.0's `nullable` as JSON Schema reads it, and every type's object closed: an answer may not carry a field the document does not name. */
function asJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const s = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'example' ? v : asJsonSchema(v)])) as Schema;
  if (typeof s['$ref'] === 'string') s['$ref'] = `openapi${s['$ref']}`;
  // A type's schema (it names what is required) is closed; a constraint added beside one with allOf is not.
  if (s['type'] === 'object' && s['properties'] && s['required'] && s['additionalProperties'] === undefined) s['additionalProperties'] = false;
  if (s['nullable'] === true) {
    delete s['nullable'];
    const { description, ...rest } = s;
    return { ...(description ? { description } : {}), anyOf: [rest, { type: 'null' }] };
  }
  return s;
}

/**
 * Checks every answer a suite's requests get against the API's OpenAPI document: the status must
 * be one the operation documents, a JSON body must match its schema (no field more, none missing),
 * a list must send Content-Range, a CSV must be a documented media type.
 */
export class Contract {
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv = new Ajv({ strict: false, allErrors: true });
  readonly violations: string[] = [];
  /** Operation ids, each with the statuses of the answers checked against it. */
  readonly covered = new Map<string, Set<number>>();

  constructor(doc: { paths: Record<string, Record<string, { operationId: string; responses: Operation['responses'] }>>; components: unknown }) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: asJsonSchema(doc.components) } as Schema, 'openapi');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const segments = path.split('/');
        const pattern = new RegExp(`^${segments.map((p) => (p.startsWith('{') ? '[^/]+' : p.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/')}$`);
        this.operations.push({ id: op.operationId, method: method.toUpperCase(), pattern, literal: segments.filter((p) => p && !p.startsWith('{')).length, responses: op.responses });
      }
    }
    this.operations.sort((a, b) => b.literal - a.literal);
  }

  /** Checks one answer; what does not hold is kept in `violations`. */
  check(method: string, url: string, res: Response): void {
    const path = new URL(url, 'http://x').pathname;
    const op = this.operations.find((o) => o.method === method && o.pattern.test(path));
    if (!op) return; // not a route of the API (an unknown path's 404 is tested apart)
    const where = `${method} ${path} → ${res.status}`;
    const documented = op.responses[String(res.status)];
    if (!documented) return void this.violations.push(`${where}: ${op.id} does not document ${res.status}`);
    const type = String(res.headers['content-type'] ?? '').split(';')[0];
    if (!type || res.status === 204) return this.cover(op.id, res.status);
    const media = documented.content?.[type];
    if (!media) return void this.violations.push(`${where}: ${op.id} does not document ${type} for ${res.status}`);
    if (documented.headers?.['Content-Range'] && !res.headers['content-range']) this.violations.push(`${where}: Content-Range missing`);
    if (type === 'application/json' && media.schema) {
      const validate = this.validatorOf(op.id, res.status, media.schema);
      if (!validate(res.body)) {
        const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params['additionalProperty'])})` : ''}`);
        return void this.violations.push(`${where}: the body does not match ${op.id}'s schema: ${errors.join('; ')}`);
      }
    }
    this.cover(op.id, res.status);
  }

  /** Writes the operations this suite covered, for the global teardown. */
  save(suite: string): void {
    mkdirSync(CONTRACT_DIR, { recursive: true });
    const covered = Object.fromEntries([...this.covered].map(([id, statuses]) => [id, [...statuses]]));
    writeFileSync(join(CONTRACT_DIR, `${suite.replace(/[^\w.-]/g, '_')}.json`), JSON.stringify({ operations: this.operations.map((o) => o.id), covered }));
  }

  private cover(id: string, status: number) {
    this.covered.set(id, new Set([...(this.covered.get(id) ?? []), status]));
  }

  private validatorOf(id: string, status: number, schema: Schema): ValidateFunction {
    const key = `${id} ${status}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(asJsonSchema(schema) as Schema);
      this.validators.set(key, validate);
    }
    return validate;
  }
}
