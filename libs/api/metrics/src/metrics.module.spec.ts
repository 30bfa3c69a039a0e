import 'reflect-metadata';
import { Body, Controller, Get, Global, INestApplication, MiddlewareConsumer, Module, NestModule, Param, Post, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AllExceptionsFilter, AppConfig, notFound } from '@tsunagu/api-core';
import { MetricsModule } from './metrics.module';
import { MetricsService } from './metrics.service';
import { bearerMatches } from './metrics-token.guard';

const TOKEN = 'metrics-token-for-the-unit-test';
const CASE_ID = '0b9f1c52-3c1e-4d7a-9a53-5b2f1e0c7d41';

@Controller('cases')
class CasesController {
  @Get('broken')
  broken(): never {
    throw new Error(`failed on ${CASE_ID}`);
  }

  @Get(':id')
  show(@Param('id') id: string) {
    if (id !== CASE_ID) throw notFound('Case');
    return { id };
  }

  @Post()
  create(@Body() body: object) {
    return body;
  }
}

/** A pg pool's counters, as the service reads them at scrape time. */
const pool = { totalCount: 3, idleCount: 2, waitingCount: 0, options: { max: 20 } };

async function startApp(metricsToken: string | undefined): Promise<INestApplication> {
  @Global()
  @Module({
    providers: [
      { provide: AppConfig, useValue: Object.assign(new AppConfig(), { METRICS_TOKEN: metricsToken }) },
      { provide: DataSource, useValue: { driver: { master: pool } } },
    ],
    exports: [AppConfig, DataSource],
  })
  class EnvironmentModule {}

  // Route-bound middleware, as the request logger applies it: Nest makes it an Express route.
  @Module({ imports: [EnvironmentModule, MetricsModule], controllers: [CasesController] })
  class TestAppModule implements NestModule {
    configure(consumer: MiddlewareConsumer): void {
      consumer.apply((_req: unknown, _res: unknown, next: () => void) => next()).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
    }
  }

  const app = await NestFactory.create<NestExpressApplication>(TestAppModule, { logger: false, bodyParser: false });
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new AllExceptionsFilter());
  app.useBodyParser('json');
  return app.init();
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of Prometheus' text format (comments skipped). */
function samples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, name, labelText = '', value] = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(line) ?? [];
      const labels = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
      return { name, labels, value: Number(value) };
    });
}

/** The value of the one sample with this name and these labels (others may be present). */
function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples(text).filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

