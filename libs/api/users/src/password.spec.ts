import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  // Made by the `argon2` package that hashed Tsunagu's passwords before (argon2id, m=64 MiB, t=3, p=4).
  const EARLIER_HASH = '$argon2id$v=19$m=65536,p=4,t=3$avZiUgLIRHqzFZ3M1XkkqA$H1LebsHlS1dVwyKbzZy2s0B52KJJKxHvT1M/XYJm22w';

  it('verifies a hash made by the earlier library', async () => {
    await expect(verifyPassword(EARLIER_HASH, 'correct horse battery staple')).resolves.toBe(true);
    await expect(verifyPassword(EARLIER_HASH, 'correct horse battery stapler')).resolves.toBe(false);
  });

  it('hashes with argon2id and the same parameters, salted', async () => {
    const a = await hashPassword('tsunagu-demo-2026');
    const b = await hashPassword('tsunagu-demo-2026');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
    expect(a).not.toBe(b);
    await expect(verifyPassword(a, 'tsunagu-demo-2026')).resolves.toBe(true);
    await expect(verifyPassword(a, 'tsunagu-demo-2025')).resolves.toBe(false);
  });

  it('answers false, not an error, for a malformed stored hash', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
