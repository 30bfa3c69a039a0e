// The project's own rules for the API's OpenAPI document (redocly.yaml).

/** JSON answers of success whose schema is inline although they are resources: the health check's is not one. */
const INLINE_ALLOWED = new Set(['HealthController_check']);

const isNamed = (schema) =>
  !!schema &&
  (typeof schema.$ref === 'string' ||
    (schema.type === 'array' && isNamed(schema.items)) ||
    (Array.isArray(schema.anyOf) && schema.anyOf.every(isNamed)) ||
    (Array.isArray(schema.oneOf) && schema.oneOf.every(isNamed)) ||
    (Array.isArray(schema.allOf) && schema.allOf.some((s) => typeof s.$ref === 'string')));

const successes = (operation) => Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));

module.exports = () => ({
  id: 'tsunagu',
  rules: {
    oas3: {
      /** Every operation answers a success, and each success but 204 says its body's schema. */
      'success-has-schema': () => ({
        Operation(operation, ctx) {
          const found = successes(operation);
          if (!found.length) ctx.report({ message: 'The operation documents no success response.', location: ctx.location.child('responses') });
          for (const [status, response] of found) {
            if (status === '204') continue;
            const media = Object.entries(response.content ?? {});
            if (!media.length) ctx.report({ message: `The ${status} response has no content.`, location: ctx.location.child(['responses', status]) });
            for (const [type, m] of media) {
              if (!m.schema) ctx.report({ message: `The ${status} response's ${type} has no schema.`, location: ctx.location.child(['responses', status, 'content', type]) });
            }
          }
        },
      }),
      /** A JSON answer or request body is a named schema (a reference, a list of them, or one of them), not an inline object. */
      'resources-are-named': () => ({
        Operation(operation, ctx) {
          if (INLINE_ALLOWED.has(operation.operationId)) return;
          for (const [status, response] of successes(operation)) {
            const schema = response.content?.['application/json']?.schema;
            if (schema && !isNamed(schema)) ctx.report({ message: `The ${status} answer is an inline schema: name its type.`, location: ctx.location.child(['responses', status, 'content', 'application/json', 'schema']) });
          }
          const body = operation.requestBody?.content?.['application/json']?.schema;
          if (body && !isNamed(body)) ctx.report({ message: 'The request body is an inline schema: name its type.', location: ctx.location.child(['requestBody', 'content', 'application/json', 'schema']) });
        },
      }),
    },
  },
});
