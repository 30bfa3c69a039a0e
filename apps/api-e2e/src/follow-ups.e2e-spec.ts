import { japanDate } from '@tsunagu/contracts';
import { sqlClient } from '@tsunagu/testing';
import type { Client } from 'pg';
import { contactCountsDrift, contactDatesDrift, recountContactDates } from './contact-dates';
import { as, dayFromToday, Suite, useApi } from './support';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A repeatable sequence of numbers in [0, 1) (mulberry32), so a failing mix can be replayed. */
function randomFrom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Two transactions on two connections, the second's write sent while the first is still open and
 * the first committed 300 ms later: the second may wait for the first meanwhile, as two
 * coordinators' requests would.
 */
async function interleaved(url: string, first: (db: Client) => Promise<unknown>, second: (db: Client) => Promise<unknown>): Promise<void> {
  const [a, b] = [await sqlClient(url), await sqlClient(url)];
  try {
    await a.query('BEGIN');
    await b.query('BEGIN');
    await first(a);
    const waiting = second(b);
    await new Promise((r) => setTimeout(r, 300));
    await a.query('COMMIT');
    await waiting;
    await b.query('COMMIT');
  } finally {
    await a.end();
    await b.end();
  }
}

/** Runs one statement on the suite's database, as any other writer than the API would. */
async function inDatabase<T>(s: Suite, run: (db: Client) => Promise<T>): Promise<T> {
  const db = await sqlClient(s.server.database.url);
  try {
    return await run(db);
  } finally {
    await db.end();
  }
}

type FollowUp = { id: string; lastContactOn: string | null; nextContactOn: string | null };

/**
 * The coordinator's follow-ups read each case's last contact and pending next-contact date as the
 * database keeps them with every write of a record: whoever writes, however many at once, they
 * stay what the records say.
 */
