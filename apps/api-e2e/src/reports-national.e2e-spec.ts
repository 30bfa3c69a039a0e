import request from 'supertest';
import type { Client } from 'pg';
import { fiscalYear, japanDate } from '@tsunagu/contracts';
import { BOOTSTRAP_ADMIN, countsAt, login, seedNational, sqlClient, startApiServer, type ApiServer } from '@tsunagu/testing';

type Figures = { [key: string]: number | string | Figures };

/** Every count of a report (its numeric leaves, by path), summed over several reports. */
function sumOf(reports: Figures[]): Map<string, number> {
  const sums = new Map<string, number>();
  const walk = (node: Figures, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'number') sums.set(`${path}${key}`, (sums.get(`${path}${key}`) ?? 0) + value);
      else if (typeof value === 'object' && value !== null) walk(value, `${path}${key}.`);
    }
  };
  reports.forEach((r) => walk(r, ''));
  return sums;
}

/**
 * The administrator's activity report of every center reaches the records by the period, a
 * center's report case by case (see `Reach` in libs/api/reports). Every figure of the report
 * belongs to one center (a case, a chain of first contacts, a program session and a conference
 * each belong to one), so the national report must be, figure for figure, the sum of the centers'
 * own: on a random national dataset (the benchmark's generator, with records, sessions,
 * conferences and cases voided and cases merged), over a month, a fiscal year, a past window and
 * ten years.
 */
describe('the national activity report', () => {
  let server: ApiServer;
  let db: Client;
  let admin: string;
  const today = japanDate();
  const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const periods = [
    { from: `${today.slice(0, 7)}-01`, to: today },
    { from: `${fiscalYear(today)}-04-01`, to: today },
    { from: shift(-400), to: shift(-300) },
    { from: shift(-3650), to: today },
  ];

  beforeAll(async () => {
    server = await startApiServer();
    db = await sqlClient(server.database.url);
    // Nobody signs in as the generated staff here: their password hash is never checked.
    await seedNational(db, countsAt(0.002), 'not-a-password-hash', () => undefined);
    // What the reports must leave out: voided records, sessions, conferences and cases, and duplicates merged into another case.
    const voided = `voided_at = now(), voided_by = (SELECT id FROM users WHERE role = 'supervisor' LIMIT 1), void_reason = '誤入力'`;
    for (const table of ['interviews', 'outreach_visits', 'attendances', 'program_sessions', 'referrals', 'case_conferences', 'inquiries']) {
      await db.query(`UPDATE ${table} SET ${voided} WHERE random() < 0.05`);
    }
    await db.query(`UPDATE cases SET ${voided} WHERE random() < 0.02`);
    await db.query(
      `UPDATE cases d SET merged_into_id = k.id, status = 'closed', closure_reason = 'duplicate', closed_on = coalesce(d.closed_on, d.opened_on)
         FROM (SELECT DISTINCT ON (center_id) id, center_id FROM cases WHERE voided_at IS NULL ORDER BY center_id, case_number) k
        WHERE k.center_id = d.center_id AND k.id <> d.id AND d.voided_at IS NULL AND random() < 0.01`,
    );
    await db.query('ANALYZE');
    admin = (await login(server.baseUrl, BOOTSTRAP_ADMIN.email, BOOTSTRAP_ADMIN.password)).token;
  }, 180_000);

  afterAll(async () => {
    await db?.end();
    await server?.stop();
  });

  const report = async (query: string): Promise<Figures> =>
    (await request(server.baseUrl).get(`/api/reports/activity?${query}`).set('Authorization', `Bearer ${admin}`).expect(200)).body;

  it("is every center's report summed, figure for figure", async () => {
    const centers = (await db.query(`SELECT id FROM centers ORDER BY code`)).rows.map((r) => r.id as string);
    expect(centers.length).toBeGreaterThan(1);
    const counted: number[] = [];
    for (const { from, to } of periods) {
      const national = await report(`from=${from}&to=${to}`);
      const each = await Promise.all(centers.map((id) => report(`from=${from}&to=${to}&centerId=${id}`)));
      expect(Object.fromEntries(sumOf([national]))).toEqual(Object.fromEntries(sumOf(each)));
      counted.push(national['totalContacts'] as number);
    }
    // (A week of a small random dataset may hold no contact; ten years hold thousands.)
    expect(counted[periods.length - 1]).toBeGreaterThan(1000);
  });
});
