import { validateConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u@localhost:5432/db', JWT_SECRET: 'x'.repeat(32) };

describe('validateConfig', () => {
  it('accepts the minimum and fills the defaults', () => {
    const c = validateConfig(base);
    expect(c).toMatchObject({ PORT: 3000, NODE_ENV: 'development', TSUNAGU_EMBEDDED_DB: false, SESSION_IDLE_MINUTES: 30, SESSION_MAX_HOURS: 8, LOGIN_MAX_FAILURES_PER_ADDRESS: 100 });
  });

  it('reads numbers and flags from strings, and empty strings as unset', () => {
    const c = validateConfig({ ...base, PORT: '8080', TSUNAGU_EMBEDDED_DB: 'true', BOOTSTRAP_ADMIN_EMAIL: '', BOOTSTRAP_ADMIN_PASSWORD: '' });
    expect(c.PORT).toBe(8080);
    expect(c.TSUNAGU_EMBEDDED_DB).toBe(true);
    expect(c.BOOTSTRAP_ADMIN_EMAIL).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: undefined }, 'DATABASE_URL must be a postgres:// URL'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'admin@example.jp' }, 'BOOTSTRAP_ADMIN_PASSWORD is required with BOOTSTRAP_ADMIN_EMAIL'],
    [{ BOOTSTRAP_ADMIN_EMAIL: 'nope' }, 'BOOTSTRAP_ADMIN_EMAIL must be an email address'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_READ_URL: 'http://replica' }, 'DATABASE_READ_URL must be a postgres:// URL'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters'],
    [{ SESSION_IDLE_MINUTES: '0' }, 'SESSION_IDLE_MINUTES'],
  ])('fails at boot on %j, naming the variable', (change, message) => {
    expect(() => validateConfig({ ...base, ...change })).toThrow(message);
  });
});
