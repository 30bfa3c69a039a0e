import type { EntityManager } from 'typeorm';

/** Why a session ended (`sessions.end_reason`). */
export type SessionEndReason = 'sign_out' | 'password_changed' | 'password_reset' | 'account_changed' | 'two_factor_reset';

/**
 * Ends a user's open sessions at once, in the caller's transaction. Every request checks its
 * session row, and the database's notice of each ended row (sent as the transaction commits) makes
 * every instance forget what it kept of it, so this takes effect everywhere with the next request.
 * `except` keeps the session that made the change (a user who changes their own password stays
 * signed in there).
 */
export async function endSessions(m: EntityManager, userId: string, reason: SessionEndReason, except?: string): Promise<number> {
  const [, ended] = (await m.query(
    `UPDATE sessions SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $3`,
    [userId, reason, except ?? null],
  )) as [unknown, number];
  return ended;
}
