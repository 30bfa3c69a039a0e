import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { Pool } from 'pg';

export interface Figures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  /** The longest warm-up of a round (see Window). */
  warmUpMs: number;
  errors: number;
  /** What the failures were (`HTTP 503 × 2, ECONNRESET × 1`), for the log. */
  failures: string;
}

/** What one round of load measured: the latencies (ms) of the calls in its window, their rate, the failures. */
export interface Round {
  latencies: number[];
  rps: number;
  warmUpMs: number;
  errors: number;
  /** Each kind of failure (a status, an error code) and how often. */
  failures: Map<string, number>;
}

export interface HttpScenario {
  method?: 'GET' | 'POST';
  path: string;
  token: string;
  body?: () => string;
}

/** Milliseconds since `t` (process.hrtime.bigint()). */
const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

/**
 * The part of a round that is measured, the same for both sides. With concurrent clients it opens
 * once every client has had an answer (at the latest after half of `seconds`): autocannon opens its
 * connections anew each round, and on the busy 2-core machine a Node.js server (the API, and a
 * bare http server alike) answered the first requests of 32 new connections one after another over
 * up to a second or two, while those already answered went on at their usual pace; a browser or a
 * proxy keeping its connection open pays that once, not every round. A lone client (a report) has
 * nothing to wait for: its window opens at once.
 *
 * It counts the calls begun while it is open, `seconds` long. Once it has closed, the load goes on
 * until every client has the answer to the call it had begun, so that neither side loses those
 * calls (autocannon would drop them at its stop) nor ends them with the load thinning out around
 * them (pg workers that stopped asking); a lone client only finishes its call.
 *
 * The rate is each client's counted calls over the time from the start of its first to the end of
 * its last, summed over the clients: a client asks again as soon as it has its answer.
 */
class Window {
  readonly latencies: number[] = [];
  readonly failures = new Map<string, number>();
  /** Whether every client has its last counted answer: the load may stop. */
  done = false;
  private readonly started = process.hrtime.bigint();
  private readonly warmed = new Set<unknown>();
  private readonly finished = new Set<unknown>();
  private readonly clients = new Map<unknown, { calls: number; firstStart: number; lastEnd: number }>();
  private openedAt?: number;
  private closedAt?: number;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly clientCount: number,
    private readonly seconds: number,
    private readonly onDone: () => void = () => undefined,
  ) {
    if (clientCount === 1) this.open();
    else this.timer = setTimeout(() => this.open(), seconds * 500);
  }

  /** A successful call of `client` that took `ms` and has just ended. */
  answered(client: unknown, ms: number): void {
    const end = since(this.started);
    const start = end - ms;
    if (this.openedAt === undefined) {
      this.warmed.add(client);
      if (this.warmed.size >= this.clientCount) this.open();
      return;
    }
    if (start >= this.openedAt && (this.closedAt === undefined || start < this.closedAt)) {
      this.latencies.push(ms);
      const c = this.clients.get(client);
      this.clients.set(client, c ? { ...c, calls: c.calls + 1, lastEnd: end } : { calls: 1, firstStart: start, lastEnd: end });
    }
    this.ended(client);
  }

  /** A failed call (of `client`, when known). */
  failed(kind: string, client?: unknown): void {
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
    if (client !== undefined && this.openedAt !== undefined) this.ended(client);
  }

  round(): Round {
    clearTimeout(this.timer);
    const rps = [...this.clients.values()].reduce((sum, c) => sum + (1000 * c.calls) / Math.max(c.lastEnd - c.firstStart, 0.001), 0);
    const errors = [...this.failures.values()].reduce((a, b) => a + b, 0);
    return { latencies: this.latencies, rps, warmUpMs: this.openedAt ?? 0, errors, failures: this.failures };
  }

  private ended(client: unknown): void {
    if (this.closedAt === undefined) return;
    this.finished.add(client);
    if (this.finished.size >= this.clientCount) this.finish();
  }

  private open(): void {
    if (this.openedAt !== undefined) return;
    this.openedAt = since(this.started);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.close(), this.seconds * 1000);
  }

  private close(): void {
    this.closedAt = since(this.started);
    // A client that failed without saying which (a connection error) would hold the load forever.
    this.timer = setTimeout(() => this.finish(), 60_000);
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    this.onDone();
  }
}

