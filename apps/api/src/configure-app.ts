import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { API_PREFIX, RESOURCES } from '@tsunagu/contracts';
import { AppConfig, AppValidationPipe, BODY_LIMIT_BYTES, requestGuard } from '@tsunagu/api-core';
import { setUpDocument } from './openapi/document';

/** Everything about the HTTP surface that is not a module: prefix, pipes, headers, CORS, docs. */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  if (config.TRUST_PROXY) app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.useGlobalPipes(new AppValidationPipe());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  // Any answer of the API may carry personal data: no browser or proxy keeps a copy.
  app.use(`/${API_PREFIX}`, (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Pragma', 'no-cache');
    next();
  });
  app.enableCors({ exposedHeaders: ['Content-Range'] });
  // JSON only (the app is created without Nest's default parsers), uncompressed, UTF-8, bounded;
  // then the guard refuses what no route accepts before it reaches validation.
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES, inflate: false });
  // The web app's session cookie (read by the auth guard); API clients send bearer tokens instead.
  app.use(cookieParser());
  app.use(requestGuard([`/${API_PREFIX}/${RESOURCES.imports}`]));
  setUpDocument(app);
  return app;
}
