import type { Client } from 'pg';
import { japanDate } from '@tsunagu/contracts';

/**
 * The writes a support center makes all day, each a transaction that must commit whole or not at
 * all: a new case (its number from the center's counter, its first status, its audit entry), an
 * interview, a consent and a referral (each with its audit entry; a referral with its first step),
 * and the referral sent (moved to `referred` with its step, the disclosure record and both audit
 * entries: docs/domain.md, rule 2).
 */
export type WriteKind = 'case' | 'interview' | 'consent' | 'referral' | 'send';
export const WRITE_KINDS: readonly WriteKind[] = ['case', 'interview', 'consent', 'referral', 'send'];

export interface Write {
  kind: WriteKind;
  /**
   * What finds it in the database without its answer: the case's client name, the interview's
   * summary, the consent's case, the referral's reason, the id of the referral sent.
   */
  key: string;
  /** `acknowledged`: a 2xx status line arrived; `refused`: another status; `unanswered`: none came. */
  outcome?: 'acknowledged' | 'refused' | 'unanswered';
  status?: number;
  sentAt: number;
  answeredAt?: number;
  answer?: string;
}

export interface LoadOptions {
  baseUrl: string;
  /** Tokens of coordinators of one center; client n writes as coordinator n mod count. */
  coordinators: string[];
  /** A partner agency of that center, which the consents name and the referrals go to. */
  agencyId: string;
  clients: number;
  /** Makes this run's names unique (the duplicate check would refuse a repeated name). */
  runId: string;
}

/**
 * Concurrent clients, each telling one case's story again and again (case, interview, consent,
 * referral, send) and recording what became of every write. A client stops at its first write
 * that got no answer: the server is gone.
 */
export class WriteLoad {
  readonly writes: Write[] = [];
  private stopping = false;
  private clients?: Promise<unknown>;

  constructor(private readonly options: LoadOptions) {}

  start(): this {
    this.clients = Promise.all(Array.from({ length: this.options.clients }, (_, n) => this.client(n)));
    return this;
  }

  /** Lets every client finish its current write and stop; resolves when all have. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.clients;
  }

  /** Resolves when every client has stopped (after the server died, each at its first unanswered write). */
  settled(): Promise<unknown> {
    return this.clients ?? Promise.resolve();
  }

  acknowledged(kind?: WriteKind): Write[] {
    return this.writes.filter((w) => w.outcome === 'acknowledged' && (!kind || w.kind === kind));
  }

  inFlight(): Write[] {
    return this.writes.filter((w) => !w.outcome);
  }

  /** Writes sent after `at` (ms since the epoch) that were acknowledged all the same. */
  acknowledgedIfSentAfter(at: number): Write[] {
    return this.acknowledged().filter((w) => w.sentAt > at);
  }

  /** Writes answered with something other than 2xx before `before` (ms since the epoch). */
  refusedBefore(before: number): Write[] {
    return this.writes.filter((w) => w.outcome === 'refused' && (w.answeredAt ?? 0) < before);
  }

  private async client(n: number): Promise<void> {
    const { coordinators, agencyId, runId } = this.options;
    const token = coordinators[n % coordinators.length];
    for (let i = 0; !this.stopping; i++) {
      const tag = `${runId}-${n}-${i}`;
      const opened = await this.write(token, 'case', `負荷 試験${tag}`, 'POST', '/cases', { clientName: `負荷 試験${tag}`, birthYear: 1990 });
      if (!opened) return;
      const caseId = opened['id'] as string;
      if (!(await this.write(token, 'interview', `電話相談 ${tag}`, 'POST', '/interviews', { caseId, method: 'phone', summary: `電話相談 ${tag}` }))) return;
      const consent = { caseId, givenBy: 'client', purpose: 'information_sharing', agencyId, categories: ['basic'], method: 'written', givenOn: japanDate() };
      if (!(await this.write(token, 'consent', caseId, 'POST', '/consents', consent))) return;
      const referral = await this.write(token, 'referral', `就労相談 ${tag}`, 'POST', '/referrals', { caseId, agencyId, subject: 'client', reason: `就労相談 ${tag}` });
      if (!referral) return;
      const referralId = referral['id'] as string;
      if (!(await this.write(token, 'send', referralId, 'PUT', `/referrals/${referralId}`, { status: 'referred' }))) return;
    }
  }

