import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { API_PREFIX } from '@tsunagu/contracts';
import { AllExceptionsFilter, AppConfig, AppConfigModule, ListResultInterceptor, loggerOptions } from '@tsunagu/api-core';
import { dataSourceOptions, ReadDatabaseModule } from '@tsunagu/api-database';
import { AuditModule } from '@tsunagu/api-audit';
import { AuthModule } from '@tsunagu/api-auth';
import { UsersModule } from '@tsunagu/api-users';
import { DemoModule } from '@tsunagu/api-demo';
import { AgenciesModule } from '@tsunagu/api-agencies';
import { CasesModule } from '@tsunagu/api-cases';
import { ConsentsModule } from '@tsunagu/api-consents';
import { ContactsModule } from '@tsunagu/api-contacts';
import { ReferralsModule } from '@tsunagu/api-referrals';
import { InquiriesModule } from '@tsunagu/api-inquiries';
import { ImportsModule } from '@tsunagu/api-imports';
import { SupportModule } from '@tsunagu/api-support';
import { ReportsModule } from '@tsunagu/api-reports';
import { MetricsModule } from '@tsunagu/api-metrics';
import { ENTITIES } from './entities';
import { HealthController } from './health.controller';
import { MIGRATIONS } from './migrations';

/** Where the built web app is: WEB_DIST_DIR, or `web` beside this bundle (dist/apps/web). */
function webDistDir(config: AppConfig): string | undefined {
  const dir = config.WEB_DIST_DIR ?? join(__dirname, '..', 'web');
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}

@Module({
  imports: [
    AppConfigModule.forRoot(),
    LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: (c: AppConfig) => loggerOptions(c.LOG_LEVEL) }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => ({
        ...dataSourceOptions(c.DATABASE_URL, ENTITIES, MIGRATIONS),
        migrationsRun: true,
      }),
    }),
    ServeStaticModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (c: AppConfig) => {
        const rootPath = webDistDir(c);
        // index.html for every GET outside /api (client-side routes). No `exclude`: with it the
        // module answers 404 for any error on an excluded route, hiding e.g. a malformed-JSON 400.
        // Vite names each built asset by its content's hash, so a browser may keep one for a year;
        // index.html, which names the current ones, is asked for again every time.
        const setHeaders = (res: { setHeader(name: string, value: string): void }, file: string) =>
          res.setHeader('Cache-Control', /[/\\]assets[/\\]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
        return rootPath ? [{ rootPath, renderPath: new RegExp(`^/(?!${API_PREFIX}(/|$))`), serveStaticOptions: { setHeaders } }] : [];
      },
    }),
    TerminusModule,
    MetricsModule,
    AuditModule,
    AuthModule,
    UsersModule,
    AgenciesModule,
    CasesModule,
    ConsentsModule,
    ContactsModule,
    ReferralsModule,
    InquiriesModule,
    ImportsModule,
    SupportModule,
    ReportsModule,
    ReadDatabaseModule,
    DemoModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_INTERCEPTOR, useClass: ListResultInterceptor },
  ],
})
export class AppModule {}
