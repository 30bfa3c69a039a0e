import { japanDate } from '@tsunagu/contracts';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('contact records', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const staff = () => as(s, s.org.users.aStaff);
  const foreign = () => as(s, s.org.users.bSupervisor);
  let caseId: string;
  let motherId: string;

  beforeAll(async () => {
    caseId = (await coord().post('/cases', { clientName: '記録 確認', birthYear: 1978 })).body.id;
    motherId = (await coord().post('/family-members', { caseId, relationship: 'mother', name: '記録 母', birthYear: 1949 })).body.id;
  });

  describe('interviews', () => {
    it('logs a phone call with the mother with sensible defaults (now, you as staff, family as participant)', async () => {
      const res = await coord().post('/interviews', { caseId, method: 'phone', familyMemberIds: [motherId], durationMinutes: 20, summary: '母より電話。本人は変わらず自室。', nextContactOn: dayFromToday(7) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ caseId, method: 'phone', participants: ['family'], staffIds: [s.org.users.aCoordinator.id], createdBy: s.org.users.aCoordinator.id });
      expect(Date.now() - Date.parse(res.body.heldAt)).toBeLessThan(60_000);
    });

    it('shows on the timeline who took part, the family by relationship, and how long', async () => {
      const res = await coord().post('/interviews', { caseId, method: 'in_person', familyMemberIds: [motherId], participants: ['client'], durationMinutes: 50, summary: '本人と母が来所' });
      const timeline = await coord().get(`/cases/${caseId}/timeline?range=[0,99]`);
      expect(timeline.body.find((e: { recordId: string }) => e.recordId === res.body.id)).toMatchObject({
        participants: ['client', 'family'],
        familyRelationships: ['mother'],
        durationMinutes: 50,
      });
      expect(timeline.body.find((e: { kind: string }) => e.kind === 'status_change')).toMatchObject({ participants: [], familyRelationships: [], durationMinutes: null });
    });

    it('refuses a future time, a family member of another case, and staff of another center', async () => {
      const future = await coord().post('/interviews', { caseId, method: 'phone', summary: 'x', heldAt: new Date(Date.now() + 86_400_000).toISOString() });
      expect(future.status).toBe(400);
      expect(future.body.message).toEqual(['heldAt cannot be in the future']);
      const other = (await coord().post('/cases', { clientName: '他 ケース' })).body.id;
      const otherMother = (await coord().post('/family-members', { caseId: other, relationship: 'mother', name: '他 母' })).body.id;
      const wrongFamily = await coord().post('/interviews', { caseId, method: 'phone', summary: 'x', familyMemberIds: [otherMother] });
      expect([wrongFamily.status, wrongFamily.body.message]).toEqual([400, 'familyMemberIds must name family members of this case']);
      const unknownFamily = await coord().post('/interviews', { caseId, method: 'phone', summary: 'x', familyMemberIds: ['00000000-0000-4000-8000-000000000000'] });
      expect(unknownFamily.status).toBe(400);
      const wrongStaff = await coord().post('/interviews', { caseId, method: 'phone', summary: 'x', staffIds: [s.org.users.bCoordinator.id] });
      expect([wrongStaff.status, wrongStaff.body.message]).toEqual([400, 'staffIds must name active staff of this center']);
    });
  });

  describe('outreach visits need an outreach consent active on the visit date', () => {
    let visitCase: string;
    let mother: string;
    beforeAll(async () => {
      visitCase = (await coord().post('/cases', { clientName: '訪問 確認', openedOn: dayFromToday(-60) })).body.id;
      mother = (await coord().post('/family-members', { caseId: visitCase, relationship: 'mother', name: '訪問 母' })).body.id;
    });
    const visit = (body: object = {}) => coord().post('/outreach-visits', { caseId: visitCase, outcome: 'met_family', location: 'doorstep', summary: '玄関先で母と話した。', ...body });

    it('is refused without any consent, with a message a coordinator understands', async () => {
      const res = await visit();
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('OUTREACH_CONSENT_REQUIRED');
      expect(res.body.message).toMatch(/needs an outreach consent .* active on the visit date/);
      expect(await countRows(s, 'outreach_visits', `case_id = '${visitCase}'`)).toBe(0);
    });

    it('is refused with a consent for another purpose, an expired one, or one given after the visit', async () => {
      await coord().post('/consents', { caseId: visitCase, givenBy: 'family', familyMemberId: mother, purpose: 'consultation', method: 'verbal', givenOn: dayFromToday(-10) }).expect(201);
      expect((await visit()).status).toBe(422);
      await coord().post('/consents', { caseId: visitCase, givenBy: 'family', familyMemberId: mother, purpose: 'outreach', method: 'written', givenOn: dayFromToday(-60), expiresOn: dayFromToday(-30) }).expect(201);
      expect((await visit()).status).toBe(422);
      await coord().post('/consents', { caseId: visitCase, givenBy: 'client', purpose: 'outreach', method: 'verbal', givenOn: japanDate() }).expect(201);
      expect((await visit({ visitedAt: hoursAgo(48) })).status).toBe(422);
    });

    it("is accepted with a family member's active consent; history is kept after the consent is withdrawn", async () => {
      const consent = (await coord().post('/consents', { caseId: visitCase, givenBy: 'family', familyMemberId: mother, purpose: 'outreach', method: 'written', givenOn: dayFromToday(-5) })).body;
      const ok = await visit({ visitedAt: hoursAgo(30) });
      expect(ok.status).toBe(201);
      expect(ok.body.consentId).toBe(consent.id);
      await coord().post(`/consents/${consent.id}/withdraw`, { withdrawnOn: japanDate(), reason: '母が訪問を断った' }).expect(200);
      const clientConsent = await coord().get(`/consents?filter=${encodeURIComponent(JSON.stringify({ caseId: visitCase, givenBy: 'client', purpose: 'outreach' }))}`);
      await coord().post(`/consents/${clientConsent.body[0].id}/withdraw`, { withdrawnOn: japanDate(), reason: '本人も' }).expect(200);
      const after = await visit();
      expect(after.status).toBe(422);
      expect((await coord().get(`/outreach-visits/${ok.body.id}`)).status).toBe(200);
      const timeline = await coord().get(`/cases/${visitCase}/timeline?range=[0,99]`);
      expect(timeline.body.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['outreach_visit', 'consent_withdrawn', 'consent_given']));
    });

    it('re-checks the consent when the visit date is moved', async () => {
      const mine = (await coord().post('/cases', { clientName: '訪問 移動' })).body.id;
      await coord().post('/consents', { caseId: mine, givenBy: 'client', purpose: 'outreach', method: 'verbal', givenOn: dayFromToday(-1) }).expect(201);
      const v = (await coord().post('/outreach-visits', { caseId: mine, outcome: 'no_answer', summary: '不在。手紙を残さず。' })).body;
      const moved = await coord().put(`/outreach-visits/${v.id}`, { visitedAt: hoursAgo(24 * 5), version: v.version });
      expect(moved.status).toBe(422);
    });
  });

  describe('confidential notes', () => {
    let noteCase: string;
    let interviewId: string;
    beforeAll(async () => {
      noteCase = (await coord().post('/cases', { clientName: '秘密 確認' })).body.id;
      const c = await sup().get(`/cases/${noteCase}`);
      await sup().put(`/cases/${noteCase}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id], version: c.body.version }).expect(200);
      interviewId = (await coord().post('/interviews', { caseId: noteCase, method: 'in_person', summary: '来所面談。', confidentialNote: '父からの暴言について本人が話した(家族には伏せる)。' })).body.id;
    });
    const NOTE = '父からの暴言について本人が話した(家族には伏せる)。';
    const byCase = () => encodeURIComponent(JSON.stringify({ caseId: noteCase }));

    it.each([
      ['the author', 'aCoordinator', NOTE],
      ['the second coordinator', 'aCoordinator2', null],
      ['the supervisor', 'aSupervisor', NOTE],
    ] as const)('shows %s the note as %p in detail, list and timeline', async (_who, key, expected) => {
      const me = as(s, s.org.users[key]);
      expect((await me.get(`/interviews/${interviewId}`)).body.confidentialNote).toBe(expected);
      const list = await me.get(`/interviews?filter=${byCase()}`);
      expect(list.body.map((i: { confidentialNote: string | null }) => i.confidentialNote)).toEqual([expected]);
      const timeline = await me.get(`/cases/${noteCase}/timeline`);
      expect(timeline.body.find((e: { kind: string }) => e.kind === 'interview').confidentialNote).toBe(expected);
      expect(JSON.stringify(timeline.body).includes('暴言')).toBe(expected !== null);
    });

    it('hides the record itself from staff and from another center (404 / nothing listed)', async () => {
      expect((await staff().get(`/interviews/${interviewId}`)).status).toBe(404);
      expect((await staff().get(`/interviews?filter=${byCase()}`)).body).toEqual([]);
      const staffTimeline = await staff().get(`/cases/${noteCase}/timeline`);
      expect(staffTimeline.status).toBe(200);
      expect(staffTimeline.body.every((e: { kind: string }) => ['consent_given', 'consent_withdrawn', 'referral'].includes(e.kind))).toBe(true);
      expect((await foreign().get(`/interviews/${interviewId}`)).status).toBe(404);
      expect((await foreign().get(`/cases/${noteCase}/timeline`)).status).toBe(404);
      expect((await staff().post('/interviews', { caseId: noteCase, method: 'phone', summary: 'x' })).status).toBe(403);
    });

    it('lets only the author write the note', async () => {
      const current = (await coord2().get(`/interviews/${interviewId}`)).body;
      const res = await coord2().put(`/interviews/${interviewId}`, { confidentialNote: '上書き', version: current.version });
      expect(res.status).toBe(403);
      // Nor correct someone else's record at all: that is the author's or a supervisor's.
      expect((await coord2().put(`/interviews/${interviewId}`, { summary: '来所面談(追記)', version: current.version })).status).toBe(403);
      expect((await sup().put(`/interviews/${interviewId}`, { summary: '来所面談(追記)', version: current.version })).status).toBe(200);
      expect((await coord().get(`/interviews/${interviewId}`)).body).toMatchObject({ confidentialNote: NOTE, summary: '来所面談(追記)' });
    });
  });

  describe('timeline and void', () => {
    let tlCase: string;
    const ids: string[] = [];
    beforeAll(async () => {
      tlCase = (await coord().post('/cases', { clientName: '経過 一覧', openedOn: dayFromToday(-20) })).body.id;
      // All at least two days old, so that the latest can promise a contact yesterday (overdue now).
      for (const h of [200, 150, 100, 75, 50]) {
        ids.push((await coord().post('/interviews', { caseId: tlCase, method: 'phone', summary: `${h}時間前の電話`, heldAt: hoursAgo(h), nextContactOn: dayFromToday(-1) })).body.id);
      }
    });

    it('lists every record newest first and pages with Content-Range', async () => {
      const all = await coord().get(`/cases/${tlCase}/timeline?range=[0,99]`);
      expect(all.status).toBe(200);
      const ats = all.body.map((e: { at: string }) => e.at);
      expect(ats).toEqual([...ats].sort().reverse());
      expect(all.body.filter((e: { kind: string }) => e.kind === 'interview').map((e: { recordId: string }) => e.recordId)).toEqual([...ids].reverse());
      expect(all.body.at(-1)).toMatchObject({ kind: 'status_change', detail: 'intake' });
      const page = await coord().get(`/cases/${tlCase}/timeline?range=[1,2]`);
      expect(page.body.map((e: { id: string }) => e.id)).toEqual(all.body.slice(1, 3).map((e: { id: string }) => e.id));
      expect(page.headers['content-range']).toBe(`timeline 1-2/${all.body.length}`);
      const onlyInterviews = await coord().get(`/cases/${tlCase}/timeline?filter=${encodeURIComponent('{"kind":"interview"}')}`);
      expect(onlyInterviews.body).toHaveLength(5);
    });

    it('makes a voided record vanish from lists, the timeline and follow-ups, keeping it in the database', async () => {
      const latest = ids[4];
      expect((await coord().del(`/interviews/${latest}`, { reason: '別ケースへの誤入力' })).status).toBe(403);
      const follow = async () =>
        (await coord().get(`/follow-ups?range=[0,999]`)).body.find((f: { id: string }) => f.id === tlCase);
      expect((await follow()).followUp).toBe('overdue');
      await coord().put(`/interviews/${latest}`, { nextContactOn: dayFromToday(3) }).expect(200);
      expect((await follow()).followUp).toBe('upcoming');
      expect((await sup().del(`/interviews/${latest}`, { reason: '別ケースへの誤入力' })).status).toBe(200);
      const timeline = await coord().get(`/cases/${tlCase}/timeline?range=[0,99]`);
      expect(timeline.body.some((e: { recordId: string }) => e.recordId === latest)).toBe(false);
      expect((await coord().get(`/interviews/${latest}`)).status).toBe(404);
      expect((await follow()).followUp).toBe('overdue');
      expect(await countRows(s, 'interviews', `id = '${latest}' AND voided_at IS NOT NULL`)).toBe(1);
      expect(await countRows(s, 'audit_logs', `entity_id = '${latest}' AND action = 'void' AND detail->>'reason' = '別ケースへの誤入力'`)).toBe(1);
    });
  });

  describe('timeline pages', () => {
    type Entry = { id: string; kind: string; at: string; recordId: string };
    let pagedCase: string;
    const interviews: string[] = [];
    const visits: string[] = [];
    // Interviews and visits logged at the same instants, one of them the start of the day the consent
    // was given (where its entry stands): every page below cuts through ties between kinds.
    beforeAll(async () => {
      pagedCase = (await coord().post('/cases', { clientName: '経過 頁送り', openedOn: dayFromToday(-10) })).body.id;
      await coord().post('/consents', { caseId: pagedCase, givenBy: 'client', purpose: 'outreach', method: 'verbal', givenOn: dayFromToday(-9) }).expect(201);
      const instants = [new Date(`${dayFromToday(-9)}T00:00:00+09:00`).toISOString(), hoursAgo(100), hoursAgo(50), hoursAgo(26)];
      for (const at of instants) {
        for (let k = 0; k < 6; k++) {
          interviews.push((await coord().post('/interviews', { caseId: pagedCase, method: 'phone', summary: `同時刻の電話 ${k}`, heldAt: at }).expect(201)).body.id);
        }
        for (let k = 0; k < 2; k++) {
          visits.push((await coord().post('/outreach-visits', { caseId: pagedCase, outcome: 'no_answer', summary: `同時刻の訪問 ${k}`, visitedAt: at }).expect(201)).body.id);
        }
      }
    });
    const timeline = async (range: [number, number], kind?: string[]) =>
      coord().get(`/cases/${pagedCase}/timeline?range=${JSON.stringify(range)}${kind ? `&filter=${encodeURIComponent(JSON.stringify({ kind }))}` : ''}`);
    const ids = (entries: Entry[]) => entries.map((e) => e.id);

    it('pages deep through entries of every kind that share an instant, each page a slice of the whole list', async () => {
      const whole: Entry[] = (await timeline([0, 99])).body;
      expect(whole.filter((e) => e.kind === 'interview').map((e) => e.recordId).sort()).toEqual([...interviews].sort());
      expect(whole.filter((e) => e.kind === 'outreach_visit').map((e) => e.recordId).sort()).toEqual([...visits].sort());
      expect(whole.map((e) => e.kind).filter((k) => k !== 'interview' && k !== 'outreach_visit').sort()).toEqual(['consent_given', 'status_change']);
      // Newest first; entries of the same instant by their id, last first.
      const newestFirst = (a: Entry, b: Entry) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1);
      expect(ids(whole)).toEqual(ids([...whole].sort(newestFirst)));
      expect(whole.find((e) => e.kind === 'consent_given')?.at).toBe(whole.find((e) => e.recordId === interviews[0])?.at);
      for (const size of [5, 7]) {
        for (let start = 0; start < whole.length; start += 3) {
          const page = await timeline([start, start + size - 1]);
          expect(ids(page.body)).toEqual(ids(whole.slice(start, start + size)));
          expect(page.headers['content-range']).toBe(`timeline ${start}-${Math.min(start + size, whole.length) - 1}/${whole.length}`);
        }
      }
      expect((await timeline([whole.length, whole.length + 4])).body).toEqual([]);
    });

    it('pages the same way through the kinds asked for', async () => {
      const kind = ['interview', 'consent_given'];
      const whole: Entry[] = (await timeline([0, 99], kind)).body;
      expect(whole).toHaveLength(interviews.length + 1);
      for (let start = 0; start < whole.length; start += 4) {
        const page = await timeline([start, start + 5], kind);
        expect(ids(page.body)).toEqual(ids(whole.slice(start, start + 6)));
        expect(page.headers['content-range']).toBe(`timeline ${start}-${Math.min(start + 6, whole.length) - 1}/${whole.length}`);
      }
    });
  });

  describe('follow-ups', () => {
    it('flags due today, overdue, and cases with no contact for 30/60/90 days', async () => {
      const quiet = (await coord().post('/cases', { clientName: '連絡 途絶', openedOn: dayFromToday(-95) })).body.id;
      const due = (await coord().post('/cases', { clientName: '本日 予定', openedOn: dayFromToday(-45) })).body.id;
      await coord().post('/interviews', { caseId: due, method: 'phone', summary: '次回電話を約束', heldAt: hoursAgo(24 * 40), nextContactOn: japanDate() }).expect(201);
      const list = await coord().get('/follow-ups?range=[0,999]');
      const byId = new Map(list.body.map((f: { id: string }) => [f.id, f]));
      expect(byId.get(quiet)).toMatchObject({ followUp: 'none', noContactBand: 90, lastContactOn: null, daysSinceContact: 95 });
      expect(byId.get(due)).toMatchObject({ followUp: 'due', noContactBand: 30, nextContactOn: japanDate() });
      const dueOrOverdue = await coord().get(`/follow-ups?range=[0,999]&filter=${encodeURIComponent('{"followUp":"due_or_overdue"}')}`);
      expect(dueOrOverdue.body.map((f: { id: string }) => f.id)).toContain(due);
      expect(dueOrOverdue.body.map((f: { id: string }) => f.id)).not.toContain(quiet);
      const ninety = await coord().get(`/follow-ups?range=[0,999]&filter=${encodeURIComponent('{"noContactBand":"90"}')}`);
      expect(ninety.body.map((f: { id: string }) => f.id)).toEqual([quiet]);
      expect((await coord2().get('/follow-ups?range=[0,999]')).body.map((f: { id: string }) => f.id)).not.toContain(quiet);
      expect((await staff().get('/follow-ups')).status).toBe(403);
    });
  });

  describe('programs and attendance', () => {
    let programId: string;
    let sessionId: string;
    let otherCase: string;
    beforeAll(async () => {
      programId = (await sup().post('/programs', { name: '家族教室(火曜)', kind: 'family_class' })).body.id;
      sessionId = (await coord().post('/program-sessions', { programId, heldOn: dayFromToday(-7), topic: 'ひきこもりの理解', facilitator: '相談 花子' })).body.id;
      otherCase = (await coord2().post('/cases', { clientName: '別家族 本人' })).body.id;
      const otherMother = (await coord2().post('/family-members', { caseId: otherCase, relationship: 'mother', name: '別家族 母' })).body.id;
      await coord2().post(`/program-sessions/${sessionId}/attendances`, { entries: [{ caseId: otherCase, attendee: 'family', familyMemberId: otherMother }] }).expect(201);
    });

    it("records a session's attendance at once, idempotently, and shows it on the case timeline", async () => {
      const res = await coord().post(`/program-sessions/${sessionId}/attendances`, { entries: [{ caseId, attendee: 'family', familyMemberId: motherId }, { caseId, attendee: 'client' }] });
      expect(res.status).toBe(201);
      expect(res.body).toHaveLength(2);
      const again = await coord().post(`/program-sessions/${sessionId}/attendances`, { entries: [{ caseId, attendee: 'client' }] });
      expect(again.body[0].id).toBe(res.body[1].id);
      const timeline = await coord().get(`/cases/${caseId}/timeline?filter=${encodeURIComponent('{"kind":"attendance"}')}`);
      expect(timeline.body).toHaveLength(2);
      expect(timeline.body[0]).toMatchObject({ detail: 'family_class', title: '家族教室(火曜)', summary: 'ひきこもりの理解' });
    });

    it("never shows one family's attendance to another family's coordinator", async () => {
      const mine = await coord().get(`/attendances?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ sessionId }))}`);
      expect(mine.body.every((a: { caseId: string }) => a.caseId === caseId)).toBe(true);
      const usual = await coord().get(`/program-sessions/${sessionId}/usual-attendees`);
      expect(usual.body.map((u: { caseId: string }) => u.caseId)).not.toContain(otherCase);
      expect(usual.body.map((u: { name: string }) => u.name).sort()).toEqual(['記録 母', '記録 確認']);
      const all = await sup().get(`/attendances?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ sessionId }))}`);
      expect(all.body).toHaveLength(3);
      const sneak = await coord().post(`/program-sessions/${sessionId}/attendances`, { entries: [{ caseId: otherCase, attendee: 'client' }] });
      expect(sneak.status).toBe(404);
    });

    it('refuses attendance for a future session and a family member of another case, saving nothing', async () => {
      const future = (await coord().post('/program-sessions', { programId, heldOn: dayFromToday(7), topic: '次回' })).body.id;
      const before = await countRows(s, 'attendances');
      expect((await coord().post(`/program-sessions/${future}/attendances`, { entries: [{ caseId, attendee: 'client' }] })).status).toBe(422);
      const mixed = await coord().post(`/program-sessions/${sessionId}/attendances`, {
        entries: [{ caseId, attendee: 'client' }, { caseId, attendee: 'family', familyMemberId: '00000000-0000-4000-8000-000000000000' }],
      });
      expect(mixed.status).toBe(400);
      expect(await countRows(s, 'attendances')).toBe(before);
      expect((await coord().post('/programs', { name: 'x', kind: 'ibasho' })).status).toBe(403);
      expect((await foreign().get(`/program-sessions/${sessionId}`)).status).toBe(404);
    });
  });
});
