import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Structured JSON logs that never carry personal data: requests are logged by method and path
 * only (query strings can hold search terms such as names), bodies and headers are never logged.
 */
export function loggerOptions(level: string): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      level,
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
      serializers: {
        req: (req: IncomingMessage & { id?: unknown }) => ({
          id: req.id,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
        }),
        res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      },
      customProps: (req: IncomingMessage & { user?: { id?: string } }) => ({ userId: req.user?.id }),
      redact: { paths: ['req.headers', 'req.body', 'res.headers', '*.password', '*.email', '*.name'], remove: true },
    },
  };
}
