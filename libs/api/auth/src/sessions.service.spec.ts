import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '@tsunagu/api-core';
import type { DataSource } from 'typeorm';
import { SessionCache } from './session-cache';
import type { SessionNotices } from './session-notices';
import { SessionsService } from './sessions.service';

const USER = '0b7f8a52-6f0e-4a38-9d0f-3c1b2a4d5e6f';
const SESSION = '5e2d1c3b-4a59-4f68-8e7d-6c5b4a392817';

/** The row the database answers for a standing session, valid for 30 s from the moment asked. */
const row = (name = '相談 花子') => ({
  id: SESSION,
  mode: 'token',
  expires_at: new Date(Date.now() + 3_600_000),
  user_id: USER,
  email: 'hanako@test.tsunagu.example',
  name,
  role: 'staff',
  center_id: null,
  must_change_password: false,
  must_enrol: false,
  two_factor: false,
  required: false,
  stands_ms: '30000',
});

describe('checking a session', () => {
  const jwt = new JwtService({ secret: 'a-secret-long-enough-for-the-tests-0123' });
  let answers: Array<() => Promise<unknown[]>>;
  let cache: SessionCache;
  let sessions: SessionsService;
  /** What the round trip on the notices' connection brings before it answers (true: it answered). */
  let roundTrip: () => boolean;
  let token: string;
  const query = jest.fn(() => (answers.shift() ?? (() => Promise.resolve([row()])))());

  beforeEach(async () => {
    answers = [];
    query.mockClear();
    cache = new SessionCache();
    cache.hear(true);
    roundTrip = () => true;
    const db = { query } as unknown as DataSource;
    const notices = { caughtUp: async () => roundTrip() } as SessionNotices;
    sessions = new SessionsService(db, jwt, { SESSION_IDLE_MINUTES: 30 } as AppConfig, cache, notices);
    token = await jwt.signAsync({ sub: USER, sid: SESSION }, { expiresIn: 3600 });
  });

  it('reads the database once, then answers from memory', async () => {
    expect(await sessions.authenticate(token)).toMatchObject({ id: USER, sessionId: SESSION });
    expect(await sessions.authenticate(token)).toMatchObject({ id: USER, sessionId: SESSION });
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('does not keep a session read while a notice about it arrived: the next request reads it again', async () => {
    let answer!: (rows: unknown[]) => void;
    answers.push(() => new Promise((ok) => (answer = ok)));
    const first = sessions.authenticate(token);
    await new Promise((ok) => setImmediate(ok));
    // The session was signed out elsewhere while this read was under way (it saw the row as before).
    cache.forget(`session:${SESSION}`);
    answer([row()]);
    expect(await first).toMatchObject({ sessionId: SESSION });
    answers.push(() => Promise.resolve([]));
    expect(await sessions.authenticate(token)).toBe('ended');
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('answers from memory only once the notices committed before the request have been heard', async () => {
    await sessions.authenticate(token);
    // The user's password was reset just before this request; its notice comes with the round trip.
    roundTrip = () => {
      cache.forget(`user:${USER}`);
      return true;
    };
    answers.push(() => Promise.resolve([]));
    expect(await sessions.authenticate(token)).toBe('ended');
  });

  it('reads the database when the round trip fails', async () => {
    await sessions.authenticate(token);
    roundTrip = () => false;
    await sessions.authenticate(token);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('forgets a session at a notice naming its user', async () => {
    await sessions.authenticate(token);
    cache.forget(`user:${USER}`);
    answers.push(() => Promise.resolve([row('相談 花子（旧姓）')]));
    expect(await sessions.authenticate(token)).toMatchObject({ name: '相談 花子（旧姓）' });
  });

  it('reads every time while notices are not heard', async () => {
    cache.hear(false);
    await sessions.authenticate(token);
    await sessions.authenticate(token);
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('refuses a token past its own expiry even when its session is in memory', async () => {
    jest.useFakeTimers({ now: Date.now(), doNotFake: ['setImmediate', 'nextTick', 'performance'] });
    try {
      const short = await jwt.signAsync({ sub: USER, sid: SESSION }, { expiresIn: 2 });
      expect(await sessions.authenticate(short)).toMatchObject({ sessionId: SESSION });
      jest.setSystemTime(Date.now() + 2_000);
      expect(await sessions.authenticate(short)).toBeNull();
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives each request its own copy of the user', async () => {
    const first = (await sessions.authenticate(token)) as { session: { mustChangePassword: boolean } };
    first.session.mustChangePassword = true;
    expect(await sessions.authenticate(token)).toMatchObject({ session: { mustChangePassword: false } });
  });
});
