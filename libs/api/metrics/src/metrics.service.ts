import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Why a sign-in was refused. A closed list, so the counter keeps a handful of series. */
export type SignInFailureReason = 'wrong_password' | 'unknown_email' | 'inactive' | 'locked' | 'second_factor';

const SIGN_IN_FAILURE_REASONS: readonly SignInFailureReason[] = ['wrong_password', 'unknown_email', 'inactive', 'locked', 'second_factor'];

/**
 * What one HTTP response is counted under. `route` is a route template (`/api/cases/:id`) or a
 * fixed word, never a requested path: paths carry ids, and ids would multiply the series.
 */
export interface ResponseLabels {
  method: string;
  route: string;
  status: number;
}

/** Seconds: from a quick lookup (5 ms) to a large export or report (10 s and more). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The API's Prometheus metrics: HTTP responses, the database pool, sign-in failures and Node's
 * process metrics. Labels hold route templates, methods, status codes and reasons only: no
 * personal data and no ids.
 */
@Injectable()
export class MetricsService {
  /**
   * A registry of this service's own rather than prom-client's global one: a second application in
   * the same process (as in tests) then registers its metrics afresh instead of failing on names
   * already taken.
   */
  private readonly registry = new Registry();

  private readonly responses = new Counter({
    name: 'tsunagu_http_requests_total',
    help: 'HTTP responses sent, by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  // By status class rather than code: each label value multiplies the histogram's dozen series.
  private readonly durations = new Histogram({
    name: 'tsunagu_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending the last byte of its response, by method, route template and status class.',
    labelNames: ['method', 'route', 'status_class'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  private readonly signInFailures = new Counter({
    name: 'tsunagu_sign_in_failures_total',
    help: 'Refused sign-ins, by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'tsunagu_' });
    // The pg pool exists once TypeORM has connected; it is read at scrape time, never cached.
    const pool = () => (dataSource.driver as PostgresDriver | undefined)?.master as Pool | undefined;
    this.poolGauge('tsunagu_db_pool_clients', 'Database connections the pool holds open, busy or idle.', () => pool()?.totalCount);
    this.poolGauge('tsunagu_db_pool_idle_clients', 'Open database connections not in use.', () => pool()?.idleCount);
    this.poolGauge('tsunagu_db_pool_waiting_clients', 'Queries waiting for a database connection to become free.', () => pool()?.waitingCount);
    this.poolGauge('tsunagu_db_pool_max_clients', 'The most database connections the pool may open.', () => pool()?.options.max);
    // Every reason from zero, so that rate() and increase() see the first failure of each.
    for (const reason of SIGN_IN_FAILURE_REASONS) this.signInFailures.inc({ reason }, 0);
  }

  /** Counts a refused sign-in. */
  signInFailed(reason: SignInFailureReason): void {
    this.signInFailures.inc({ reason });
  }

  /** Counts and times one HTTP response. */
  responseSent({ method, route, status }: ResponseLabels, seconds: number): void {
    this.responses.inc({ method, route, status: String(status) });
    this.durations.observe({ method, route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
  }

  /** Every metric in Prometheus' text format (version 0.0.4). */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  private poolGauge(name: string, help: string, read: () => number | undefined): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        const value = read();
        if (value !== undefined) this.set(value);
      },
    });
  }
}
