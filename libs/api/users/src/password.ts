import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id, memory-hard and salted, with the parameters Tsunagu has always used
 * (64 MiB, 3 passes, 4 lanes), so hashes made before and after read the same.
 */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 65536, timeCost: 3, parallelism: 4 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

/** Any stored argon2 hash (its PHC string names its own parameters); false on a malformed hash. */
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);
