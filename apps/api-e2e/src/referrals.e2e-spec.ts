import { japanDate } from '@tsunagu/contracts';
import { sqlClient } from '@tsunagu/testing';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

describe('referrals and disclosures', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const staff = () => as(s, s.org.users.aStaff);
  const sup = () => as(s, s.org.users.aSupervisor);
  let caseId: string;
  let motherId: string;
  let saposute: string;
  let hoken: string;

  beforeAll(async () => {
    caseId = (await coord().post('/cases', { clientName: '紹介 確認', birthYear: 1990 })).body.id;
    motherId = (await coord().post('/family-members', { caseId, relationship: 'mother', name: '紹介 母' })).body.id;
    saposute = (await staff().post('/agencies', { name: 'みなと地域若者サポートステーション', type: 'youth_support_station' })).body.id;
    hoken = (await staff().post('/agencies', { name: 'みなと保健所', type: 'public_health_center' })).body.id;
  });

  const plan = async (body: object = {}) => {
    const res = await staff().post('/referrals', { caseId, agencyId: saposute, subject: 'client', reason: '就労に向けた相談を本人が希望', ...body });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number; status: string };
  };
  const send = (id: string, body: object = {}, who = staff()) => who.put(`/referrals/${id}`, { status: 'referred', ...body });
  const disclosuresOf = (referralId: string) => countRows(s, 'disclosures', `referral_id = '${referralId}'`);

  describe('the consent gate', () => {
    it('refuses to send with no consent, writing nothing', async () => {
      const r = await plan();
      const res = await send(r.id);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('DISCLOSURE_CONSENT_REQUIRED');
      expect((await staff().get(`/referrals/${r.id}`)).body).toMatchObject({ status: 'planned', referredOn: null, version: r.version });
      expect(await disclosuresOf(r.id)).toBe(0);
    });

    it('refuses a consent naming another agency, from another subject, expired or withdrawn', async () => {
      const r = await plan({ plannedOn: dayFromToday(-3) });
      await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'information_sharing', agencyId: hoken, categories: ['basic'], method: 'written', givenOn: dayFromToday(-3) }).expect(201);
      expect((await send(r.id)).status).toBe(422);
      await coord().post('/consents', { caseId, givenBy: 'family', familyMemberId: motherId, purpose: 'information_sharing', agencyId: saposute, categories: ['basic'], method: 'written', givenOn: dayFromToday(-3) }).expect(201);
      expect((await send(r.id)).status).toBe(422);
      await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'information_sharing', agencyId: saposute, categories: ['basic'], method: 'written', givenOn: dayFromToday(-60), expiresOn: dayFromToday(-1) }).expect(201);
      expect((await send(r.id)).status).toBe(422);
      const w = (await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'information_sharing', agencyId: saposute, categories: ['basic'], method: 'written', givenOn: dayFromToday(-5) })).body;
      await coord().post(`/consents/${w.id}/withdraw`, { withdrawnOn: japanDate(), reason: '本人が取り下げ' }).expect(200);
      expect((await send(r.id)).status).toBe(422);
      expect(await disclosuresOf(r.id)).toBe(0);
      // ...but a send dated before the withdrawal was covered then.
      const earlier = await send(r.id, { stepOn: dayFromToday(-1) });
      expect(earlier.status).toBe(200);
      expect(await disclosuresOf(r.id)).toBe(1);
    });

    it("sends with the subject's active consent, writing exactly one disclosure in the same transaction", async () => {
      const consent = (await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'information_sharing', agencyId: saposute, categories: ['basic', 'work_school'], method: 'written', givenOn: dayFromToday(-2) })).body;
      const r = await plan({ accompanied: true });
      const res = await send(r.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'referred', referredOn: japanDate(), accompanied: true });
      const d = await staff().get(`/disclosures?filter=${encodeURIComponent(JSON.stringify({ referralId: r.id }))}`);
      expect(d.body).toHaveLength(1);
      expect(d.body[0]).toMatchObject({ caseId, agencyId: saposute, basis: 'consent', consentId: consent.id, categories: ['basic', 'work_school'], disclosedOn: japanDate(), disclosedBy: s.org.users.aStaff.id });
      // Saving the same step again changes nothing and discloses nothing more.
      expect((await send(r.id)).status).toBe(200);
      expect(await disclosuresOf(r.id)).toBe(1);
    });

    it('refuses to share categories the consent does not cover', async () => {
      const r = await plan();
      const res = await send(r.id, { categories: ['basic', 'health_disability'] });
      expect(res.status).toBe(422);
      expect(res.body.message).toBe('The consent does not cover: health_disability');
      expect(await disclosuresOf(r.id)).toBe(0);
    });

    it("covers a family member's referral only with that family member's consent", async () => {
      const r = await plan({ subject: 'family', familyMemberId: motherId, agencyId: hoken });
      expect((await send(r.id)).status).toBe(422);
      await coord().post('/consents', { caseId, givenBy: 'family', familyMemberId: motherId, purpose: 'information_sharing', agencyId: hoken, categories: ['basic'], method: 'verbal', givenOn: japanDate() }).expect(201);
      expect((await send(r.id)).status).toBe(200);
    });
  });

  describe('other legal bases', () => {
    it('are for a supervisor only, and need a written reason', async () => {
      const other = (await coord().post('/cases', { clientName: '緊急 確認' })).body.id;
      const r = (await staff().post('/referrals', { caseId: other, agencyId: hoken, subject: 'client', reason: '自傷の危険' })).body;
      expect((await send(r.id, { basis: 'vital_interest', basisReason: '生命の危険', categories: ['basic', 'health_disability'] })).status).toBe(403);
      const noReason = await send(r.id, { basis: 'vital_interest', categories: ['basic'] }, sup());
      expect(noReason.status).toBe(422);
      expect(noReason.body.code).toBe('DISCLOSURE_REASON_REQUIRED');
      const noCategories = await send(r.id, { basis: 'support_meeting', basisReason: '支援会議(社会福祉法106条の6)で共有' }, sup());
      expect(noCategories.status).toBe(400);
      expect(await disclosuresOf(r.id)).toBe(0);
      const ok = await send(r.id, { basis: 'vital_interest', basisReason: '本人の生命の危険があり同意を得られない', categories: ['basic', 'health_disability'] }, sup());
      expect(ok.status).toBe(200);
      const d = await sup().get(`/disclosures?filter=${encodeURIComponent(JSON.stringify({ referralId: r.id }))}`);
      expect(d.body[0]).toMatchObject({ basis: 'vital_interest', consentId: null, reason: '本人の生命の危険があり同意を得られない', disclosedBy: s.org.users.aSupervisor.id });
    });
  });

  describe('lifecycle', () => {
    it('follows planned → referred → accepted → completed, and refuses illegal moves with 422', async () => {
      const r = await plan();
      expect((await staff().put(`/referrals/${r.id}`, { status: 'accepted' })).status).toBe(422);
      expect((await staff().put(`/referrals/${r.id}`, { status: 'completed' })).status).toBe(422);
      expect((await send(r.id)).status).toBe(200);
      expect((await staff().put(`/referrals/${r.id}`, { status: 'planned' })).status).toBe(422);
      const accepted = await staff().put(`/referrals/${r.id}`, { status: 'accepted', feedback: '面談日程を調整済み' });
      expect(accepted.body).toMatchObject({ status: 'accepted', respondedOn: japanDate(), feedback: '面談日程を調整済み' });
      expect((await staff().put(`/referrals/${r.id}`, { status: 'declined' })).status).toBe(422);
      const done = await staff().put(`/referrals/${r.id}`, { status: 'completed' });
      expect(done.body).toMatchObject({ status: 'completed', closedOn: japanDate() });
      expect((await staff().put(`/referrals/${r.id}`, { status: 'cancelled' })).status).toBe(422);
    });

    it('lets a planned or referred referral be declined or cancelled, and refuses basis fields outside a send', async () => {
      const a = await plan();
      expect((await staff().put(`/referrals/${a.id}`, { status: 'cancelled' })).body.status).toBe('cancelled');
      const b = await plan();
      await send(b.id).expect(200);
      expect((await staff().put(`/referrals/${b.id}`, { status: 'declined', feedback: '対象年齢外' })).body.status).toBe('declined');
      const c = await plan();
      expect((await staff().put(`/referrals/${c.id}`, { basis: 'vital_interest' })).status).toBe(422);
      expect((await staff().put(`/referrals/${c.id}`, { status: 'referred', stepOn: dayFromToday(2) })).status).toBe(400);
    });

    it('shows each step on the case timeline, also for staff', async () => {
      const timeline = await staff().get(`/cases/${caseId}/timeline?range=[0,199]&filter=${encodeURIComponent('{"kind":"referral"}')}`);
      expect(timeline.status).toBe(200);
      const details = timeline.body.map((e: { detail: string }) => e.detail);
      expect(details).toEqual(expect.arrayContaining(['planned', 'referred', 'accepted', 'completed', 'declined', 'cancelled']));
      expect(timeline.body[0].title).toMatch(/サポートステーション|保健所/);
    });
  });

  describe('the disclosure record', () => {
    it('is append-only in the database and has no route to change it', async () => {
      const all = await sup().get('/disclosures?range=[0,99]');
      const id = all.body[0].id;
      expect((await sup().put(`/disclosures/${id}`, { reason: 'x' })).status).toBe(404);
      expect((await sup().del(`/disclosures/${id}`, { reason: 'x' })).status).toBe(404);
      const db = await sqlClient(s.server.database.url);
      try {
        await expect(db.query(`UPDATE disclosures SET reason = 'x'`)).rejects.toThrow(/append-only/);
        await expect(db.query(`DELETE FROM disclosures`)).rejects.toThrow(/append-only/);
      } finally {
        await db.end();
      }
    });

    it('leaves neither the move nor the disclosure when the transaction fails', async () => {
      // A duplicate disclosure for the same referral violates a unique index inside the transaction.
      const consent = await coord().get(`/consents?filter=${encodeURIComponent(JSON.stringify({ caseId, agencyId: saposute, givenBy: 'client' }))}&sort=["givenOn","DESC"]`);
      const active = consent.body.find((k: { state: string }) => k.state === 'active');
      const r = await plan();
      const db = await sqlClient(s.server.database.url);
      try {
        await db.query(
          `INSERT INTO disclosures (case_id, agency_id, referral_id, basis, consent_id, categories, disclosed_on, disclosed_by)
           VALUES ($1, $2, $3, 'consent', $4, '{basic}', $5, $6)`,
          [caseId, saposute, r.id, active.id, japanDate(), s.org.users.aStaff.id],
        );
      } finally {
        await db.end();
      }
      const res = await send(r.id);
      expect(res.status).toBe(409);
      expect((await staff().get(`/referrals/${r.id}`)).body).toMatchObject({ status: 'planned', referredOn: null });
      expect(await disclosuresOf(r.id)).toBe(1);
      expect(await countRows(s, 'referral_steps', `referral_id = '${r.id}'`)).toBe(1);
    });

    it('records a case-conference disclosure under a case-conference consent', async () => {
      expect((await staff().post('/disclosures', { caseId, agencyId: hoken, basis: 'consent', categories: ['basic'] })).status).toBe(422);
      await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'case_conference', method: 'written', givenOn: japanDate() }).expect(201);
      const ok = await staff().post('/disclosures', { caseId, agencyId: hoken, basis: 'consent', categories: ['basic'] });
      expect(ok.status).toBe(201);
    });
  });

  describe('access', () => {
    it('gives staff the referral view of cases but no contact records or notes (404), and nothing of another center', async () => {
      const i = (await coord().post('/interviews', { caseId, method: 'phone', summary: '電話', confidentialNote: '秘密' })).body.id;
      expect((await staff().get(`/interviews/${i}`)).status).toBe(404);
      expect((await staff().get(`/interviews?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`)).body).toEqual([]);
      const c = await staff().get(`/cases/${caseId}`);
      expect(c.body).not.toHaveProperty('chiefConcern');
      const bStaff = as(s, s.org.users.bStaff);
      expect((await bStaff.get(`/referrals?range=[0,99]`)).body).toEqual([]);
      const any = (await staff().get('/referrals?range=[0,0]')).body[0].id;
      expect((await bStaff.get(`/referrals/${any}`)).status).toBe(404);
      expect((await bStaff.get(`/disclosures?range=[0,99]`)).body).toEqual([]);
      expect((await bStaff.post('/referrals', { caseId, agencyId: saposute, subject: 'client', reason: 'x' })).status).toBe(404);
    });

    it('lists open referrals waiting for feedback, oldest first', async () => {
      const res = await staff().get(`/referrals?filter=${encodeURIComponent('{"status":"referred"}')}&sort=${encodeURIComponent('["referredOn","ASC"]')}`);
      expect(res.status).toBe(200);
      const dates = res.body.map((r: { referredOn: string }) => r.referredOn);
      expect(dates).toEqual([...dates].sort());
      expect(res.body.every((r: { status: string }) => r.status === 'referred')).toBe(true);
    });
  });
});
