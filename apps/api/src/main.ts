import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { validateConfig } from '@tsunagu/api-core';
import { dataSourceOptions } from '@tsunagu/api-database';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { GracefulStop } from './shutdown';

/** `main.js migrate`: applies pending migrations and exits. */
async function migrate(): Promise<void> {
  const config = validateConfig(process.env);
  const db = new DataSource(dataSourceOptions(config.DATABASE_URL, ENTITIES, MIGRATIONS));
  await db.initialize();
  const applied = await db.runMigrations({ transaction: 'each' });
  process.stdout.write(`Applied ${applied.length} migration(s)\n`);
  await db.destroy();
}

async function serve(): Promise<void> {
  const config = validateConfig(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  // In place of Nest's enableShutdownHooks(), which closes the database before requests in flight end.
  new GracefulStop(app.getHttpServer(), { timeoutMs: config.SHUTDOWN_TIMEOUT_MS, closeApp: () => app.close() }).onSignals();
  await app.listen(config.PORT, process.env['HOST'] ?? '0.0.0.0');
  const url = await app.getUrl();
  process.stdout.write(`Tsunagu is listening on ${url.replace('[::1]', 'localhost')}\n`);
}

(process.argv[2] === 'migrate' ? migrate() : serve()).catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});
