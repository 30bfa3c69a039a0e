import type { DomainErrorKind } from '@tsunagu/api-core';

/** A schema of the document: JSON Schema as OpenAPI 3.0 reads it. */
export type Schema = Record<string, unknown>;

/** The domain's refusals an operation can raise: error codes by DomainError kind. */
export type Refusals = Partial<Record<DomainErrorKind, string[]>>;

/** How an operation answers on success, and what it can refuse. */
export interface OperationResponse {
  status: number;
  /** The body's schema (absent: no body, e.g. 204). */
  schema?: Schema;
  /** A list: the body is an array of `schema`, with `Content-Range`; `format=csv` gives the same rows as CSV. */
  list?: boolean;
  /** `format=csv` gives the same answer as CSV (a report). */
  csv?: boolean;
  /** The route documents its answer itself (a file download, the health check). */
  own?: boolean;
  refusals: Refusals;
}

/** responses.json: what apps/api/openapi/generate.ts reads from the code (`npm run openapi`), for the document. */
export interface ResponsesFile {
  /** What the global guard refuses on every route that needs a sign-in. */
  guard: Refusals;
  operations: Record<string, OperationResponse>;
  /** The named types' JSON Schemas, under components. */
  schemas: Record<string, Schema>;
  /**
   * The types of request DTO properties that Nest cannot read from decorator metadata (a
   * `string | null` is emitted as `Object`), by class and property: the document takes them.
   */
  requestTypes: Record<string, Record<string, Schema>>;
}
