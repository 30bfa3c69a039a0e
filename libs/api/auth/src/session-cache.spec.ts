import { SessionCache, type KnownSession } from './session-cache';
import type { SessionUser } from './sessions.service';

const user = (sessionId: string, id = 'u1', centerId: string | null = 'c1'): SessionUser => ({
  id,
  email: `${id}@test.tsunagu.example`,
  name: '相談 花子',
  role: 'staff',
  centerId,
  sessionId,
  mode: 'token',
  session: { idleMinutes: 30, expiresAt: '2030-01-01T00:00:00.000Z', mustChangePassword: false, mustEnrolTwoFactor: false, twoFactorEnabled: false, twoFactorRequired: false },
});

describe('the cache of sessions', () => {
  let clock: number;
  let cache: SessionCache;
  const known = (sessionId: string, id?: string, centerId?: string | null): KnownSession => ({
    user: user(sessionId, id, centerId),
    tokenExpiresAt: Infinity,
    readAgainAt: clock + 30_000,
  });
  /** A read of the database for a token, started now; `keep` once it has answered. */
  const read = (token: string, session: KnownSession) => {
    const ticket = cache.ticket();
    return { keep: () => cache.keep(token, ticket, session) };
  };

  beforeEach(() => {
    clock = 1_000;
    cache = new SessionCache(3, () => clock);
    cache.hear(true);
  });

  it('answers a session read moments ago, until it must be read again', () => {
    expect(read('t1', known('s1')).keep()).toBe(true);
    expect(cache.get('t1')?.user.sessionId).toBe('s1');
    clock += 29_999;
    expect(cache.get('t1')).toBeDefined();
    expect(cache.has('t1')).toBe(true);
    clock += 1;
    expect(cache.has('t1')).toBe(false);
    expect(cache.get('t1')).toBeUndefined();
  });

  it('keeps nothing from a read that a notice overtook, even a notice about another session', () => {
    const started = read('t1', known('s1'));
    cache.forget('session:s2');
    expect(started.keep()).toBe(false);
    expect(cache.get('t1')).toBeUndefined();
    // The next read, started after the notice, is kept.
    expect(read('t1', known('s1')).keep()).toBe(true);
  });

  it('forgets the sessions a notice names: the session, every session of the user, every session of the center', () => {
    read('t1', known('s1', 'u1', 'c1')).keep();
    read('t2', known('s2', 'u1', 'c1')).keep();
    read('t3', known('s3', 'u2', 'c2')).keep();
    cache.forget('session:s1');
    expect([cache.get('t1'), cache.get('t2'), cache.get('t3')].map(Boolean)).toEqual([false, true, true]);
    cache.forget('user:u2');
    expect([cache.get('t2'), cache.get('t3')].map(Boolean)).toEqual([true, false]);
    cache.forget('center:c1');
    expect(cache.get('t2')).toBeUndefined();
  });

  it('forgets everything on a notice it does not know', () => {
    read('t1', known('s1')).keep();
    read('t2', known('s2', 'u2', null)).keep();
    for (const notice of ['all', 'constructor:x', 'session']) {
      cache.forget(notice);
      expect(cache.size).toBe(0);
      read('t1', known('s1')).keep();
    }
  });

  it('keeps nothing while notices are not heard, and forgets everything when they stop or start again', () => {
    read('t1', known('s1')).keep();
    const started = read('t2', known('s2'));
    cache.hear(false);
    expect(cache.get('t1')).toBeUndefined();
    expect(started.keep()).toBe(false);
    expect(read('t2', known('s2')).keep()).toBe(false);
    const beforeReconnecting = read('t3', known('s3'));
    cache.hear(true);
    expect(beforeReconnecting.keep()).toBe(false);
    expect(read('t3', known('s3')).keep()).toBe(true);
  });

  it('holds a bounded number of sessions, letting the one used longest ago go first', () => {
    for (const n of [1, 2, 3]) read(`t${n}`, known(`s${n}`)).keep();
    cache.get('t1');
    read('t4', known('s4')).keep();
    expect(cache.size).toBe(3);
    expect(['t1', 't2', 't3', 't4'].map((t) => Boolean(cache.get(t)))).toEqual([true, false, true, true]);
  });

  it('lets go of the sessions used longest ago once they are due to be read again', () => {
    read('t1', known('s1')).keep();
    clock += 20_000;
    read('t2', known('s2')).keep();
    clock += 10_000;
    read('t3', known('s3')).keep();
    expect(cache.size).toBe(2);
  });
});
