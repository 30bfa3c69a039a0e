import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { GracefulStop, REPEAT_WINDOW_MS } from './shutdown';

const quiet = { log: () => undefined, warn: () => undefined, error: jest.fn() };

/** A server whose POST handler answers only once the whole body has arrived (as body parsing does). */
async function serverWithStop(timeoutMs: number) {
  const events: string[] = [];
  let release = () => undefined as void;
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') {
      // A streamed answer: its headers are out before the stop begins.
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part;');
      release = () => res.end('last part');
      return;
    }
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      events.push(`answered ${req.method} ${body}`);
      res.end('ok');
    });
  });
  let exited!: (code: number) => void;
  const exitCode = new Promise<number>((done) => (exited = done));
  const stop = new GracefulStop(server, {
    timeoutMs,
    logger: quiet,
    closeApp: async () => void events.push('pool closed'),
    exit: (code) => {
      events.push(`exit ${code}`);
      exited(code);
    },
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return { server, stop, port, events, exitCode, release: () => release() };
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((ok, fail) => {
    const s = connect(port, '127.0.0.1', () => ok(s));
    s.once('error', fail);
  });
}

/** Sends a POST's headers and the first part of its body; the rest is for later. */
async function halfSentPost(port: number, body: string) {
  const socket = await openSocket(port);
  let answer = '';
  socket.on('data', (d) => (answer += d));
  const closed = new Promise<void>((ok) => socket.once('close', () => ok()));
  socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 3)}`);
  return { socket, finish: () => socket.write(body.slice(3)), answer: () => answer, closed };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('GracefulStop', () => {
  afterEach(() => jest.restoreAllMocks());

  it('lets the request in flight finish, refuses new connections, closes idle keep-alive ones, then the pool, then exits 0', async () => {
    const { stop, port, events, exitCode } = await serverWithStop(5000);
    const idle = await openSocket(port);
    const idleClosed = new Promise<void>((ok) => idle.once('close', () => ok()));
    const post = await halfSentPost(port, 'one whole body');
    await until(() => stop.requestsInFlight === 1);

    stop.signal('SIGTERM');
    await idleClosed;
    await expect(openSocket(port)).rejects.toThrow(/ECONNREFUSED/);
    expect(events).toEqual([]);

    post.finish();
    await post.closed;
    expect(post.answer()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(post.answer()).toMatch(/\r\nConnection: close\r\n/i);
    expect(await exitCode).toBe(0);
    expect(events).toEqual(['answered POST one whole body', 'pool closed', 'exit 0']);
  });

  it('serves a request whose bytes arrived in the same moment as the signal, rather than dropping it as idle', async () => {
    const { stop, port, events, exitCode } = await serverWithStop(5000);
    const socket = await openSocket(port);
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<void>((ok) => socket.once('close', () => ok()));
    await new Promise((r) => setTimeout(r, 50));
    socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nlast');
    stop.signal('SIGTERM');
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(await exitCode).toBe(0);
    expect(events).toEqual(['answered POST last', 'pool closed', 'exit 0']);
  });

  it('closes a kept-alive connection as soon as its response is sent, without waiting for the keep-alive timeout', async () => {
    const { server, stop, port, exitCode, release } = await serverWithStop(5000);
    server.keepAliveTimeout = 60_000;
    const socket = await openSocket(port);
    let answer = '';
    socket.on('data', (d) => (answer += d));
    const closed = new Promise<void>((ok) => socket.once('close', () => ok()));
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await until(() => answer.includes('first part;'));
    expect(answer).toMatch(/\r\nConnection: keep-alive\r\n/i);

    stop.signal('SIGTERM');
    const started = Date.now();
    release();
    await closed;
    expect(answer).toMatch(/last part/);
    expect(await exitCode).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('cuts off a request still running at the bound, closes the pool anyway, and exits 1 saying so', async () => {
    const { stop, port, events, exitCode } = await serverWithStop(300);
    const post = await halfSentPost(port, 'never finished');
    await until(() => stop.requestsInFlight === 1);
    const started = Date.now();
    stop.signal('SIGTERM');
    expect(await exitCode).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await post.closed;
    expect(events).toEqual(['pool closed', 'exit 1']);
    expect(quiet.error).toHaveBeenCalledWith('1 request(s) cut off: still running after 300 ms');
  });

  it('takes a repeated signal within a moment as the same stop, and a later one as the order to stop waiting', async () => {
    const { stop, port, exitCode, events } = await serverWithStop(60_000);
    const post = await halfSentPost(port, 'never finished');
    await until(() => stop.requestsInFlight === 1);
    const now = Date.now();
    const clock = jest.spyOn(Date, 'now').mockReturnValue(now);
    stop.signal('SIGTERM');
    clock.mockReturnValue(now + REPEAT_WINDOW_MS - 1);
    stop.signal('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    expect(events).toEqual([]);
    clock.mockReturnValue(now + REPEAT_WINDOW_MS);
    stop.signal('SIGTERM');
    expect(await exitCode).toBe(1);
    await post.closed;
    expect(quiet.error).toHaveBeenCalledWith('1 request(s) cut off: SIGTERM received again');
  });
});