describe('follow-ups: the kept contact dates', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const sup = () => as(s, s.org.users.aSupervisor);
  const followUps = async (): Promise<Map<string, FollowUp>> =>
    new Map((await coord().get('/follow-ups?range=[0,9999]').expect(200)).body.map((f: FollowUp) => [f.id, f]));
  const newCase = async (name: string, openedOn = dayFromToday(-400)) => {
    const id: string = (await coord().post('/cases', { clientName: name, openedOn }).expect(201)).body.id;
    await coord().post('/consents', { caseId: id, givenBy: 'client', purpose: 'outreach', method: 'verbal', givenOn: openedOn }).expect(201);
    return id;
  };

  it('agree with a recount from the records after a random mix of logs, corrections, voids, attendance, session changes, case voids and merges', async () => {
    const seed = 20251213;
    const rnd = randomFrom(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
    const take = <T>(xs: T[]): T => xs.splice(Math.floor(rnd() * xs.length), 1)[0];
    /** A time in the last 300 days, and a next-contact date on or after its day, or none. */
    const when = () => {
      const at = hoursAgo(1 + Math.floor(rnd() * 24 * 300));
      return { at, next: rnd() < 0.3 ? null : addDays(japanDate(new Date(at)), Math.floor(rnd() * 40)) };
    };

    const cases: string[] = [];
    for (let i = 0; i < 6; i++) cases.push(await newCase(`経過 混在${i}`));
    const merged: string[] = [];
    const voided: string[] = [];
    const programId: string = (await sup().post('/programs', { name: '家族教室(混在)', kind: 'family_class' }).expect(201)).body.id;
    const interviews: string[] = [];
    const visits: string[] = [];
    const sessions: string[] = [];
    const attendances: string[] = [];
    /** Each record's case, so that a voided case's records are no longer picked (they are gone with it). */
    const caseOf = new Map<string, string>();

    const always = () => true;
    const actions: Record<string, { possible: () => boolean; run: () => Promise<unknown> }> = {
      'log an interview': {
        possible: always,
        run: async () => {
          const { at, next } = when();
          const method = pick(['phone', 'in_person', 'online']);
          const participants = pick([[], ['client'], ['family'], ['client', 'family'], ['agency']]);
          const res = await coord().post('/interviews', { caseId: pick(cases), method, participants, summary: '記録', heldAt: at, nextContactOn: next }).expect(201);
          interviews.push(res.body.id);
          caseOf.set(res.body.id, res.body.caseId);
        },
      },
      'log an outreach visit': {
        possible: always,
        run: async () => {
          const { at, next } = when();
          const outcome = pick(['met_client', 'met_family', 'no_answer']);
          const res = await coord().post('/outreach-visits', { caseId: pick(cases), outcome, summary: '訪問', visitedAt: at, nextContactOn: next }).expect(201);
          visits.push(res.body.id);
          caseOf.set(res.body.id, res.body.caseId);
        },
      },
      'correct an interview': {
        possible: () => interviews.length > 0,
        run: () => {
          const { at, next } = when();
          const change = pick([
            { heldAt: at, nextContactOn: next },
            { nextContactOn: rnd() < 0.5 ? null : dayFromToday(Math.floor(rnd() * 30)) },
            { method: pick(['phone', 'in_person', 'online']), participants: pick([[], ['client'], ['family', 'agency']]) },
          ]);
          return coord().put(`/interviews/${pick(interviews)}`, change).expect(200);
        },
      },
      'correct an outreach visit': {
        possible: () => visits.length > 0,
        run: () => {
          const { at, next } = when();
          const change = rnd() < 0.7 ? { visitedAt: at, nextContactOn: next } : { outcome: pick(['met_client', 'met_family', 'no_answer']) };
          return coord().put(`/outreach-visits/${pick(visits)}`, change).expect(200);
        },
      },
      'void an interview': { possible: () => interviews.length > 0, run: () => sup().del(`/interviews/${take(interviews)}`, { reason: '誤入力' }).expect(200) },
      'void an outreach visit': { possible: () => visits.length > 0, run: () => sup().del(`/outreach-visits/${take(visits)}`, { reason: '誤入力' }).expect(200) },
      'hold a session': {
        possible: always,
        run: async () => {
          const res = await coord().post('/program-sessions', { programId, heldOn: dayFromToday(-1 - Math.floor(rnd() * 300)) }).expect(201);
          sessions.push(res.body.id);
        },
      },
      'record attendance': {
        possible: () => sessions.length > 0,
        run: async () => {
          const entries = [...new Set([pick(cases), pick(cases)])].map((caseId) => ({ caseId, attendee: 'client' }));
          const res = await coord().post(`/program-sessions/${pick(sessions)}/attendances`, { entries }).expect(201);
          for (const a of res.body) if (!attendances.includes(a.id)) attendances.push(a.id);
          for (const a of res.body) caseOf.set(a.id, a.caseId);
        },
      },
      'move a session to another day': {
        possible: () => sessions.length > 0,
        run: () => coord().put(`/program-sessions/${pick(sessions)}`, { heldOn: dayFromToday(-1 - Math.floor(rnd() * 300)) }).expect(200),
      },
      'void an attendance': { possible: () => attendances.length > 0, run: () => sup().del(`/attendances/${take(attendances)}`, { reason: '誤入力' }).expect(200) },
      // No route voids a session yet; the database keeps the dates whoever writes.
      'void a session': {
        possible: () => sessions.length > 0,
        run: () => inDatabase(s, (db) => db.query(`UPDATE program_sessions SET voided_at = now(), voided_by = $2, void_reason = '中止' WHERE id = $1`, [take(sessions), s.org.users.aSupervisor.id])),
      },
      // As the API's job does each minute: the deltas folded into the counts, the figures unchanged.
      'fold the contact counts': { possible: always, run: () => inDatabase(s, (db) => db.query('SELECT fold_contact_day_deltas()')) },
      'open a case': { possible: () => cases.length < 8, run: async () => cases.push(await newCase(`経過 追加${done.length}`)) },
      // A case voided (entered by mistake), with a record logged to it first: its records count no more.
      'void a case': {
        possible: () => cases.length > 3,
        run: async () => {
          const id = take(cases);
          await coord().post('/interviews', { caseId: id, method: 'phone', participants: ['client'], summary: '記録', heldAt: when().at }).expect(201);
          await sup().del(`/cases/${id}`, { reason: '誤って登録したため' }).expect(200);
          voided.push(id);
          for (const records of [interviews, visits, attendances]) records.splice(0, records.length, ...records.filter((r) => caseOf.get(r) !== id));
        },
      },
      // A duplicate merged into another case: its records and attendance follow the person.
      'merge a duplicate': {
        possible: () => cases.length > 3,
        run: async () => {
          const [survivor, duplicate] = [take(cases), take(cases)];
          await sup().post(`/cases/${survivor}/merge`, { duplicateId: duplicate, reason: '同一人物' }).expect(201);
          cases.push(survivor);
          merged.push(duplicate);
          for (const [record, caseId] of caseOf) if (caseId === duplicate) caseOf.set(record, survivor);
          // The duplicate's attendance at a session the survivor attended too was voided, not moved.
          const current = await inDatabase(s, (db) => db.query(`SELECT id FROM attendances WHERE voided_at IS NULL AND id = ANY($1::uuid[])`, [attendances]));
          attendances.splice(0, attendances.length, ...current.rows.map((r) => r.id));
        },
      },
    };
    const names = Object.keys(actions);
    const done: string[] = [];
    while (done.length < 90) {
      const name = pick(names);
      if (!actions[name].possible()) continue;
      await actions[name].run();
      done.push(name);
      // Which step first left a case wrong, and after which steps.
      expect({ seed, steps: done.length, step: name, drift: await contactDatesDrift(s) }).toEqual({ seed, steps: done.length, step: name, drift: [] });
      expect({ seed, steps: done.length, step: name, counts: await contactCountsDrift(s) }).toEqual({ seed, steps: done.length, step: name, counts: [] });
    }
    for (const name of names) expect({ name, done: done.includes(name) }).toEqual({ name, done: true });

    // And the follow-ups show what the records say; merged duplicates are closed, without records.
    const listed = await followUps();
    const recount = await recountContactDates(s, [...cases, ...merged]);
    for (const id of cases) {
      const r = recount.get(id);
      expect(listed.get(id)).toMatchObject({ lastContactOn: r?.last_contact_on ?? null, nextContactOn: r?.next_contact_on ?? null });
    }
    for (const id of merged) {
      expect(listed.get(id)).toBeUndefined();
      expect(recount.get(id)).toEqual({ id, last_contact_on: null, next_contact_on: null });
    }
  });

  it('stay right when twenty people log to one case at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const caseId = await newCase(`同時 記録${round}`, dayFromToday(-60));
      // Every log promises a different day; the latest one's promise is the one pending.
      const logs = Array.from({ length: 20 }, (_, i) => ({ heldAt: hoursAgo(1 + i * 5 + round), nextContactOn: dayFromToday(1 + i) }));
      // (While the counts' deltas are folded, as the API's job may do at any moment.)
      const folds = Array.from({ length: 5 }, () => inDatabase(s, (db) => db.query('SELECT fold_contact_day_deltas()')));
      const results = await Promise.all(
        [...logs].reverse().map((l) => coord().post('/interviews', { caseId, method: 'phone', summary: '同時に記録', ...l })),
      );
      await Promise.all(folds);
      expect(results.map((r) => r.status)).toEqual(logs.map(() => 201));
      expect(await contactDatesDrift(s)).toEqual([]);
      expect(await contactCountsDrift(s)).toEqual([]);
      expect((await followUps()).get(caseId)).toMatchObject({ nextContactOn: dayFromToday(1), lastContactOn: japanDate(new Date(logs[0].heldAt)) });
    }
  });

  it('stay right when two write to one case at once, or a session moves while its attendance is written, in either order', async () => {
    const url = s.server.database.url;
    const me = s.org.users.aCoordinator.id;
    const interview = (caseId: string, hours: number, next: string) => (db: Client) =>
      db.query(`INSERT INTO interviews (case_id, summary, held_at, method, next_contact_on, created_by) VALUES ($1, '電話', $2, 'phone', $3, $4)`, [caseId, hoursAgo(hours), next, me]);
    for (const latestFirst of [true, false]) {
      const caseId = await newCase(`同時 二人${latestFirst}`, dayFromToday(-60));
      await coord().post('/interviews', { caseId, method: 'phone', summary: '初回', heldAt: hoursAgo(24 * 30) }).expect(201);
      const latest = interview(caseId, 1, dayFromToday(3));
      const earlier = interview(caseId, 48, dayFromToday(9));
      await interleaved(url, latestFirst ? latest : earlier, latestFirst ? earlier : latest);
      expect((await recountContactDates(s, [caseId])).get(caseId)?.next_contact_on).toBe(dayFromToday(3));
      expect(await contactDatesDrift(s)).toEqual([]);
    }

    const programId: string = (await sup().post('/programs', { name: '家族教室(同時)', kind: 'family_class' }).expect(201)).body.id;
    for (const attendanceFirst of [true, false]) {
      const caseId = await newCase(`同時 移動${attendanceFirst}`, dayFromToday(-60));
      const sessionId: string = (await coord().post('/program-sessions', { programId, heldOn: dayFromToday(-20) }).expect(201)).body.id;
      const attend = (db: Client) => db.query(`INSERT INTO attendances (session_id, case_id, attendee, created_by) VALUES ($1, $2, 'client', $3)`, [sessionId, caseId, me]);
      const move = (db: Client) => db.query(`UPDATE program_sessions SET held_on = $2 WHERE id = $1`, [sessionId, dayFromToday(-2)]);
      await interleaved(url, attendanceFirst ? attend : move, attendanceFirst ? move : attend);
      expect((await recountContactDates(s, [caseId])).get(caseId)?.last_contact_on).toBe(dayFromToday(-2));
      expect(await contactDatesDrift(s)).toEqual([]);
    }
  });

  it('stay right when a session moves to another day while its attendance is being recorded', async () => {
    const programId: string = (await sup().post('/programs', { name: '居場所(同時)', kind: 'ibasho' }).expect(201)).body.id;
    const sessionId: string = (await coord().post('/program-sessions', { programId, heldOn: dayFromToday(-20) }).expect(201)).body.id;
    const cases: string[] = [];
    for (let i = 0; i < 8; i++) cases.push(await newCase(`同時 出席${i}`, dayFromToday(-60)));
    const attend = cases.map((caseId) => coord().post('/attendances', { sessionId, caseId, attendee: 'client' }));
    const move = coord().put(`/program-sessions/${sessionId}`, { heldOn: dayFromToday(-2) });
    const results = await Promise.all([...attend.slice(0, 4), move, ...attend.slice(4)]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 200, 201, 201, 201, 201]);
    expect(await contactDatesDrift(s)).toEqual([]);
    const listed = await followUps();
    for (const id of cases) expect(listed.get(id)).toMatchObject({ lastContactOn: dayFromToday(-2), daysSinceContact: 2 });
  });

  it("move a record's count with each correction of its method, participants or outcome, its void, its case's merge and void", async () => {
    // A day long ago that no other test writes to: its counts are this test's alone.
    const at = hoursAgo(24 * 800);
    const day = japanDate(new Date(at));
    const counted = async () =>
      (await inDatabase(s, (db) => db.query(
            `SELECT kind, method, outcome, client, family, agency, sum(n)::int AS n
               FROM (SELECT * FROM contact_day_counts UNION ALL SELECT * FROM contact_day_deltas) k
              WHERE day = $1 GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0 ORDER BY 1, 2, 3`,
            [day],
          ))).rows;
    const row = (kind: string, method: string, outcome: string, who: string[]) =>
      ({ kind, method, outcome, client: who.includes('client'), family: who.includes('family'), agency: who.includes('agency'), n: 1 });
    const [a, b] = [await newCase('集計 変更A', dayFromToday(-900)), await newCase('集計 変更B', dayFromToday(-900))];
    const interview: string = (await coord().post('/interviews', { caseId: a, method: 'phone', participants: ['client'], summary: '電話', heldAt: at }).expect(201)).body.id;
    const visit: string = (await coord().post('/outreach-visits', { caseId: b, outcome: 'no_answer', summary: '不在', visitedAt: at }).expect(201)).body.id;
    expect(await counted()).toEqual([row('interview', 'phone', '', ['client']), row('outreach', 'outreach', 'no_answer', [])]);

    await coord().put(`/interviews/${interview}`, { method: 'in_person', participants: ['family', 'agency'] }).expect(200);
    await coord().put(`/outreach-visits/${visit}`, { outcome: 'met_family' }).expect(200);
    const corrected = [row('interview', 'in_person', '', ['family', 'agency']), row('outreach', 'outreach', 'met_family', ['family'])];
    expect(await counted()).toEqual(corrected);
    await inDatabase(s, (db) => db.query('SELECT fold_contact_day_deltas()'));
    expect(await counted()).toEqual(corrected);

    const extra: string = (await coord().post('/interviews', { caseId: b, method: 'email', summary: 'メール', heldAt: at }).expect(201)).body.id;
    expect(await counted()).toEqual([row('interview', 'email', '', []), ...corrected]);
    await sup().del(`/interviews/${extra}`, { reason: '誤入力' }).expect(200);
    expect(await counted()).toEqual(corrected);

    // Merged: the records follow the person, counted once, on the survivor.
    await sup().post(`/cases/${a}/merge`, { duplicateId: b, reason: '同一人物' }).expect(201);
    expect(await counted()).toEqual(corrected);
    // The survivor voided: none of its records counts.
    await sup().del(`/cases/${a}`, { reason: '誤って登録したため' }).expect(200);
    expect(await counted()).toEqual([]);
    expect(await contactCountsDrift(s)).toEqual([]);
  });
});
