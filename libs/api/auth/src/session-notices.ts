import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@tsunagu/api-core';
import { Client } from 'pg';
import { SessionCache } from './session-cache';

/** The channel the database's triggers notify on (migration SessionNotifications1765670400000). */
export const SESSION_NOTICES_CHANNEL = 'session_notices';

/** How the listening connection shows in pg_stat_activity (and how an operator finds it). */
export const SESSION_NOTICES_APPLICATION = 'tsunagu-session-notices';

/** After a lost connection, the first wait before connecting again; it doubles up to the last. */
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;

/**
 * How long a round trip on the connection may take before it is given up (the requests waiting for
 * it read the database instead), and how often one is made when no request asks for it. An idle
 * connection can die without a word (a firewall or NAT dropping it): this finds out.
 */
const ROUND_TRIP_TIMEOUT_MS = 2_000;
const HEARTBEAT_MS = 5_000;

/**
 * One connection of its own (not from the pool) listening to the database's notices of sessions,
 * users and centers that changed, and telling the cache. The cache is used only while this
 * connection is up: from start-up until it listens, and from a loss until it listens again, every
 * request reads its session from the database as if there were no cache.
 *
 * A notice reaches this process a little after the change commits, and under load (the database's
 * listening process waiting for a CPU) later than the answer to the request that made the change:
 * long enough for the user's next request to arrive first. So before a request is answered from
 * memory, it waits for a round trip on this connection sent after it arrived (`caughtUp`): the
 * database sends every notice of what had committed by then ahead of that answer. Requests that
 * arrive together share one round trip.
 */
@Injectable()
export class SessionNotices implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionNotices.name);
  private client?: Client;
  /** The client has run LISTEN: its notices are being heard. */
  private listening = false;
  private heartbeat?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private retryMs = FIRST_RETRY_MS;
  private lostOnce = false;
  private stopped = false;
  /** A round trip is under way; those who asked after it was sent wait for the next one. */
  private inFlight = false;
  private waiting: Array<(heard: boolean) => void> = [];

  constructor(
    private readonly cache: SessionCache,
    private readonly config: AppConfig,
  ) {}

  /** Waits for the first connection (it fails quietly): the instance then starts with its cache at work. */
  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.giveUp();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: SESSION_NOTICES_APPLICATION,
      keepAlive: true,
      connectionTimeoutMillis: ROUND_TRIP_TIMEOUT_MS,
      query_timeout: ROUND_TRIP_TIMEOUT_MS,
    });
    this.client = client;
    client.on('notification', (n) => {
      if (client === this.client && n.channel === SESSION_NOTICES_CHANNEL) this.cache.forget(n.payload ?? 'all');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection closed')));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_NOTICES_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (client !== this.client) return;
    // Listening from here: whatever was committed before is in the database, where a request reads it.
    this.cache.hear(true);
    this.listening = true;
    this.retryMs = FIRST_RETRY_MS;
    this.heartbeat = setInterval(() => void this.caughtUp(), HEARTBEAT_MS);
    if (this.lostOnce) this.logger.log('Listening to session notices again: sessions are kept in memory again');
  }

  /**
   * Resolves `true` once every notice of a change committed before this call has been heard (and
   * the cache has forgotten what it named), `false` when that cannot be known: read the database.
   */
  caughtUp(): Promise<boolean> {
    if (!this.listening) return Promise.resolve(false);
    return new Promise((done) => {
      this.waiting.push(done);
      if (!this.inFlight) this.roundTrip();
    });
  }

  private roundTrip(): void {
    const client = this.client;
    const batch = this.waiting;
    this.waiting = [];
    if (!client || !this.listening) {
      for (const done of batch) done(false);
      return;
    }
    this.inFlight = true;
    client.query('SELECT 1').then(
      () => this.roundTripDone(client, batch, true),
      (error: Error) => {
        this.lost(client, error);
        this.roundTripDone(client, batch, false);
      },
    );
  }

  private roundTripDone(client: Client, batch: Array<(heard: boolean) => void>, answered: boolean): void {
    this.inFlight = false;
    for (const done of batch) done(answered && client === this.client);
    if (this.waiting.length) this.roundTrip();
  }

  private lost(client: Client, error: Error): void {
    if (client !== this.client || this.stopped) return;
    this.giveUp();
    void client.end().catch(() => undefined);
    this.lostOnce = true;
    this.logger.warn(
      `The connection for session notices failed (${error.message}): every request reads its session from the database until it is back (next try in ${this.retryMs / 1000} s)`,
    );
    this.retry = setTimeout(() => void this.connect(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  /** Stops using the cache at once: from here a notice could be missed. */
  private giveUp(): void {
    clearInterval(this.heartbeat);
    this.listening = false;
    this.cache.hear(false);
    this.client?.removeAllListeners('notification');
    // A late error from the connection given up must not go unhandled (it would stop the process).
    this.client?.on('error', () => undefined);
    this.client = undefined;
  }
}