/** Loads one endpoint of the running API with `connections` concurrent clients, measured for `seconds` (see Window). */
export function loadHttp(baseUrl: string, s: HttpScenario, connections: number, seconds: number): Promise<Round> {
  return connections === 1 ? oneClient(baseUrl, s, seconds) : manyClients(baseUrl, s, connections, seconds);
}

function manyClients(baseUrl: string, s: HttpScenario, connections: number, seconds: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const measured = new Window(connections, seconds, () => tracker.stop());
    const tracker = autocannon(
      {
        url: `${baseUrl}${s.path}`,
        method: s.method ?? 'GET',
        connections,
        // Stopped by the window (tracker.stop()); this only bounds a round that goes wrong.
        duration: 2 * seconds + 120,
        // autocannon stops at its next sample after stop(): sampling often ends a round promptly.
        sampleInt: 100,
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        requests: s.body ? [{ method: s.method, setupRequest: (req) => ({ ...req, body: s.body?.() }) }] : undefined,
      },
      (err) => (err ? reject(err) : resolve(measured.round())),
    );
    tracker.on('response', (client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) measured.answered(client, responseTime);
      else measured.failed(`HTTP ${statusCode}`, client);
    });
    tracker.on('reqError', (error: Error & { code?: string }) => measured.failed(error.code ?? error.message));
  });
}

/** One person asking again as soon as the answer is in. */
async function oneClient(baseUrl: string, s: HttpScenario, seconds: number): Promise<Round> {
  const measured = new Window(1, seconds);
  while (!measured.done) {
    const t = process.hrtime.bigint();
    try {
      const res = await fetch(`${baseUrl}${s.path}`, {
        method: s.method ?? 'GET',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        body: s.body?.(),
      });
      await res.arrayBuffer();
      if (res.ok) measured.answered(0, since(t));
      else measured.failed(`HTTP ${res.status}`, 0);
    } catch (error) {
      measured.failed((error as Error).message, 0);
    }
  }
  return measured.round();
}

/** Runs `work` on a pg pool with `connections` concurrent workers, measured for `seconds` (see Window). */
export async function loadPg(pool: Pool, work: (pool: Pool) => Promise<unknown>, connections: number, seconds: number): Promise<Round> {
  const measured = new Window(connections, seconds);
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      while (!measured.done) {
        const t = process.hrtime.bigint();
        try {
          await work(pool);
          measured.answered(worker, since(t));
        } catch (error) {
          measured.failed((error as Error).message, worker);
        }
      }
    }),
  );
  return measured.round();
}

/**
 * Percentiles and throughput of all rounds of one side, as if they were one run: every latency
 * counts once, and each round's rate weighs by its calls.
 */
export function combine(rounds: Round[]): Figures {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const busySeconds = rounds.reduce((s, r) => s + (r.rps > 0 ? r.latencies.length / r.rps : 0), 0);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
  const failures = new Map<string, number>();
  rounds.forEach((r) => r.failures.forEach((n, kind) => failures.set(kind, (failures.get(kind) ?? 0) + n)));
  return {
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    rps: busySeconds > 0 ? latencies.length / busySeconds : 0,
    requests: latencies.length,
    warmUpMs: Math.round(Math.max(0, ...rounds.map((r) => r.warmUpMs))),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    failures: [...failures].map(([kind, n]) => `${kind} × ${n}`).join(', '),
  };
}

/** Resident memory of a process now, from /proc (Linux), in MB; 0 once it has ended. */
export function rssMb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's resident memory every 50 ms until `stop()`, which answers the largest seen, in MB. */
export function watchRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
  return {
    stop() {
      clearInterval(sampler);
      return Math.round(Math.max(peak, rssMb(pid)));
    },
  };
}
