import { assertPasswordRules, hashPassword, temporaryPassword, verifyPassword } from './password';

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

describe('password rules', () => {
  const refusal = (password: string, email = 'sato.misaki@example.jp') => {
    try {
      assertPasswordRules(password, email);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('takes a long passphrase, in any script', () => {
    expect(refusal('つなぐ支援センター二〇二六年')).toBeNull();
    expect(refusal('correct horse battery staple')).toBeNull();
  });

  it.each([
    ['short-pass1', 'password must be at least 12 characters'],
    ['sato.misaki@example.jp', 'password must not be or contain the email address'],
    ['SATO.MISAKI@example.jp 2026', 'password must not be or contain the email address'],
    ['sato.misaki', 'password must be at least 12 characters'],
    ['Password1234', 'password is one of the most common passwords'],
    ['1qaz2wsx3edc', 'password is one of the most common passwords'],
    ['aaaaaaaaaaaaaaaa', 'password must use more than three different characters'],
    ['abababababab', 'password must use more than three different characters'],
  ])('refuses %j: %s', (password, message) => {
    expect(refusal(password)).toBe(message);
  });

  it('makes temporary passwords of 16 readable characters that pass the rules and differ', () => {
    const made = Array.from({ length: 50 }, temporaryPassword);
    for (const p of made) {
      expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{16}$/);
      expect(refusal(p)).toBeNull();
    }
    expect(new Set(made).size).toBe(50);
  });
});