describe('MetricsModule', () => {
  let app: INestApplication;
  const http = () => request(app.getHttpServer());
  const scrape = async () => {
    const res = await http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    app = await startApp(TOKEN);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('the scrape route', () => {
    it('answers the right bearer token with Prometheus text', async () => {
      const res = await http().get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);
      expect(res.status).toBe(200);
      // Express orders the parameters its own way; Prometheus reads them in any order.
      const [type, ...params] = res.headers['content-type'].split('; ');
      expect([type, params.sort()]).toEqual(['text/plain', ['charset=utf-8', 'version=0.0.4']]);
      expect(res.text).toContain('# TYPE tsunagu_http_requests_total counter');
    });

    it('answers 401 without a token, with a wrong one, or with another scheme', async () => {
      for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.replace(/.$/, 'X')}`, `Basic ${TOKEN}`]) {
        const req = http().get('/api/metrics');
        const res = await (authorization ? req.set('Authorization', authorization) : req);
        expect(res.status).toBe(401);
        expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
        expect(res.text).not.toContain('tsunagu_');
      }
    });
  });

  describe('HTTP responses', () => {
    let before: string;
    let after: string;
    const count = (text: string, method: string, route: string, status: string) =>
      valueOf(text, 'tsunagu_http_requests_total', { method, route, status }) ?? 0;

    beforeAll(async () => {
      before = await scrape();
      expect((await http().get(`/api/cases/${CASE_ID}`)).status).toBe(200);
      expect((await http().get('/api/cases/0b9f1c52-0000-4d7a-9a53-5b2f1e0c7d41')).status).toBe(404);
      expect((await http().get('/api/cases/broken')).status).toBe(500);
      expect((await http().post('/api/cases').send({ name: 'x' })).status).toBe(201);
      expect((await http().post('/api/cases').set('Content-Type', 'application/json').send('{"name":')).status).toBe(400);
      expect((await http().get(`/api/nothing-here/${CASE_ID}?email=someone@example.jp`)).status).toBe(404);
      expect((await http().get('/api')).status).toBe(404);
      expect((await http().get('/favicon.ico')).status).toBe(404);
      after = await scrape();
    });

    it('counts each response once under its route template and status code', () => {
      expect(count(after, 'GET', '/api/cases/:id', '200') - count(before, 'GET', '/api/cases/:id', '200')).toBe(1);
      expect(count(after, 'GET', '/api/cases/:id', '404') - count(before, 'GET', '/api/cases/:id', '404')).toBe(1);
      expect(count(after, 'GET', '/api/cases/broken', '500') - count(before, 'GET', '/api/cases/broken', '500')).toBe(1);
      expect(count(after, 'POST', '/api/cases', '201') - count(before, 'POST', '/api/cases', '201')).toBe(1);
    });

    it('counts responses given before any route under a fixed label, without their paths', () => {
      // The JSON parser refuses the body before routing; the unknown path has no route at all.
      expect(count(after, 'POST', 'unmatched', '400') - count(before, 'POST', 'unmatched', '400')).toBe(1);
      expect(count(after, 'GET', 'unmatched', '404') - count(before, 'GET', 'unmatched', '404')).toBe(2);
      expect(count(after, 'GET', 'web', '404') - count(before, 'GET', 'web', '404')).toBe(1);
      expect(after).not.toMatch(/nothing-here|favicon|someone@|example\.jp/);
      expect(after).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    });

    it('times each response under its route and status class', () => {
      const timed = (text: string) => valueOf(text, 'tsunagu_http_request_duration_seconds_count', { method: 'GET', route: '/api/cases/:id', status_class: '4xx' }) ?? 0;
      expect(timed(after) - timed(before)).toBe(1);
      const fast = valueOf(after, 'tsunagu_http_request_duration_seconds_bucket', { method: 'GET', route: '/api/cases/:id', status_class: '4xx', le: '10' });
      expect(fast).toBe(timed(after));
    });

    it('leaves the scrapes themselves out', () => {
      expect(after).not.toContain('/api/metrics');
    });
  });

  it('reads the database pool at each scrape', async () => {
    pool.totalCount = 7;
    pool.waitingCount = 4;
    const text = await scrape();
    expect(valueOf(text, 'tsunagu_db_pool_clients')).toBe(7);
    expect(valueOf(text, 'tsunagu_db_pool_idle_clients')).toBe(2);
    expect(valueOf(text, 'tsunagu_db_pool_waiting_clients')).toBe(4);
    expect(valueOf(text, 'tsunagu_db_pool_max_clients')).toBe(20);
  });

  it('counts sign-in failures by reason, every reason from zero', async () => {
    const before = await scrape();
    for (const reason of ['wrong_password', 'unknown_email', 'inactive', 'locked', 'second_factor']) {
      expect(valueOf(before, 'tsunagu_sign_in_failures_total', { reason })).toBe(0);
    }
    app.get(MetricsService).signInFailed('wrong_password');
    app.get(MetricsService).signInFailed('wrong_password');
    app.get(MetricsService).signInFailed('locked');
    const after = await scrape();
    expect(valueOf(after, 'tsunagu_sign_in_failures_total', { reason: 'wrong_password' })).toBe(2);
    expect(valueOf(after, 'tsunagu_sign_in_failures_total', { reason: 'locked' })).toBe(1);
    expect(valueOf(after, 'tsunagu_sign_in_failures_total', { reason: 'unknown_email' })).toBe(0);
  });

  it('includes the process metrics under the product prefix', async () => {
    const text = await scrape();
    expect(valueOf(text, 'tsunagu_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).toContain('tsunagu_nodejs_heap_size_used_bytes');
  });

  describe('without METRICS_TOKEN (a second application in the same process)', () => {
    let off: INestApplication;
    beforeAll(async () => {
      off = await startApp(undefined);
    });
    afterAll(async () => {
      await off?.close();
    });

    it('answers 404 whatever the token, and still counts the other routes', async () => {
      const res = await request(off.getHttpServer()).get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain('tsunagu_');
      await request(off.getHttpServer()).get(`/api/cases/${CASE_ID}`).expect(200);
      const text = await off.get(MetricsService).render();
      expect(valueOf(text, 'tsunagu_http_requests_total', { route: '/api/cases/:id', status: '200' })).toBe(1);
    });
  });
});

describe('bearerMatches', () => {
  it('accepts the token after the Bearer scheme, in any case of the scheme, and nothing else', () => {
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerMatches('Bearer ', TOKEN)).toBe(false);
    expect(bearerMatches(undefined, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN} `, TOKEN)).toBe(false);
  });
});
