import { as, countRows, dayFromToday, Suite, useApi } from './support';

type Conference = { id: string; version: number; cases: Array<{ caseId: string; caseNumber: string; decision: string | null }>; categories: string[] } & Record<string, unknown>;

/** ケース会議・支援会議: each kind's basis for sharing with outside members, the disclosure records, who sees what. */
describe('case conferences', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const filter = (f: object) => `?filter=${encodeURIComponent(JSON.stringify(f))}`;
  let caseA: string;
  let caseB: string;
  let saposute: string;
  let welfare: string;

  const disclosures = (where = 'true') => countRows(s, 'disclosures', `conference_id IS NOT NULL AND ${where}`);
  const conferences = () => countRows(s, 'case_conferences');
  const member = (name: string, agencyId: string, pledgedOn: string | null = dayFromToday(-1)) => ({ name, agencyId, role: '相談員', pledgedOn });
  const meeting = (over: object = {}) => ({
    kind: 'welfare_act_meeting',
    title: '令和8年度 第3回 支援会議',
    heldOn: dayFromToday(0),
    cases: [{ caseId: caseA, decision: 'サポステ見学を提案する' }, { caseId: caseB }],
    internalAttendeeIds: [s.org.users.aSupervisor.id, s.org.users.aCoordinator.id],
    outsideAttendees: [member('山本 和子', saposute), member('佐々木 健', welfare)],
    categories: ['basic', 'work_school'],
    papers: 'ケース概要票（2部）',
    papersCollected: true,
    ...over,
  });

  beforeAll(async () => {
    caseA = (await coord().post('/cases', { clientName: '会議 一郎', openedOn: dayFromToday(-100) }).expect(201)).body.id;
    caseB = (await coord2().post('/cases', { clientName: '会議 二子', openedOn: dayFromToday(-100) }).expect(201)).body.id;
    const staff = as(s, s.org.users.aStaff);
    saposute = (await staff.post('/agencies', { name: '会議サポステ', type: 'youth_support_station' }).expect(201)).body.id;
    welfare = (await staff.post('/agencies', { name: '会議福祉課', type: 'municipal_office' }).expect(201)).body.id;
  });

  describe('a statutory 支援会議', () => {
    it('needs every outside member’s pledge by the meeting, and writes nothing without it', async () => {
      const missing = await sup().post('/case-conferences', meeting({ outsideAttendees: [member('山本 和子', saposute), member('佐々木 健', welfare, null)] }));
      expect(missing.status).toBe(422);
      expect(missing.body.code).toBe('CONFERENCE_PLEDGE_REQUIRED');
      expect(missing.body.message).toContain('佐々木 健');
      const late = await sup().post('/case-conferences', meeting({ heldOn: dayFromToday(-3), outsideAttendees: [member('山本 和子', saposute, dayFromToday(-1))] }));
      expect(late.status).toBe(422);
      expect(await conferences()).toBe(0);
      expect(await disclosures()).toBe(0);
    });

    it('is recorded by a supervisor with one disclosure record per case and agency, on the legal basis, in the same transaction', async () => {
      const res = await sup().post('/case-conferences', meeting());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'welfare_act_meeting', papersCollected: true, categories: ['basic', 'work_school'] });
      expect(res.body.cases.map((c: Conference['cases'][number]) => [c.caseId, c.decision])).toEqual(
        expect.arrayContaining([
          [caseA, 'サポステ見学を提案する'],
          [caseB, null],
        ]),
      );
      expect(await disclosures(`conference_id = '${res.body.id}' AND basis = 'support_meeting'`)).toBe(4);
      for (const [c, a] of [[caseA, saposute], [caseA, welfare], [caseB, saposute], [caseB, welfare]]) {
        expect(await disclosures(`conference_id = '${res.body.id}' AND case_id = '${c}' AND agency_id = '${a}'`)).toBe(1);
      }
      const shown = (await sup().get(`/disclosures${filter({ caseId: caseA })}`).expect(200)).body;
      expect(shown.filter((d: { conferenceId: string | null }) => d.conferenceId === res.body.id)).toHaveLength(2);
    });

    it('is not a coordinator’s to record with outside members (sharing on a legal basis is the supervisor’s)', async () => {
      const before = await disclosures();
      const res = await coord().post('/case-conferences', meeting({ cases: [{ caseId: caseA }] }));
      expect(res.status).toBe(403);
      expect(await disclosures()).toBe(before);
    });
  });

  describe('a consent-based meeting', () => {
    let consentId: string;
    const consentMeeting = (over: object = {}) =>
      meeting({ kind: 'consent_based', cases: [{ caseId: caseA }], outsideAttendees: [member('山本 和子', saposute, null)], categories: ['basic'], ...over });

    it('needs the case’s active case-conference consent, and writes nothing without it', async () => {
      const before = { conferences: await conferences(), disclosures: await disclosures() };
      const res = await coord().post('/case-conferences', consentMeeting());
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('DISCLOSURE_CONSENT_REQUIRED');
      expect({ conferences: await conferences(), disclosures: await disclosures() }).toEqual(before);
    });

    it('refuses a consent that names another agency, has expired or was withdrawn', async () => {
      const wrong = await coord().post('/consents', { caseId: caseA, method: 'written', givenOn: dayFromToday(-10), givenBy: 'client', purpose: 'case_conference', agencyId: welfare });
      expect(wrong.status).toBe(201);
      expect((await coord().post('/case-conferences', consentMeeting())).body.code).toBe('DISCLOSURE_CONSENT_AGENCY');
      await sup().del(`/consents/${wrong.body.id}`, { reason: '機関の誤り' }).expect(200);

      const expired = await coord().post('/consents', { caseId: caseA, method: 'written', givenOn: dayFromToday(-60), expiresOn: dayFromToday(-1), givenBy: 'client', purpose: 'case_conference' });
      expect(expired.status).toBe(201);
      expect((await coord().post('/case-conferences', consentMeeting())).body.code).toBe('DISCLOSURE_CONSENT_REQUIRED');

      const given = await coord().post('/consents', { caseId: caseA, method: 'written', givenOn: dayFromToday(-5), givenBy: 'client', purpose: 'case_conference' });
      consentId = given.body.id;
      await coord().post(`/consents/${consentId}/withdraw`, { withdrawnOn: dayFromToday(0), reason: '本人の希望' }).expect(200);
      expect((await coord().post('/case-conferences', consentMeeting())).body.code).toBe('DISCLOSURE_CONSENT_REQUIRED');
      expect(await disclosures(`basis = 'consent'`)).toBe(0);
    });

    it('shares under an active consent, naming it on the disclosure record', async () => {
      const given = await coord().post('/consents', { caseId: caseA, method: 'written', givenOn: dayFromToday(-2), givenBy: 'client', purpose: 'case_conference', agencyId: saposute });
      const res = await coord().post('/case-conferences', consentMeeting());
      expect(res.status).toBe(201);
      expect(await disclosures(`conference_id = '${res.body.id}' AND basis = 'consent' AND consent_id = '${given.body.id}'`)).toBe(1);
      // Naming nothing shares what the consent names; a consent naming nothing needs the meeting to name it.
      const listed = await coord2().post('/consents', { caseId: caseB, method: 'written', givenOn: dayFromToday(-2), givenBy: 'client', purpose: 'case_conference', categories: ['health_disability'] });
      expect(listed.status).toBe(201);
      const named = await coord2().post('/case-conferences', consentMeeting({ cases: [{ caseId: caseB }], categories: [] }));
      expect(named.status).toBe(201);
      expect(named.body.categories).toEqual(['health_disability']);
      expect(await disclosures(`conference_id = '${named.body.id}' AND categories = '{health_disability}'`)).toBe(1);
      // Voided, it leaves the lists; what reached the agency stays on record.
      await sup().del(`/case-conferences/${named.body.id}`, { reason: '確認用の記録' }).expect(200);
      expect((await coord2().get(`/case-conferences/${named.body.id}`)).status).toBe(404);
      expect(await disclosures(`conference_id = '${named.body.id}'`)).toBe(1);
      const unnamed = await coord().post('/case-conferences', consentMeeting({ categories: [] }));
      expect(unnamed.status).toBe(400);
      expect(unnamed.body.code).toBe('DISCLOSURE_CATEGORIES');
    });
  });

  describe('an internal case review', () => {
    it('has no outside members and shares nothing', async () => {
      const outside = await coord().post('/case-conferences', meeting({ kind: 'internal', cases: [{ caseId: caseA }] }));
      expect(outside.status).toBe(400);
      expect(outside.body.code).toBe('CONFERENCE_ATTENDEES');
      const before = await disclosures();
      const res = await coord().post('/case-conferences', meeting({ kind: 'internal', cases: [{ caseId: caseA }], outsideAttendees: [], categories: [] }));
      expect(res.status).toBe(201);
      expect(await disclosures()).toBe(before);
    });
  });

  describe('who sees what', () => {
    it('shows a coordinator the conferences of their cases, with only their cases’ decisions; others get nothing', async () => {
      const mine = (await coord().get(`/case-conferences${filter({ kind: 'welfare_act_meeting' })}`).expect(200)).body as Conference[];
      expect(mine).toHaveLength(1);
      expect(mine[0].cases.map((c) => c.caseId)).toEqual([caseA]);
      const theirs = (await coord2().get(`/case-conferences/${mine[0].id}`).expect(200)).body as Conference;
      expect(theirs.cases.map((c) => c.caseId)).toEqual([caseB]);
      expect(((await sup().get(`/case-conferences/${mine[0].id}`).expect(200)).body as Conference).cases).toHaveLength(2);
      const onlyA = (await coord().get(`/case-conferences${filter({ kind: 'consent_based' })}`).expect(200)).body as Conference[];
      expect((await coord2().get(`/case-conferences/${onlyA[0].id}`)).status).toBe(404);
      expect((await as(s, s.org.users.bSupervisor).get(`/case-conferences/${mine[0].id}`)).status).toBe(404);
      expect((await as(s, s.org.users.bSupervisor).get('/case-conferences')).body).toEqual([]);
      for (const who of [s.org.users.aStaff, s.org.admin]) expect((await as(s, who).get('/case-conferences')).status).toBe(403);
    });

    it('lets a coordinator record the decisions of their own cases only, from the whole record, and refuses a stale version', async () => {
      const [k] = (await coord().get(`/case-conferences${filter({ kind: 'welfare_act_meeting' })}`).expect(200)).body as Conference[];
      const res = await coord().put(`/case-conferences/${k.id}`, { ...k, cases: [{ ...k.cases[0], decision: '見学日を本人と決める' }], nextReviewOn: dayFromToday(90) });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: k.version + 1, nextReviewOn: dayFromToday(90), cases: [{ caseId: caseA, decision: '見学日を本人と決める' }] });
      const other = await coord().put(`/case-conferences/${k.id}`, { cases: [{ caseId: caseB, decision: '他人のケース' }] });
      expect(other.status).toBe(400);
      expect((await coord().put(`/case-conferences/${k.id}`, { ...k, papers: '古い版から' })).status).toBe(409);
      const all = ((await sup().get(`/case-conferences/${k.id}`).expect(200)).body as Conference).cases;
      expect(all.find((c) => c.caseId === caseB)?.decision).toBeNull();
    });
  });

  it('counts the conferences in the activity report: by kind, the cases discussed, the agencies that attended by type', async () => {
    const report = (await sup().get(`/reports/activity?from=${dayFromToday(-30)}&to=${dayFromToday(0)}`).expect(200)).body;
    expect(report.conferences.byKind).toEqual({ internal: 1, welfare_act_meeting: 1, poverty_act_meeting: 0, consent_based: 1 });
    expect(report.conferences.casesDiscussed).toBe(2);
    expect(report.conferences.outsideAgenciesByType).toMatchObject({ youth_support_station: 2, municipal_office: 1 });
    // A coordinator's statistics count only the conferences on their own cases.
    const mine = (await coord2().get(`/reports/activity?from=${dayFromToday(-30)}&to=${dayFromToday(0)}`).expect(200)).body;
    expect(mine.conferences).toMatchObject({ byKind: { welfare_act_meeting: 1, consent_based: 0, internal: 0 }, casesDiscussed: 1 });
  });
});
