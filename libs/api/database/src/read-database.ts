import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, type AuthUser } from '@tsunagu/api-core';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './data-source.options';

type Reader = Pick<AuthUser, 'id'>;

/** What the log last said of the replica. */
type ReplicaState = 'in_use' | 'unavailable' | 'behind' | 'not_standby';

/** Reads run on one of the two databases; the work decides nothing itself. */
type ReadWork<T> = (db: DataSource) => Promise<T>;

/** Others' writes may show up on the replica this much later (its own writes, a reader always sees at once). */
const MAX_LAG_SECONDS = 30;
/** After the replica failed, this long before it is tried again: meanwhile every read goes straight to the primary. */
const RETRY_AFTER_MS = 10_000;
/** A replica slower than this to say where it stands is taken as unavailable. */
const STATUS_TIMEOUT_MS = 2_000;

/** A WAL position as PostgreSQL prints it (`16/B374D848`), as a number, to compare positions of two servers. */
export function walPosition(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

export interface ReplicaStatus {
  /** How far the replica has replayed; null when it is not a standby at all. */
  replayed: bigint | null;
  /** Where the primary's WAL stood after the reader's last write, if they ever wrote. */
  lastWrite: bigint | null;
  /** Where the primary's WAL stood MAX_LAG_SECONDS ago or earlier, if known (see PrimaryHistory). */
  primaryLagAgo: bigint | null;
}

/**
 * Whether the replica may answer a reader, and if not, why. It must have replayed the reader's own
 * last write (read-your-writes), and what the primary had written MAX_LAG_SECONDS ago: a replica
 * lacking that is behind by more than that, whatever the primary has done since.
 */
export function replicaVerdict(s: ReplicaStatus): 'use' | 'not_standby' | 'behind' | 'own_write_pending' {
  if (s.replayed === null) return 'not_standby';
  if (s.primaryLagAgo !== null && s.replayed < s.primaryLagAgo) return 'behind';
  if (s.lastWrite !== null && s.replayed < s.lastWrite) return 'own_write_pending';
  return 'use';
}

/**
 * The primary's WAL positions as this instance saw them, one a second at most, kept back to the
 * newest one at least MAX_LAG_SECONDS old. How long a replica has been behind is told by these, not
 * by the age of the last commit it replayed: after a quiet spell, that age is large even for a
 * replica a millisecond behind the first new commit.
 */
export class PrimaryHistory {
  private readonly seen: Array<{ at: number; flushed: bigint }> = [];

  /** Notes the position seen at `at` (ms) and returns where the primary stood MAX_LAG_SECONDS before, if known. */
  note(at: number, flushed: bigint): bigint | null {
    const newest = this.seen[this.seen.length - 1];
    if (!newest || at - newest.at >= 1000) this.seen.push({ at, flushed });
    while (this.seen.length > 1 && at - this.seen[1].at >= MAX_LAG_SECONDS * 1000) this.seen.shift();
    return at - this.seen[0].at >= MAX_LAG_SECONDS * 1000 ? this.seen[0].flushed : null;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** How the statements of a list export read, while one runs (see `exporting` and `readListFrom`). */
const exportReads = new AsyncLocalStorage<<T>(work: ReadWork<T>) => Promise<T>>();

/**
 * Runs a list's statements where the request reads lists from: through the read database while a
 * list is exported as CSV (the whole export then reads from one place), else on `primary`.
 */
export function readListFrom<T>(primary: DataSource, work: ReadWork<T>): Promise<T> {
  const exported = exportReads.getStore();
  return exported ? exported(work) : work(primary);
}

/**
 * Where reports, exports and case timelines read: a streaming replica (DATABASE_READ_URL) when it
 * has replayed the reader's own last write and is not far behind, else the primary. The position
 * after each user's last write lives on the primary (user_last_writes), so this holds across any
 * number of API instances. A replica that is down, far behind or not a standby is left for the
 * primary, logged once. Without DATABASE_READ_URL, every read goes to the primary at no cost.
 */
@Injectable()
export class ReadDatabase implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadDatabase.name);
  private replica?: Promise<DataSource>;
  private retryAt = 0;
  private readonly history = new PrimaryHistory();
  /** What was last said about the replica in the log, so each change is said once. */
  private said: ReplicaState = 'in_use';

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    private readonly config: AppConfig,
  ) {}

  get hasReplica(): boolean {
    return this.config.DATABASE_READ_URL !== undefined;
  }

  /** Runs `work` on the replica when it may answer `reader`, else on the primary (also when the replica fails during it). */
  async read<T>(reader: Reader, work: ReadWork<T>): Promise<T> {
    return this.runOn(await this.sourceFor(reader), work);
  }

  /**
   * Runs `handle` (a request exporting a list) with its list statements reading as `read` would for
   * `reader`, choosing the database once for the whole export.
   */
  exporting<R>(reader: Reader, handle: () => R): R {
    let source: Promise<DataSource> | undefined;
    const exported = async <T>(work: ReadWork<T>): Promise<T> => {
      source ??= this.sourceFor(reader);
      return this.runOn(await source, work, () => (source = Promise.resolve(this.primary)));
    };
    return exportReads.run(exported, handle);
  }

  /**
   * Remembers, on the primary where every instance reads it, how far the WAL had come once
   * `writer`'s request was done. The insert position covers the request's commits even when they
   * are asynchronous; the row's own WAL follows it, so a replica always gets past it.
   */
  async noteWrite(writer: Reader): Promise<void> {
    try {
      await this.primary.query(
        `INSERT INTO user_last_writes (user_id, lsn) VALUES ($1, pg_current_wal_insert_lsn())
         ON CONFLICT (user_id) DO UPDATE SET lsn = GREATEST(user_last_writes.lsn, EXCLUDED.lsn)`,
        [writer.id],
      );
    } catch (error) {
      // The write itself is done and must be answered as such; this user's next reads may lag.
      this.logger.error(`Could not note a write position: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const replica = await this.replica?.catch(() => undefined);
    if (replica?.isInitialized) await replica.destroy();
  }

  private async runOn<T>(db: DataSource, work: ReadWork<T>, onFailure?: () => void): Promise<T> {
    if (db === this.primary) return work(db);
    try {
      return await work(db);
    } catch (error) {
      // A read can be repeated safely: a replica that fails (or cancels a query that conflicts with replay) costs one retry.
      this.unavailable(error);
      onFailure?.();
      return work(this.primary);
    }
  }

  private async sourceFor(reader: Reader): Promise<DataSource> {
    if (!this.hasReplica || Date.now() < this.retryAt) return this.primary;
    // Both servers are asked at once; the primary failing fails the request, the replica failing only leaves it aside.
    const [primary, replica] = await Promise.all([
      this.primary.query<Array<{ flushed: string; last_write: string | null }>>(
        `SELECT pg_current_wal_flush_lsn()::text AS flushed, (SELECT lsn::text FROM user_last_writes WHERE user_id = $1) AS last_write`,
        [reader.id],
      ),
      this.replicaStatus().catch((error: Error) => error),
    ]);
    if (replica instanceof Error) {
      this.unavailable(replica);
      return this.primary;
    }
    const [{ flushed, last_write }] = primary;
    const verdict = replicaVerdict({
      replayed: replica.replayed === null ? null : walPosition(replica.replayed),
      lastWrite: last_write === null ? null : walPosition(last_write),
      primaryLagAgo: this.history.note(Date.now(), walPosition(flushed)),
    });
    if (verdict === 'not_standby') this.say('not_standby', 'The read database (DATABASE_READ_URL) is not a standby: reading from the primary');
    else if (verdict === 'behind') this.say('behind', `The read replica is more than ${MAX_LAG_SECONDS} s behind the primary: reading from the primary until it catches up`);
    else this.say('in_use', 'The read replica is in use again');
    return verdict === 'use' ? replica.db : this.primary;
  }

  private async replicaStatus(): Promise<{ db: DataSource; replayed: string | null }> {
    const db = await this.connect();
    const status = db.query<Array<{ replayed: string | null }>>(`SELECT pg_last_wal_replay_lsn()::text AS replayed`);
    const [{ replayed }] = await withTimeout(status, STATUS_TIMEOUT_MS, 'The replica status');
    return { db, replayed };
  }

  private connect(): Promise<DataSource> {
    const url = this.config.DATABASE_READ_URL as string;
    this.replica ??= new DataSource({
      ...dataSourceOptions(url, this.primary.options.entities, []),
      // A standby is read-only, and a missing one must not hold a request for long.
      installExtensions: false,
      connectTimeoutMS: STATUS_TIMEOUT_MS,
    } as DataSourceOptions)
      .initialize()
      .catch((error) => {
        this.replica = undefined;
        throw error;
      });
    return this.replica;
  }

  private unavailable(error: unknown): void {
    this.retryAt = Date.now() + RETRY_AFTER_MS;
    this.say('unavailable', `The read replica failed (${(error as Error).message}): reading from the primary, trying it again in ${RETRY_AFTER_MS / 1000} s`);
  }

  private say(state: ReplicaState, message: string): void {
    if (state === this.said) return;
    this.said = state;
    if (state === 'in_use') this.logger.log(message);
    else this.logger.warn(message);
  }
}
