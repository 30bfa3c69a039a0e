import { randomInt } from 'node:crypto';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { PASSWORD_MIN_LENGTH } from '@tsunagu/contracts';
import { DomainError } from '@tsunagu/api-core';
import { COMMON_PASSWORDS } from './common-passwords';

/**
 * argon2id, memory-hard and salted, with the parameters Tsunagu has always used
 * (64 MiB, 3 passes, 4 lanes), so hashes made before and after read the same.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 65536, timeCost: 3, parallelism: 4 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** Any stored argon2 hash (its PHC string names its own parameters); false on a malformed hash. */
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

/**
 * The password rules: at least twelve characters, not the email address (nor its name part), not a
 * common password, and not one character over and over. 400 `PASSWORD_WEAK` naming the rule.
 */
export function assertPasswordRules(password: string, email: string, field = 'password'): void {
  const weak = (why: string) => new DomainError('invalid', 'PASSWORD_WEAK', `${field} ${why}`);
  if ([...password].length < PASSWORD_MIN_LENGTH) throw weak(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  const folded = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  if (folded.includes(address) || folded === address.split('@')[0]) throw weak('must not be or contain the email address');
  if (COMMON_PASSWORDS.has(folded)) throw weak('is one of the most common passwords');
  if (new Set(folded).size < 4) throw weak('must use more than three different characters');
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
const READABLE = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password (16 readable characters, about 92 bits): shown once, changed at the next sign-in. */
export function temporaryPassword(): string {
  return Array.from({ length: 16 }, () => READABLE[randomInt(READABLE.length)]).join('');
}
