import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, PathItemObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { API_PREFIX } from '@tsunagu/contracts';
import { DOMAIN_ERROR_STATUS, type DomainErrorKind } from '@tsunagu/api-core';
import generated from './responses.json';
import type { OperationResponse, Refusals, ResponsesFile } from './responses';

const GENERATED = generated as ResponsesFile;

const CSV = { 'text/csv': { schema: { type: 'string' as const, description: 'UTF-8 with a BOM, as Excel opens it' } } };

const WHAT: Record<number, string> = {
  400: 'The input is malformed: the message names the field',
  401: 'Not signed in, or the session has ended',
  403: "Not for this role, or not this user's case",
  404: 'Unknown, or not visible to this user',
  409: 'Changed by someone else since it was read, or a duplicate',
  413: 'The request body is larger than the limit',
  415: 'The body is not JSON in UTF-8 (or, for an import, not a form of files)',
  422: 'A rule of the domain refused it: the code says which',
  429: 'Too many attempts',
};

/**
 * The refusals of an operation by status, each with the codes it can carry: the domain's, read
 * from the code it calls, and the guard's on every route that needs a sign-in; and those any route
 * of its kind can answer: 400 for malformed input, 413 and 415 for a body, 409 for a write (a
 * constraint of the database).
 */
function refusalsOf(method: string, op: OperationObject, found: OperationResponse | undefined): Map<number, string[]> {
  const byStatus = new Map<number, string[]>();
  const add = (refusals: Refusals) => {
    for (const [kind, codes] of Object.entries(refusals) as Array<[DomainErrorKind, string[]]>) {
      const status = DOMAIN_ERROR_STATUS[kind];
      byStatus.set(status, [...new Set([...(byStatus.get(status) ?? []), ...codes])].sort());
    }
  };
  if (found) add(found.refusals);
  // A public route's requirement is empty (`[{}]`): anyone may call it.
  if (op.security?.some((r) => Object.keys(r).length)) add(GENERATED.guard);
  if ((op.parameters?.length || op.requestBody) && !byStatus.has(400)) byStatus.set(400, []);
  // The body parser's refusals (too large, not JSON in UTF-8), and a constraint of the database on any write.
  if (op.requestBody) for (const status of [413, 415]) byStatus.set(status, []);
  if (method !== 'get' && !byStatus.has(409)) byStatus.set(409, []);
  return byStatus;
}

/** The standard error body, with the codes this answer can carry. */
const errorBody = (codes: string[]): SchemaObject | ReferenceObject =>
  codes.length ? { allOf: [{ $ref: '#/components/schemas/ErrorBody' }, { type: 'object', properties: { code: { type: 'string', enum: codes } } }] } : { $ref: '#/components/schemas/ErrorBody' };

/**
 * Adds to each operation what Nest's document lacks: its success answer (from the generated
 * responses), list headers and CSV variants, and its refusals in the standard error body.
 */
function withResponses(doc: OpenAPIObject): OpenAPIObject {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, SchemaObject>;
  // Nest reads a request property's type from decorator metadata, which says `Object` for `string | null`.
  for (const [name, types] of Object.entries(GENERATED.requestTypes)) {
    for (const [property, schema] of Object.entries(schemas[name]?.properties ?? {}) as Array<[string, SchemaObject]>) {
      const known = types[property];
      if (known && schema.type === 'object' && !schema.properties && !schema.additionalProperties) Object.assign(schema, known);
    }
  }
  doc.components = { ...doc.components, schemas: { ...schemas, ...GENERATED.schemas } };
  for (const item of Object.values(doc.paths) as PathItemObject[]) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      const op = item[method];
      if (!op) continue;
      const found = op.operationId ? GENERATED.operations[op.operationId] : undefined;
      const responses = op.responses as Record<string, ResponseObject>;
      // A route's own words (@ApiOkResponse, @ApiForbiddenResponse...) are kept; the bodies come from here.
      if (found && !found.own) responses[found.status] = { ...successOf(found), ...(responses[found.status]?.description && { description: responses[found.status].description }) };
      for (const [status, codes] of refusalsOf(method, op, found)) {
        responses[status] = { description: responses[status]?.description ?? WHAT[status], content: { 'application/json': { schema: errorBody(codes) } } };
      }
    }
  }
  return doc;
}

function successOf(found: OperationResponse): ResponseObject {
  if (!found.schema) return { description: 'Done; no content' };
  if (found.list) {
    return {
      description: 'A page of the list; with format=csv, the same rows as a CSV download',
      headers: { 'Content-Range': { description: 'The page and the total, e.g. `cases 0-24/319`', schema: { type: 'string' } } },
      content: { 'application/json': { schema: { type: 'array', items: found.schema } }, ...CSV },
    };
  }
  return { description: found.csv ? 'The answer; with format=csv, the same as a CSV download' : 'The answer', content: { 'application/json': { schema: found.schema }, ...(found.csv ? CSV : {}) } };
}

/** The API's OpenAPI document, served at /api/docs-json (and as a UI at /api/docs). */
export function setUpDocument(app: INestApplication) {
  const doc = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tsunagu API')
      .setDescription('Case management for hikikomori regional support centers')
      .setVersion('0.1.0')
      .addServer('/', 'This server')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken of POST /api/auth/login' })
      .addCookieAuth('tsunagu_session', {
        type: 'apiKey',
        in: 'cookie',
        description: "The web app's session: a login with `session: 'cookie'` sets it; writes then also send its csrfToken as `X-CSRF-Token`",
      })
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, withResponses(doc), { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
}
