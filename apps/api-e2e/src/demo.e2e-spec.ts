import { login, sqlClient } from '@tsunagu/testing';
import { contactDatesDrift } from './contact-dates';
import { bearer, countRows, Suite, useApi } from './support';

/** The demo accounts' password, as the README gives it. */
const DEMO_PASSWORD = 'tsunagu-demo-2026';

/**
 * The demo of a first `npm start` (the embedded database): a year of each center's work, loaded
 * through the services, in which every demo user's home has something to do.
 */
describe('the demo year', () => {
  const s: Suite = useApi({ TSUNAGU_EMBEDDED_DB: 'true' }, false);
  const signIn = (email: string) => login(s.server.baseUrl, email, DEMO_PASSWORD);
  /** The demo centers' codes and users, as loaded. */
  async function demoUsers(): Promise<Array<{ code: string; email: string }>> {
    const db = await sqlClient(s.server.database.url);
    try {
      return (await db.query(`SELECT c.code, u.email FROM users u JOIN centers c ON c.id = u.center_id ORDER BY c.code, u.email`)).rows;
    } finally {
      await db.end();
    }
  }
  const get = async (token: string, path: string) => {
    const res = await s.http().get(`/api${path}`).set(bearer(token));
    expect(res.status).toBe(200);
    return res.body;
  };

  it('loads 30 to 50 cases per center in every status, with families, consents, contacts and referrals', async () => {
    const codes = [...new Set((await demoUsers()).map((u) => u.code))];
    expect(codes).toEqual(['AOB', 'MNT']);
    for (const code of codes) {
      const center = `center_id = (SELECT id FROM centers WHERE code = '${code}')`;
      const cases = await countRows(s, 'cases', center);
      expect(cases).toBeGreaterThanOrEqual(30);
      expect(cases).toBeLessThanOrEqual(50);
      for (const status of ['intake', 'active', 'paused', 'closed']) expect(await countRows(s, 'cases', `${center} AND status = '${status}'`)).toBeGreaterThan(0);
      expect(await countRows(s, 'cases', `${center} AND client_contact = 'none'`)).toBeGreaterThan(3);
    }
    for (const purpose of ['consultation', 'outreach', 'information_sharing']) expect(await countRows(s, 'consents', `purpose = '${purpose}'`)).toBeGreaterThan(0);
    expect(await countRows(s, 'consents', 'withdrawn_on IS NOT NULL')).toBeGreaterThan(0);
    expect(await countRows(s, 'consents', 'expires_on < CURRENT_DATE')).toBeGreaterThan(0);
    expect(await countRows(s, 'interviews')).toBeGreaterThan(200);
    expect(await countRows(s, 'outreach_visits')).toBeGreaterThan(20);
    expect(await countRows(s, 'attendances')).toBeGreaterThan(20);
    for (const status of ['planned', 'referred', 'accepted', 'declined', 'completed', 'cancelled']) expect(await countRows(s, 'referrals', `status = '${status}'`)).toBeGreaterThan(0);
    expect(await countRows(s, 'disclosures')).toBeGreaterThan(0);
    expect(await countRows(s, 'agencies')).toBeGreaterThanOrEqual(40);
  });

  it('loads a month of first contacts per center: anonymous calls, repeat callers in chains, two that became cases', async () => {
    for (const code of ['AOB', 'MNT']) {
      const center = `center_id = (SELECT id FROM centers WHERE code = '${code}')`;
      expect(await countRows(s, 'inquiries', `${center} AND received_at >= now() - interval '31 days'`)).toBeGreaterThanOrEqual(15);
      expect(await countRows(s, 'inquiries', `${center} AND caller_name IS NULL AND nickname IS NULL AND caller_number IS NULL`)).toBeGreaterThan(5);
      expect(await countRows(s, 'inquiry_chains', `${center} AND (SELECT count(*) FROM inquiries i WHERE i.chain_id = inquiry_chains.id) > 1`)).toBeGreaterThanOrEqual(3);
      expect(await countRows(s, 'inquiry_chains', `${center} AND case_id IS NOT NULL`)).toBe(2);
      // The cases they became show the earlier calls, and have been worked on since.
      expect(await countRows(s, 'interviews', `case_id IN (SELECT case_id FROM inquiry_chains WHERE ${center} AND case_id IS NOT NULL)`)).toBe(2);
    }
  });

  it('loads the support process per center: assessment histories, plans with a review, an internal review and a 支援会議', async () => {
    for (const code of ['AOB', 'MNT']) {
      const cases = `case_id IN (SELECT id FROM cases WHERE center_id = (SELECT id FROM centers WHERE code = '${code}'))`;
      expect(await countRows(s, 'assessments', cases)).toBeGreaterThanOrEqual(8);
      expect(await countRows(s, 'support_plans', cases)).toBeGreaterThanOrEqual(4);
      expect(await countRows(s, 'support_plan_reviews', `plan_id IN (SELECT id FROM support_plans WHERE ${cases})`)).toBe(1);
      const center = `center_id = (SELECT id FROM centers WHERE code = '${code}')`;
      expect(await countRows(s, 'case_conferences', `${center} AND kind = 'internal'`)).toBe(1);
      expect(await countRows(s, 'case_conferences', `${center} AND kind = 'welfare_act_meeting' AND jsonb_array_length(outside_attendees) = 2`)).toBe(1);
      expect(await countRows(s, 'disclosures', `conference_id IN (SELECT id FROM case_conferences WHERE ${center})`)).toBe(4);
    }
  });

  it("keeps every case's last contact and next-contact date with the records it loaded", async () => {
    expect(await countRows(s, 'case_contact_dates', 'last_contact_on IS NOT NULL')).toBeGreaterThan(0);
    expect(await contactDatesDrift(s)).toEqual([]);
  });

  it("gives every demo user's home something to do", async () => {
    const users = await demoUsers();
    expect(users).toHaveLength(8);
    for (const user of users) {
      const { token, role } = await signIn(user.email);
      if (role === 'coordinator') {
        const followUps: Array<{ followUp: string; noContactBand: number | null }> = await get(token, '/follow-ups?range=[0,99]');
        expect(followUps.some((f) => f.followUp === 'due')).toBe(true);
        expect(followUps.some((f) => f.followUp === 'overdue')).toBe(true);
        expect(followUps.some((f) => f.noContactBand !== null)).toBe(true);
      } else if (role === 'supervisor') {
        const cases: Array<{ closureRequested: boolean; status: string }> = await get(token, '/cases?range=[0,99]');
        expect(cases.some((c) => c.closureRequested && c.status !== 'closed')).toBe(true);
        const caseload = await get(token, '/reports/caseload');
        expect(caseload.totals.noContact30).toBeGreaterThan(0);
      } else {
        const waiting: unknown[] = await get(token, `/referrals?filter=${encodeURIComponent(JSON.stringify({ status: 'referred' }))}`);
        expect(waiting.length).toBeGreaterThan(0);
      }
    }
  });
});
