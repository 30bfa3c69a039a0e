import autocannon from 'autocannon';
import { Pool } from 'pg';

export interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

export interface HttpScenario {
  method?: 'GET' | 'POST';
  path: string;
  token: string;
  body?: () => string;
}

/** Loads one endpoint of the running API with `connections` concurrent clients for `seconds`. */
export function loadHttp(baseUrl: string, s: HttpScenario, connections: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let bad = 0;
  return new Promise((resolve, reject) => {
    const tracker = autocannon(
      {
        url: `${baseUrl}${s.path}`,
        method: s.method ?? 'GET',
        connections,
        duration: seconds,
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        requests: s.body ? [{ method: s.method, setupRequest: (req) => ({ ...req, body: s.body?.() }) }] : undefined,
      },
      (err, result) => {
        if (err) return reject(err);
        resolve(figures(latencies, seconds, bad + result.errors + result.timeouts));
      },
    );
    tracker.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else bad++;
    });
  });
}

/** Percentiles and throughput of successful calls, measured the same way for HTTP and for pg. */
function figures(latencies: number[], seconds: number, errors: number): Figures {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), rps: latencies.length / seconds, requests: latencies.length, errors };
}

/** Runs `work` on a pg pool with `connections` concurrent workers for `seconds`, timing each call. */
export async function loadPg(pool: Pool, work: (pool: Pool) => Promise<unknown>, connections: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await work(pool);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        } catch {
          errors++;
        }
      }
    }),
  );
  return figures(latencies, seconds, errors);
}
