import type { ErrorCode } from '@tsunagu/contracts';

/**
 * The kinds of refusal the domain can express; the exception filter maps each to one HTTP status.
 * - invalid: the input is malformed (400)
 * - unauthenticated: not signed in, or the credentials are wrong (401)
 * - forbidden: the role may never do this (403)
 * - not_found: unknown, or not visible to this user (404)
 * - conflict: stale version or a duplicate (409)
 * - rule: a domain rule refused it, e.g. a missing consent or an illegal status change (422)
 * - too_many: too many attempts (429)
 */
export type DomainErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rule' | 'too_many';

/** A refusal with a stable code (e.g. `USER_EMAIL_TAKEN`) and a message for the person using the app. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** The input is malformed or inconsistent (400). */
export const invalid = (code: ErrorCode, message: string) => new DomainError('invalid', code, message);

/** A domain rule refused it: a missing consent, an illegal status change (422). */
export const ruleBroken = (code: ErrorCode, message: string) => new DomainError('rule', code, message);

export const notFound = (entity: string) => new DomainError('not_found', 'NOT_FOUND', `${entity} not found`);

export const staleVersion = (entity: string) =>
  new DomainError(
    'conflict',
    'STALE_VERSION',
    `This ${entity} was changed by someone else since you opened it. Reload it and save again.`,
  );