  /** One write; its answer's body when it was acknowledged and read whole, else undefined. */
  private async write(token: string, kind: WriteKind, key: string, method: string, path: string, body: object): Promise<Record<string, unknown> | undefined> {
    const w: Write = { kind, key, sentAt: Date.now() };
    this.writes.push(w);
    let res: Response;
    try {
      res = await fetch(`${this.options.baseUrl}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch {
      w.outcome = 'unanswered';
      return undefined;
    }
    Object.assign(w, { status: res.status, answeredAt: Date.now(), outcome: res.ok ? 'acknowledged' : 'refused' });
    try {
      const text = await res.text();
      if (!res.ok) w.answer = text;
      return res.ok ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Counts per kind, for the run's figures. */
export function countByKind(writes: Write[]): Record<WriteKind, number> {
  return Object.fromEntries(WRITE_KINDS.map((k) => [k, writes.filter((w) => w.kind === k).length])) as Record<WriteKind, number>;
}

/** Which of `keys` of this kind the database holds (a referral sent: moved to `referred`). */
async function present(db: Client, kind: WriteKind, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const sql: Record<WriteKind, string> = {
    case: `SELECT client_name AS key FROM cases WHERE client_name = ANY($1)`,
    interview: `SELECT summary AS key FROM interviews WHERE summary = ANY($1)`,
    consent: `SELECT case_id::text AS key FROM consents WHERE case_id = ANY($1::uuid[]) AND purpose = 'information_sharing'`,
    referral: `SELECT reason AS key FROM referrals WHERE reason = ANY($1)`,
    send: `SELECT id::text AS key FROM referrals WHERE id = ANY($1::uuid[]) AND referred_on IS NOT NULL`,
  };
  const { rows } = await db.query<{ key: string }>(sql[kind], [keys]);
  return new Set(rows.map((r) => r.key));
}

/** Acknowledged writes the database does not hold (none may be missing). */
export async function missingAcknowledged(db: Client, writes: Write[]): Promise<string[]> {
  const missing: string[] = [];
  for (const kind of WRITE_KINDS) {
    const keys = writes.filter((w) => w.kind === kind && w.outcome === 'acknowledged').map((w) => w.key);
    const found = await present(db, kind, keys);
    missing.push(...keys.filter((k) => !found.has(k)).map((k) => `acknowledged ${kind} ${k} is missing`));
  }
  return missing;
}

/** How many of the writes that got no answer the database holds anyway (whole, as the checks show). */
export async function unansweredPresent(db: Client, writes: Write[]): Promise<{ present: number; absent: number }> {
  let found = 0;
  let total = 0;
  for (const kind of WRITE_KINDS) {
    const keys = writes.filter((w) => w.kind === kind && w.outcome !== 'acknowledged').map((w) => w.key);
    found += (await present(db, kind, keys)).size;
    total += keys.length;
  }
  return { present: found, absent: total - found };
}

/**
 * What a write cut off halfway would leave: each query names the records of the run (created
 * since `since`) that lack what must have been written with them in one transaction.
 */
const HALF_WRITTEN = [
  `SELECT 'case ' || c.case_number || ' has no first status (intake)' AS problem FROM cases c
    WHERE c.created_at >= $1 AND NOT EXISTS (
      SELECT 1 FROM case_status_changes s WHERE s.case_id = c.id AND s.from_status IS NULL AND s.to_status = 'intake')`,
  `SELECT 'case ' || c.case_number || ' is not numbered from its center''s counter (' || coalesce(k.last_seq::text, 'none') || ')' FROM cases c
     JOIN centers ce ON ce.id = c.center_id
     LEFT JOIN case_number_counters k ON k.center_id = c.center_id AND k.fiscal_year = substring(c.case_number FROM '-([0-9]{4})-[0-9]+$')::int
    WHERE c.created_at >= $1
      AND (c.case_number !~ ('^' || ce.code || '-[0-9]{4}-[0-9]{4}$') OR k.last_seq IS NULL OR substring(c.case_number FROM '([0-9]+)$')::int > k.last_seq)`,
  ...(
    [
      ['case', 'cases', `'case ' || x.case_number`],
      ['interview', 'interviews', `'interview ' || x.summary`],
      ['consent', 'consents', `'consent ' || x.id`],
      ['referral', 'referrals', `'referral ' || x.reason`],
      ['disclosure', 'disclosures', `'disclosure ' || x.id`],
    ] as const
  ).map(
    ([entity, table, name]) => `SELECT ${name} || ' has no audit entry' FROM ${table} x WHERE x.created_at >= $1 AND NOT EXISTS (
      SELECT 1 FROM audit_logs a WHERE a.entity = '${entity}' AND a.action = 'create' AND a.entity_id = x.id)`,
  ),
  `SELECT 'referral ' || r.reason || ' has no first step (planned)' FROM referrals r
    WHERE r.created_at >= $1 AND NOT EXISTS (SELECT 1 FROM referral_steps s WHERE s.referral_id = r.id AND s.status = 'planned')`,
  `SELECT 'referral ' || r.reason || ' is ' || r.status || ' without its disclosure record' FROM referrals r
    WHERE r.created_at >= $1 AND r.referred_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.referral_id = r.id)`,
  `SELECT 'referral ' || r.reason || ' has a disclosure record but is ' || r.status FROM referrals r
    WHERE r.created_at >= $1 AND r.referred_on IS NULL AND EXISTS (SELECT 1 FROM disclosures d WHERE d.referral_id = r.id)`,
  `SELECT 'referral ' || r.reason || ' was sent without its step (referred)' FROM referrals r
    WHERE r.created_at >= $1 AND r.referred_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referral_steps s WHERE s.referral_id = r.id AND s.status = 'referred')`,
  `SELECT 'referral ' || r.reason || ' was sent without its audit entry' FROM referrals r
    WHERE r.created_at >= $1 AND r.referred_on IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM audit_logs a WHERE a.entity = 'referral' AND a.action = 'update' AND a.entity_id = r.id AND a.detail->>'status' = 'referred')`,
];

/** Every record of the run that is not whole; empty when nothing was half-written. */
export async function halfWritten(db: Client, since: Date): Promise<string[]> {
  const problems: string[] = [];
  for (const sql of HALF_WRITTEN) problems.push(...(await db.query(sql, [since])).rows.map((r) => Object.values(r)[0] as string));
  return problems;
}

/** How many records of the run each table holds, for the figures. */
export async function recordsSince(db: Client, since: Date): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM cases WHERE created_at >= $1)::int AS cases,
            (SELECT count(*) FROM interviews WHERE created_at >= $1)::int AS interviews,
            (SELECT count(*) FROM consents WHERE created_at >= $1)::int AS consents,
            (SELECT count(*) FROM referrals WHERE created_at >= $1)::int AS referrals,
            (SELECT count(*) FROM disclosures WHERE created_at >= $1)::int AS disclosures`,
    [since],
  );
  return rows[0];
}
