import { as, countRows, Suite, useApi } from './support';

/** 相談受付: first contacts before (or without) a case, their chains, who sees them, and opening a case from one. */
describe('inquiries', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const staff = () => as(s, s.org.users.aStaff);
  const bSup = () => as(s, s.org.users.bSupervisor);
  const bCoord = () => as(s, s.org.users.bCoordinator);
  const admin = () => as(s, s.org.admin);
  const filter = (f: object) => `?filter=${encodeURIComponent(JSON.stringify(f))}`;
  const ids = (body: Array<{ id: string }>) => body.map((i) => i.id).sort();
  type Inquiry = { id: string; chainId: string; chainCaseId: string | null; chainSize: number; version: number; outcome: string } & Record<string, unknown>;
  const log = async (who: ReturnType<typeof as>, body: object): Promise<Inquiry> => {
    const res = await who.post('/inquiries', { method: 'phone', callerType: 'family', summary: '母より電話。息子が自室から出ない。', ...body });
    expect(res.status).toBe(201);
    return res.body;
  };
  const get = async (id: string, who = sup()): Promise<Inquiry> => (await who.get(`/inquiries/${id}`).expect(200)).body;

  describe('the resource', () => {
    it('creates a first contact with its defaults: now, informed, no concerns, a chain of its own, the author', async () => {
      const res = await coord().post('/inquiries', { method: 'phone', callerType: 'self', summary: '本人から電話。外出が怖い。' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        centerId: s.org.centers.a.id,
        method: 'phone',
        callerType: 'self',
        outcome: 'informed',
        concerns: [],
        callerName: null,
        nickname: null,
        callerNumber: null,
        confidentialNote: null,
        chainCaseId: null,
        chainSize: 1,
        createdBy: s.org.users.aCoordinator.id,
        version: 1,
        voidedAt: null,
      });
      expect(res.body.chainId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
      expect(Math.abs(Date.now() - Date.parse(res.body.receivedAt))).toBeLessThan(60_000);
      expect((await coord().get(`/inquiries/${res.body.id}`)).body).toEqual(res.body);
    });

    it('updates a contact, also from the whole record as react-admin sends it, and refuses a stale version', async () => {
      const created = await log(coord(), { callerRelationship: 'mother', durationMinutes: 15, concerns: ['withdrawal'] });
      const patched = await coord().put(`/inquiries/${created.id}`, { durationMinutes: 30, version: created.version });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ durationMinutes: 30, version: 2, concerns: ['withdrawal'], callerRelationship: 'mother' });

      const current = await get(created.id, coord());
      const whole = await coord().put(`/inquiries/${created.id}`, { ...current, route: 'web_search', concerns: ['withdrawal', 'parents_aging'] });
      expect(whole.status).toBe(200);
      expect(whole.body).toMatchObject({ route: 'web_search', concerns: ['withdrawal', 'parents_aging'], durationMinutes: 30, version: 3, chainId: created.chainId });

      const stale = await coord().put(`/inquiries/${created.id}`, { ...current, summary: '古い版からの変更' });
      expect(stale.status).toBe(409);
      expect((await get(created.id)).summary).toBe('母より電話。息子が自室から出ない。');
      // Fields the server owns cannot be changed through the record.
      const owned = await coord().put(`/inquiries/${created.id}`, { chainSize: 5 });
      expect(owned.status).toBe(400);
      expect(owned.body.message).toEqual(['chainSize is set by the server and cannot be changed']);
    });

    it('lets a supervisor void a contact with a reason; a coordinator may not (403)', async () => {
      const created = await log(coord(), {});
      const refused = await coord().del(`/inquiries/${created.id}`, { reason: '誤登録' });
      expect(refused.status).toBe(403);
      expect((await get(created.id)).voidedAt).toBeNull();
      const voided = await sup().del(`/inquiries/${created.id}`, { reason: '誤登録' });
      expect(voided.status).toBe(200);
      expect(voided.body).toMatchObject({ voidReason: '誤登録', voidedBy: s.org.users.aSupervisor.id });
      expect((await sup().get(`/inquiries/${created.id}`)).status).toBe(404);
      expect(ids((await sup().get('/inquiries')).body)).not.toContain(created.id);
    });
  });

  describe('bad input', () => {
    const base = { method: 'phone', callerType: 'family', summary: '相談内容' };
    const cases: Array<[string, object, string | RegExp]> = [
      ['a name and a nickname together', { callerName: '山田 花子', nickname: 'さくら' }, 'INQUIRY_CALLER'],
      ['a relationship for a caller not of the family', { callerType: 'self', callerRelationship: 'mother' }, 'INQUIRY_CALLER'],
      ['a referral without the agency', { outcome: 'referred' }, 'INQUIRY_REFERRAL'],
      ['a referral agency without a referral', { referredAgencyName: '保健所' }, 'INQUIRY_REFERRAL'],
      ['a time in the future', { receivedAt: new Date(Date.now() + 2 * 86_400_000).toISOString() }, /receivedAt/],
      ['an unknown method', { method: 'fax' }, /method/],
      ['an unknown caller type', { callerType: 'neighbour' }, /callerType/],
      ['an unknown route', { route: 'tv' }, /route/],
      ['an unknown concern', { concerns: ['gaming'] }, /concerns/],
      ['case_opened chosen by hand', { outcome: 'case_opened' }, /outcome/],
      ['three digits of a phone', { phoneLast4: '123' }, /phoneLast4/],
      ['letters for a phone', { phoneLast4: '12a4' }, /phoneLast4/],
      ['no summary', { summary: '   ' }, /summary/],
    ];
    it.each(cases)('refuses %s with 400, saving nothing', async (_label, body, expected) => {
      const before = await countRows(s, 'inquiries');
      const res = await coord().post('/inquiries', { ...base, ...body });
      expect(res.status).toBe(400);
      if (typeof expected === 'string') expect(res.body.code).toBe(expected);
      else expect(JSON.stringify(res.body.message)).toMatch(expected);
      expect(await countRows(s, 'inquiries')).toBe(before);
    });

    it('refuses the same contradictions in an update, leaving the record as it was', async () => {
      const created = await log(coord(), { nickname: 'もみじ' });
      const both = await coord().put(`/inquiries/${created.id}`, { callerName: '山田 花子' });
      expect(both.status).toBe(400);
      expect(both.body.code).toBe('INQUIRY_CALLER');
      const referred = await coord().put(`/inquiries/${created.id}`, { outcome: 'referred' });
      expect(referred.body.code).toBe('INQUIRY_REFERRAL');
      // "Case opened" is set by opening a case, never by hand.
      const opened = await coord().put(`/inquiries/${created.id}`, { outcome: 'case_opened' });
      expect(opened.status).toBe(400);
      expect(JSON.stringify(opened.body.message)).toMatch(/outcome/);
      const future = await coord().put(`/inquiries/${created.id}`, { receivedAt: new Date(Date.now() + 86_400_000).toISOString() });
      expect(future.status).toBe(400);
      expect(JSON.stringify(future.body.message)).toMatch(/receivedAt/);
      const phone = await coord().put(`/inquiries/${created.id}`, { phoneLast4: '12345' });
      expect(phone.status).toBe(400);
      const relation = await coord().put(`/inquiries/${created.id}`, { callerType: 'agency', callerRelationship: 'father' });
      expect(relation.body.code).toBe('INQUIRY_CALLER');
      expect(await get(created.id)).toMatchObject({ version: 1, callerName: null, outcome: 'informed', callerType: 'family' });
      // A referral naming the agency is fine.
      const ok = await coord().put(`/inquiries/${created.id}`, { outcome: 'referred', referredAgencyName: '市保健所' });
      expect(ok.status).toBe(200);
    });
  });

  describe('who sees what', () => {
    let byCoord: Inquiry;
    let byStaff: Inquiry;
    let byStaffNamed: Inquiry;
    let inB: Inquiry;
    beforeAll(async () => {
      byCoord = await log(coord(), { nickname: '見える', confidentialNote: '父の暴言について' });
      byStaff = await log(staff(), { callerType: 'other', summary: '近所の人から' });
      byStaffNamed = await log(staff(), { callerName: '連携 太郎', summary: '名前を名乗った相談' });
      inB = await log(bCoord(), { nickname: '他センター' });
    });

    it('shows coordinators and the supervisor the whole log of the center', async () => {
      for (const who of [coord(), coord2(), sup()]) {
        const list = await who.get('/inquiries?perPage=500');
        expect(list.status).toBe(200);
        expect(ids(list.body)).toEqual(expect.arrayContaining([byCoord.id, byStaff.id, byStaffNamed.id]));
        expect(ids(list.body)).not.toContain(inB.id);
        expect((await who.get(`/inquiries/${byStaff.id}`)).status).toBe(200);
      }
    });

    it('shows staff only the contacts they logged (404 on the others)', async () => {
      const list = await staff().get('/inquiries');
      expect(ids(list.body)).toEqual([byStaff.id, byStaffNamed.id].sort());
      expect((await staff().get(`/inquiries/${byCoord.id}`)).status).toBe(404);
      expect((await staff().put(`/inquiries/${byCoord.id}`, { durationMinutes: 5 })).status).toBe(404);
      expect((await staff().get(`/inquiries/${byStaff.id}`)).status).toBe(200);
    });

    it('refuses the administrator (403)', async () => {
      expect((await admin().get('/inquiries')).status).toBe(403);
      expect((await admin().get(`/inquiries/${byCoord.id}`)).status).toBe(403);
      expect((await admin().post('/inquiries', { method: 'phone', callerType: 'self', summary: 'x' })).status).toBe(403);
    });

    it("hides another center's contacts: 404 on get, put, chain and convert, absent from its lists", async () => {
      expect((await bSup().get(`/inquiries/${byCoord.id}`)).status).toBe(404);
      expect((await bSup().put(`/inquiries/${byCoord.id}`, { durationMinutes: 5 })).status).toBe(404);
      expect((await bSup().post(`/inquiries/${byCoord.id}/chain`, {})).status).toBe(404);
      expect((await bSup().post(`/inquiries/${byCoord.id}/chain`, { chainId: inB.chainId })).status).toBe(404);
      expect((await bCoord().post(`/inquiries/${byCoord.id}/convert`, { clientName: '他センター 転換' })).status).toBe(404);
      expect((await bSup().del(`/inquiries/${byCoord.id}`, { reason: 'x' })).status).toBe(404);
      expect(ids((await bSup().get('/inquiries')).body)).toEqual([inB.id]);
      expect(ids((await bSup().get(`/inquiries${filter({ chainId: byCoord.chainId })}`)).body)).toEqual([]);
      expect((await get(byCoord.id)).durationMinutes).toBeNull();
      expect(await countRows(s, 'cases', `client_name = '他センター 転換'`)).toBe(0);
    });

    it('shows the confidential note to its author and supervisors only, and lets only the author write it', async () => {
      expect((await get(byCoord.id, coord())).confidentialNote).toBe('父の暴言について');
      expect((await get(byCoord.id, sup())).confidentialNote).toBe('父の暴言について');
      const other = await get(byCoord.id, coord2());
      expect(other.confidentialNote).toBeNull();
      const listed = (await coord2().get('/inquiries?perPage=500')).body.find((i: Inquiry) => i.id === byCoord.id);
      expect(listed.confidentialNote).toBeNull();
      expect(JSON.stringify((await coord2().get('/inquiries?perPage=500')).body)).not.toContain('暴言');

      const bySupervisor = await sup().put(`/inquiries/${byCoord.id}`, { confidentialNote: '監督者が書き換え' });
      expect(bySupervisor.status).toBe(403);
      expect(bySupervisor.body.code).toBe('NOTE_AUTHOR_ONLY');
      const byOther = await coord2().put(`/inquiries/${byCoord.id}`, { durationMinutes: 10 });
      expect(byOther.status).toBe(403);
      expect(byOther.body.code).toBe('CORRECTION_AUTHOR_ONLY');
      // A supervisor corrects other fields, sending the whole record back (the note unchanged).
      const whole = await sup().put(`/inquiries/${byCoord.id}`, { ...(await get(byCoord.id, sup())), durationMinutes: 10 });
      expect(whole.status).toBe(200);
      const byAuthor = await coord().put(`/inquiries/${byCoord.id}`, { confidentialNote: '父の暴言と飲酒について' });
      expect(byAuthor.status).toBe(200);
      expect(byAuthor.body.confidentialNote).toBe('父の暴言と飲酒について');
      expect((await get(byCoord.id)).confidentialNote).toBe('父の暴言と飲酒について');
    });

    it('puts the read of a contact naming its caller on the audit trail, and not that of an anonymous one', async () => {
      const reads = async (entityId: string) =>
        (await sup().get(`/audit-logs${filter({ entity: 'inquiry', action: 'read', entityId })}`)).body as Array<{ userId: string }>;
      expect(await reads(byStaffNamed.id)).toEqual([]);
      await coord2().get(`/inquiries/${byStaffNamed.id}`).expect(200);
      const trail = await reads(byStaffNamed.id);
      expect(trail).toHaveLength(1);
      expect(trail[0].userId).toBe(s.org.users.aCoordinator2.id);
      await coord2().get(`/inquiries/${byStaff.id}`).expect(200);
      await coord2().get(`/inquiries/${byCoord.id}`).expect(200);
      expect(await reads(byStaff.id)).toEqual([]);
      expect(await reads(byCoord.id)).toEqual([]);
      // Listing is not a read of each record.
      await coord2().get('/inquiries').expect(200);
      expect(await reads(byStaffNamed.id)).toHaveLength(1);
    });
  });

  describe('chains', () => {
    it('joins a repeat caller to the chain of the same caller number, else of the same nickname', async () => {
      const first = await log(coord(), { callerNumber: 'A-0001', nickname: 'ひまわり', receivedAt: '2026-11-02T10:00:00+09:00' });
      const byNumber = await log(coord2(), { callerNumber: 'A-0001', receivedAt: '2026-11-09T10:00:00+09:00' });
      expect(byNumber.chainId).toBe(first.chainId);
      expect(byNumber.chainSize).toBe(2);
      const byNickname = await log(staff(), { nickname: 'ひまわり', receivedAt: '2026-11-16T10:00:00+09:00' });
      expect(byNickname.chainId).toBe(first.chainId);
      expect(byNickname.chainSize).toBe(3);
      expect((await get(first.id)).chainSize).toBe(3);
      // The caller number wins over a nickname of another chain.
      const other = await log(coord(), { nickname: 'あさがお' });
      const numbered = await log(coord(), { callerNumber: 'A-0001', nickname: 'あさがお' });
      expect(numbered.chainId).toBe(first.chainId);
      expect(other.chainId).not.toBe(first.chainId);
      expect((await get(other.id)).chainSize).toBe(1);
      // Another center's contact with the same number starts a chain of its own.
      const inB = await log(bCoord(), { callerNumber: 'A-0001' });
      expect(inB.chainId).not.toBe(first.chainId);
      expect(inB.chainSize).toBe(1);
      // An anonymous caller without a number gets a new chain each time.
      const anon1 = await log(coord(), {});
      const anon2 = await log(coord(), {});
      expect(anon1.chainId).not.toBe(anon2.chainId);
      expect(ids((await coord().get(`/inquiries${filter({ chainId: first.chainId })}`)).body)).toEqual(
        [first.id, byNumber.id, byNickname.id, numbered.id].sort(),
      );
    });

    it('links a contact to another chain by hand, and unlinks it into a chain of its own', async () => {
      const a = await log(coord(), { nickname: 'つばき' });
      const b = await log(coord(), { nickname: 'さざんか' });
      const linked = await coord().post(`/inquiries/${b.id}/chain`, { chainId: a.chainId });
      expect(linked.status).toBe(200);
      expect(linked.body).toMatchObject({ chainId: a.chainId, chainSize: 2, version: 2 });
      expect((await get(a.id)).chainSize).toBe(2);
      // Staff may not link (the role table gives chain to supervisor and coordinators).
      const mine = await log(staff(), {});
      expect((await staff().post(`/inquiries/${mine.id}/chain`, { chainId: a.chainId })).status).toBe(403);
      expect((await staff().post('/inquiries', { method: 'phone', callerType: 'self', summary: 'x', chainId: a.chainId })).status).toBe(403);
      // A stale version is refused.
      expect((await coord().post(`/inquiries/${b.id}/chain`, { chainId: null, version: 1 })).status).toBe(409);

      const unlinked = await coord().post(`/inquiries/${b.id}/chain`, { chainId: null });
      expect(unlinked.status).toBe(200);
      expect(unlinked.body.chainId).not.toBe(a.chainId);
      expect(unlinked.body.chainId).not.toBe(b.chainId);
      expect(unlinked.body.chainSize).toBe(1);
      expect((await get(a.id)).chainSize).toBe(1);
      // Unlinking one alone in its chain keeps the chain.
      const alone = await coord().post(`/inquiries/${a.id}/chain`, {});
      expect(alone.body).toMatchObject({ chainId: a.chainId, chainSize: 1 });
      // A contact added to a chain explicitly joins it whatever its keys.
      const added = await log(coord(), { nickname: '別名', chainId: a.chainId });
      expect(added).toMatchObject({ chainId: a.chainId, chainSize: 2 });
    });

    it("refuses a chain of another center (404), on link and on create, changing nothing", async () => {
      const mine = await log(coord(), {});
      const theirs = await log(bCoord(), {});
      const link = await coord().post(`/inquiries/${mine.id}/chain`, { chainId: theirs.chainId });
      expect(link.status).toBe(404);
      expect((await get(mine.id)).chainId).toBe(mine.chainId);
      const before = await countRows(s, 'inquiries');
      expect((await coord().post('/inquiries', { method: 'phone', callerType: 'self', summary: 'x', chainId: theirs.chainId })).status).toBe(404);
      expect(await countRows(s, 'inquiries')).toBe(before);
      expect((await as(s, s.org.users.bSupervisor).get(`/inquiries/${theirs.id}`)).body.chainSize).toBe(1);
    });

    it('does not count a voided contact in the chain size', async () => {
      const a = await log(coord(), { callerNumber: 'V-9' });
      const b = await log(coord(), { callerNumber: 'V-9' });
      expect(b.chainSize).toBe(2);
      await sup().del(`/inquiries/${b.id}`, { reason: '重複入力' }).expect(200);
      expect((await get(a.id)).chainSize).toBe(1);
    });
  });

  describe('search', () => {
    let sakura: Inquiry;
    let numbered: Inquiry;
    let phone: Inquiry;
    let early: Inquiry;
    let late: Inquiry;
    beforeAll(async () => {
      sakura = await log(coord(), { nickname: '検索さくら', receivedAt: '2026-09-10T10:00:00+09:00' });
      numbered = await log(coord(), { callerNumber: 'Q-7788', receivedAt: '2026-09-11T10:00:00+09:00' });
      phone = await log(coord(), { phoneLast4: '4821', callerName: '電話 太郎', receivedAt: '2026-09-12T10:00:00+09:00' });
      // The first and last minutes of 2026-08-31 in Japan.
      early = await log(coord(), { receivedAt: '2026-08-31T00:05:00+09:00', summary: '八月末の朝' });
      late = await log(coord(), { receivedAt: '2026-08-31T23:55:00+09:00', summary: '八月末の夜' });
    });
    const found = async (f: object, who = coord()) => {
      const res = await who.get(`/inquiries${filter(f)}&perPage=500`);
      expect(res.status).toBe(200);
      return ids(res.body);
    };

    it('finds a caller by part of the nickname or name, the exact caller number, the exact last four digits', async () => {
      expect(await found({ q: 'さくら' })).toEqual([sakura.id]);
      expect(await found({ q: '電話' })).toEqual([phone.id]);
      expect(await found({ q: 'Q-7788' })).toEqual([numbered.id]);
      expect(await found({ q: 'Q-77' })).toEqual([]);
      expect(await found({ q: '4821' })).toEqual([phone.id]);
      expect(await found({ q: '482' })).toEqual([]);
      // Full-width digits as typed on a Japanese keyboard.
      expect(await found({ q: '４８２１' })).toEqual([phone.id]);
      expect(await found({ q: 'さくら' }, bSup())).toEqual([]);
    });

    it('filters by Japan days, inclusive', async () => {
      expect(await found({ from: '2026-08-31', to: '2026-08-31' })).toEqual([early.id, late.id].sort());
      expect(await found({ from: '2026-09-01', to: '2026-09-11' })).toEqual([sakura.id, numbered.id].sort());
      expect(await found({ to: '2026-08-30', from: '2026-08-01' })).toEqual([]);
      expect(await found({ from: '2026-09-12', to: '2026-09-12', method: 'phone' })).toEqual([phone.id]);
      expect(await found({ from: '2026-09-12', to: '2026-09-12', method: 'email' })).toEqual([]);
      expect((await coord().get(`/inquiries${filter({ from: '2026-02-30' })}`)).status).toBe(400);
    });
  });

  describe('opening a case (ケース化)', () => {
    it('opens a case led by the converting coordinator; the whole chain shows it, and its timeline the earlier contacts', async () => {
      const first = await log(staff(), { nickname: 'かえで', receivedAt: '2026-10-01T10:00:00+09:00', summary: '一回目の相談', confidentialNote: '兄の借金について' });
      const second = await log(coord2(), { nickname: 'かえで', receivedAt: '2026-10-15T10:00:00+09:00', summary: '二回目の相談' });
      const third = await log(coord(), { nickname: 'かえで', receivedAt: '2026-11-01T10:00:00+09:00', summary: '三回目: 面談を希望' });
      expect(third.chainSize).toBe(3);
      // Liaison staff may not open a case.
      expect((await staff().post(`/inquiries/${first.id}/convert`, { clientName: '転換 かえで' })).status).toBe(403);

      const res = await coord().post(`/inquiries/${third.id}/convert`, { clientName: '転換 かえで', birthYear: 1990 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ clientName: '転換 かえで', leadCoordinatorId: s.org.users.aCoordinator.id, status: expect.any(String) });
      const caseId = res.body.id;
      for (const id of [first.id, second.id, third.id]) expect((await get(id)).chainCaseId).toBe(caseId);
      expect((await get(third.id)).outcome).toBe('case_opened');
      expect((await get(first.id)).outcome).toBe('informed');
      expect(ids((await sup().get(`/inquiries${filter({ chainCaseId: caseId })}`)).body)).toEqual([first.id, second.id, third.id].sort());
      expect(ids((await sup().get(`/inquiries${filter({ converted: true })}&perPage=500`)).body)).toEqual(expect.arrayContaining([first.id, second.id, third.id]));
      expect(ids((await sup().get(`/inquiries${filter({ converted: false })}&perPage=500`)).body)).not.toContain(first.id);

      const timeline = (await coord().get(`/cases/${caseId}/timeline`)).body as Array<{ kind: string; recordId: string }>;
      expect(timeline.filter((e) => e.kind === 'inquiry').map((e) => e.recordId).sort()).toEqual([first.id, second.id, third.id].sort());
      // The staff member's confidential note stays theirs and the supervisors' on the timeline too.
      expect(JSON.stringify(timeline)).not.toContain('借金');
      const supTimeline = (await sup().get(`/cases/${caseId}/timeline`)).body as Array<{ recordId: string; confidentialNote: string | null; summary: string }>;
      expect(supTimeline.find((e) => e.recordId === first.id)).toMatchObject({ confidentialNote: '兄の借金について', summary: '一回目の相談' });

      // The chain is one person: a second conversion, from any of its contacts, is refused.
      const again = await coord2().post(`/inquiries/${first.id}/convert`, { clientName: '転換 かえで 二', birthYear: 1970 });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INQUIRY_CONVERTED');
      expect(await countRows(s, 'cases', `client_name LIKE '転換 かえで%'`)).toBe(1);
      // A later call of the same person joins the chain, and so the case.
      const later = await log(coord(), { nickname: 'かえで' });
      expect(later.chainCaseId).toBe(caseId);
    });

    it('keeps the outcome "case opened" of the converted contact, also through a whole-record update', async () => {
      const contact = await log(coord(), { nickname: 'くすのき' });
      const opened = await coord().post(`/inquiries/${contact.id}/convert`, { clientName: '転換 くすのき' });
      expect(opened.status).toBe(201);
      const current = await get(contact.id, coord());
      expect(current.outcome).toBe('case_opened');
      const whole = await coord().put(`/inquiries/${contact.id}`, { ...current, durationMinutes: 40 });
      expect(whole.status).toBe(200);
      expect(whole.body).toMatchObject({ outcome: 'case_opened', durationMinutes: 40 });
      const changed = await coord().put(`/inquiries/${contact.id}`, { outcome: 'informed' });
      expect(changed.status).toBe(422);
      expect(changed.body.code).toBe('INQUIRY_CONVERTED');
      expect((await get(contact.id)).outcome).toBe('case_opened');
    });

    it('keeps the contact that opened a case in its chain (422), while a later call may leave it', async () => {
      const contact = await log(coord(), { nickname: 'もみじ坂' });
      const opened = await coord().post(`/inquiries/${contact.id}/convert`, { clientName: '転換 もみじ坂' });
      expect(opened.status).toBe(201);
      const again = await log(coord(), { nickname: 'もみじ坂' });
      expect(again.chainCaseId).toBe(opened.body.id);
      const unlink = await coord().post(`/inquiries/${contact.id}/chain`, { chainId: null });
      expect(unlink.status).toBe(422);
      expect(unlink.body.code).toBe('INQUIRY_CONVERTED');
      expect((await get(contact.id)).chainCaseId).toBe(opened.body.id);
      const other = await coord().post(`/inquiries/${again.id}/chain`, { chainId: null });
      expect(other.status).toBe(200);
      expect(other.body).toMatchObject({ chainCaseId: null, chainSize: 1 });
    });

    it('runs the duplicate check of any new case: 409 CASE_POSSIBLE_DUPLICATE, and nothing changes', async () => {
      const existing = await coord().post('/cases', { clientName: '重複 相談者', birthYear: 1988 });
      expect(existing.status).toBe(201);
      const contact = await log(coord(), { nickname: 'ちょうふく' });
      const casesBefore = await countRows(s, 'cases');
      const refused = await coord().post(`/inquiries/${contact.id}/convert`, { clientName: '重複 相談者', birthYear: 1988 });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('CASE_POSSIBLE_DUPLICATE');
      expect(await countRows(s, 'cases')).toBe(casesBefore);
      expect(await get(contact.id)).toMatchObject({ chainCaseId: null, outcome: 'informed', version: 1 });
      expect(await countRows(s, 'inquiry_chains', `id = '${contact.chainId}' AND case_id IS NULL AND converted_at IS NULL`)).toBe(1);
      // With a reason it goes through.
      const anyway = await coord().post(`/inquiries/${contact.id}/convert`, { clientName: '重複 相談者', birthYear: 1988, duplicateReason: '同姓同名の別人' });
      expect(anyway.status).toBe(201);
    });

    it('makes exactly one case of two conversions of the same contact at the same moment', async () => {
      const contact = await log(coord(), { callerNumber: 'P-0001' });
      await log(coord2(), { callerNumber: 'P-0001' });
      const [r1, r2] = await Promise.all([
        coord().post(`/inquiries/${contact.id}/convert`, { clientName: '同時 転換' }),
        coord2().post(`/inquiries/${contact.id}/convert`, { clientName: '同時 転換' }),
      ]);
      expect([r1.status, r2.status].sort()).toEqual([201, 409]);
      const loser = r1.status === 409 ? r1 : r2;
      expect(loser.body.code).toBe('INQUIRY_CONVERTED');
      expect(await countRows(s, 'cases', `client_name = '同時 転換'`)).toBe(1);
      const winner = r1.status === 201 ? r1 : r2;
      expect((await get(contact.id)).chainCaseId).toBe(winner.body.id);
    });

    it('moves the chain to the surviving case when a supervisor merges the case it became', async () => {
      const contact = await log(coord(), { nickname: 'とうごう' });
      const duplicate = (await coord().post(`/inquiries/${contact.id}/convert`, { clientName: '統合元 太郎', birthYear: 1977 })).body.id;
      const survivor = (await coord().post('/cases', { clientName: '統合先 太郎', birthYear: 1977 })).body.id;
      await sup().post(`/cases/${survivor}/merge`, { duplicateId: duplicate, reason: '同一人物' }).expect(201);
      expect((await get(contact.id)).chainCaseId).toBe(survivor);
      const timeline = (await sup().get(`/cases/${survivor}/timeline`)).body as Array<{ kind: string; recordId: string }>;
      expect(timeline.filter((e) => e.kind === 'inquiry').map((e) => e.recordId)).toEqual([contact.id]);
    });
  });
});
