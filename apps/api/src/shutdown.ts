import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Logger, type LoggerService } from '@nestjs/common';

/**
 * A second signal this soon after the first is the same stop delivered twice, not an operator
 * insisting: a terminal's Ctrl+C and systemd's stop reach every process of the group, and the
 * launcher (scripts/start.mjs) forwards what it received as well.
 */
export const REPEAT_WINDOW_MS = 1000;

/** Once requests are done, how long the rest (Nest's shutdown hooks, the database pool) may take. */
export const CLOSE_BOUND_MS = 5000;

export interface GracefulStopOptions {
  /** How long requests in flight may take to finish (SHUTDOWN_TIMEOUT_MS). */
  timeoutMs: number;
  /** Closes what is behind the HTTP server: Nest's shutdown hooks, which close the database pool. */
  closeApp: () => Promise<unknown>;
  /** Ends the process with the code; the unit tests replace it. */
  exit?: (code: number) => void;
  logger?: Pick<LoggerService, 'log' | 'warn' | 'error'>;
}

/**
 * Stops the API without losing a request it has accepted, in this order: stop accepting
 * connections; let requests in flight finish, up to `timeoutMs`; close keep-alive connections as
 * soon as they are idle; close the database pool; exit 0. Requests still running at the bound (or
 * at a second signal) are cut off, the process exits 1 and says so.
 *
 * Nest's own `enableShutdownHooks()` is not used: it waits for Node's `server.close()` without a
 * bound, which keeps a connection open until its keep-alive timeout once its answer is sent (and
 * one that has sent nothing yet, for good), and it ends the process by raising the signal again
 * rather than with an exit code. Here the database pool is closed only after the last request.
 */
export class GracefulStop {
  /** Every open connection, with its requests in flight and how much of it had been read when it last fell idle. */
  private readonly connections = new Map<Socket, { responses: Set<ServerResponse>; readWhenIdle: number }>();
  private readonly logger: Pick<LoggerService, 'log' | 'warn' | 'error'>;
  private readonly exit: (code: number) => void;
  private stopping?: Promise<number>;
  private firstSignalAt?: number;
  private stopWaiting?: (why: string) => void;

  constructor(
    private readonly server: Server,
    private readonly options: GracefulStopOptions,
  ) {
    this.logger = options.logger ?? new Logger('Shutdown');
    this.exit = options.exit ?? ((code) => process.exit(code));
    server.on('connection', (socket: Socket) => {
      this.connections.set(socket, { responses: new Set(), readWhenIdle: 0 });
      socket.once('close', () => this.connections.delete(socket));
    });
    server.on('request', (req: IncomingMessage, res: ServerResponse) => this.track(req.socket, res));
  }

  /** Stops on these signals, instead of the default of dying on the spot. */
  onSignals(signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): this {
    for (const signal of signals) process.on(signal, () => this.signal(signal));
    return this;
  }

  /** The first signal starts the stop; a later one ends the wait for requests in flight. */
  signal(signal: string): void {
    if (this.firstSignalAt === undefined) {
      this.firstSignalAt = Date.now();
      void this.stop(signal);
    } else if (Date.now() - this.firstSignalAt >= REPEAT_WINDOW_MS && this.stopWaiting) {
      this.stopWaiting(`${signal} received again`);
    }
  }

  /** Runs the stop once and ends the process; resolves with the exit code it ended with. */
  stop(reason: string): Promise<number> {
    this.stopping ??= this.run(reason);
    return this.stopping;
  }

  /** Requests received whose answer has not been sent yet. */
  get requestsInFlight(): number {
    let n = 0;
    for (const { responses } of this.connections.values()) n += responses.size;
    return n;
  }

  private async run(reason: string): Promise<number> {
    const started = Date.now();
    const { timeoutMs } = this.options;
    // A request whose bytes have arrived but are not read yet (the signal came in the same turn of
    // the event loop) is in flight, not idle: let the pending reads be taken in first.
    await new Promise((next) => setImmediate(next));
    this.logger.log(`${reason}: no longer accepting connections; ${this.requestsInFlight} request(s) in flight may take up to ${timeoutMs} ms`);
    // Resolves once the last connection has closed; the error (server not listening) changes nothing.
    const drained = new Promise<string>((done) => this.server.close(() => done('drained')));
    for (const [socket, { responses, readWhenIdle }] of this.connections) {
      if (responses.size) responses.forEach((res) => this.lastOnItsConnection(res));
      // Idle: nothing read since its last answer (a request still arriving is let in and served).
      else if (socket.bytesRead === readWhenIdle) socket.destroy();
    }
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      drained,
      new Promise<string>((done) => {
        timer = setTimeout(() => done(`still running after ${timeoutMs} ms`), timeoutMs);
        this.stopWaiting = done;
      }),
    ]);
    clearTimeout(timer);
    let code = 0;
    if (outcome !== 'drained') {
      const cut = this.requestsInFlight;
      if (cut) {
        this.logger.error(`${cut} request(s) cut off: ${outcome}`);
        code = 1;
      }
      for (const socket of this.connections.keys()) socket.destroy();
    }
    // Bounded: a query that hangs must not keep the process alive.
    const watchdog = setTimeout(() => {
      this.logger.error(`closing the database pool took longer than ${CLOSE_BOUND_MS} ms; exiting anyway`);
      this.exit(1);
    }, CLOSE_BOUND_MS);
    try {
      await this.options.closeApp();
    } catch (err) {
      this.logger.error(`closing failed: ${(err as Error).message}`);
      code = 1;
    } finally {
      clearTimeout(watchdog);
    }
    this.logger.log(`stopped in ${Date.now() - started} ms, exit code ${code}`);
    this.exit(code);
    return code;
  }

  private track(socket: Socket, res: ServerResponse): void {
    const connection = this.connections.get(socket);
    if (!connection) return;
    connection.responses.add(res);
    // A request that arrives on a kept-alive connection while stopping is served, as the last one on it.
    if (this.stopping) this.lastOnItsConnection(res);
    res.once('close', () => {
      connection.responses.delete(res);
      if (connection.responses.size) return;
      connection.readWhenIdle = socket.bytesRead;
      // Node would otherwise keep the connection open until its keep-alive timeout.
      if (this.stopping && !socket.destroyed) socket.end();
    });
  }

  /** The client is told not to send another request on this connection (`Connection: close`). */
  private lastOnItsConnection(res: ServerResponse): void {
    if (!res.headersSent) res.shouldKeepAlive = false;
  }
}
