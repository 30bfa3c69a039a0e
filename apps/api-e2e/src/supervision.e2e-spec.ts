import { japanDate } from '@tsunagu/contracts';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

/** The record that can be corrected, and the supervisor's workflows: closure, duplicates, merge, the audit trail. */
describe('supervision', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const bSup = () => as(s, s.org.users.bSupervisor);
  const admin = () => as(s, s.org.admin);
  const newCase = async (clientName: string, extra: object = {}) => {
    const res = await coord().post('/cases', { clientName, openedOn: dayFromToday(-30), ...extra });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseNumber: string };
  };

  describe('corrections of a contact record', () => {
    let caseId: string;
    let interviewId: string;
    beforeAll(async () => {
      caseId = (await newCase('修正 確認')).id;
      // The second coordinator works on the case too.
      await sup().put(`/cases/${caseId}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id] });
      const created = await coord().post('/interviews', {
        caseId,
        heldAt: `${dayFromToday(-2)}T10:00:00+09:00`,
        method: 'phone',
        summary: '母から電話。本人は昼夜逆点の生活。',
        confidentialNote: '父の飲酒について',
        durationMinutes: 20,
      });
      interviewId = created.body.id;
    });

    it('lets the author correct a record, and keeps who, when, which fields, old and new values', async () => {
      const current = (await coord().get(`/interviews/${interviewId}`)).body;
      expect(current.corrections).toEqual([]);
      // The whole record sent back, as react-admin does, with two fields changed.
      const res = await coord().put(`/interviews/${interviewId}`, { ...current, summary: '母から電話。本人は昼夜逆転の生活。', durationMinutes: 25 });
      expect(res.status).toBe(200);
      expect(res.body.corrections).toHaveLength(1);
      const [correction] = res.body.corrections;
      expect(correction.changedBy).toBe(s.org.users.aCoordinator.id);
      expect(Date.now() - Date.parse(correction.changedAt)).toBeLessThan(60_000);
      expect(correction.changes).toEqual([
        { field: 'durationMinutes', from: 20, to: 25 },
        { field: 'summary', from: '母から電話。本人は昼夜逆点の生活。', to: '母から電話。本人は昼夜逆転の生活。' },
      ]);
      const entry = (await coord().get(`/cases/${caseId}/timeline`)).body.find((e: { recordId: string }) => e.recordId === interviewId);
      expect(entry.corrected).toBe(true);
    });

    it('refuses a correction by a coordinator who did not write the record (403), and lets a supervisor correct it', async () => {
      const current = (await coord2().get(`/interviews/${interviewId}`)).body;
      const refused = await coord2().put(`/interviews/${interviewId}`, { summary: `${current.summary}（追記）` });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('CORRECTION_AUTHOR_ONLY');
      const bySupervisor = await sup().put(`/interviews/${interviewId}`, { method: 'in_person' });
      expect(bySupervisor.status).toBe(200);
      expect(bySupervisor.body.corrections.map((c: { changedBy: string }) => c.changedBy)).toEqual([s.org.users.aCoordinator.id, s.org.users.aSupervisor.id]);
    });

    it('shows a corrected confidential note only to those who may read the note', async () => {
      await coord().put(`/interviews/${interviewId}`, { confidentialNote: '父の飲酒と暴言について' });
      const noteChange = (body: { corrections: Array<{ changes: Array<{ field: string; from: unknown; to: unknown }> }> }) =>
        body.corrections.flatMap((c) => c.changes).find((c) => c.field === 'confidentialNote');
      expect(noteChange((await coord().get(`/interviews/${interviewId}`)).body)).toEqual({ field: 'confidentialNote', from: '父の飲酒について', to: '父の飲酒と暴言について' });
      expect(noteChange((await sup().get(`/interviews/${interviewId}`)).body)).toEqual({ field: 'confidentialNote', from: '父の飲酒について', to: '父の飲酒と暴言について' });
      const other = (await coord2().get(`/interviews/${interviewId}`)).body;
      expect(other.confidentialNote).toBeNull();
      expect(noteChange(other)).toEqual({ field: 'confidentialNote', from: null, to: null });
      expect(JSON.stringify(other)).not.toContain('飲酒');
    });

    it('keeps the history in the same transaction as the change: a refused correction leaves none', async () => {
      const before = await countRows(s, 'contact_record_changes', `record_id = '${interviewId}'`);
      const refused = await coord().put(`/interviews/${interviewId}`, { summary: '変更', nextContactOn: dayFromToday(-40) });
      expect(refused.status).toBe(400);
      expect(await countRows(s, 'contact_record_changes', `record_id = '${interviewId}'`)).toBe(before);
    });

    it('shows a voided record with its reason and author to supervisors only, and lists voided records for them', async () => {
      const visitCase = (await coord().post('/interviews', { caseId, method: 'email', summary: '誤って登録した記録' })).body.id;
      expect((await sup().del(`/interviews/${visitCase}`, { reason: '別のケースの記録だったため' })).status).toBe(200);
      const shown = await sup().get(`/interviews/${visitCase}`);
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ voidReason: '別のケースの記録だったため', voidedBy: s.org.users.aSupervisor.id });
      expect(shown.body.voidedAt).toEqual(expect.any(String));
      expect((await coord().get(`/interviews/${visitCase}`)).status).toBe(404);

      const voided = await sup().get(`/interviews?filter=${encodeURIComponent(JSON.stringify({ caseId, voided: true }))}`);
      expect(voided.status).toBe(200);
      expect(voided.body.map((i: { id: string }) => i.id)).toEqual([visitCase]);
      const current = await sup().get(`/interviews?filter=${encodeURIComponent(JSON.stringify({ caseId }))}`);
      expect(current.body.map((i: { id: string }) => i.id)).not.toContain(visitCase);
      const refused = await coord().get(`/interviews?filter=${encodeURIComponent(JSON.stringify({ caseId, voided: true }))}`);
      expect(refused.status).toBe(403);
      // Another center's supervisor sees nothing of it.
      expect((await bSup().get(`/interviews/${visitCase}`)).status).toBe(404);
      expect((await bSup().get(`/interviews?filter=${encodeURIComponent(JSON.stringify({ voided: true }))}`)).body).toEqual([]);
      // A voided record cannot be corrected.
      expect((await sup().put(`/interviews/${visitCase}`, { summary: '直す' })).status).toBe(404);
    });
  });

  describe('closure requests', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await newCase('終結 申出')).id;
      await sup().put(`/cases/${caseId}`, { status: 'active' });
    });
    const queue = async (who = sup()) =>
      (await who.get(`/cases?filter=${encodeURIComponent(JSON.stringify({ closureRequested: true }))}`)).body.map((c: { id: string }) => c.id);

    it('takes a reason and a note from the coordinator, once, and queues the case for the supervisor', async () => {
      expect((await coord().post(`/cases/${caseId}/closure-request`, { note: '理由なし' })).status).toBe(400);
      expect((await coord().post(`/cases/${caseId}/closure-request`, { reason: 'duplicate' })).status).toBe(400);
      expect((await sup().post(`/cases/${caseId}/closure-request`, { reason: 'goal_reached' })).status).toBe(403);
      const res = await coord().post(`/cases/${caseId}/closure-request`, { reason: 'goal_reached', note: '就労が半年続いている' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        closureRequested: true,
        closureRequest: { reason: 'goal_reached', note: '就労が半年続いている', requestedBy: s.org.users.aCoordinator.id },
        closureDecline: null,
      });
      const again = await coord().post(`/cases/${caseId}/closure-request`, { reason: 'goal_reached' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CLOSURE_REQUEST_PENDING');
      expect(await queue()).toEqual([caseId]);
      expect(await queue(bSup())).toEqual([]);
    });

    it('exports the queue as people read it: the request in columns of its own, names not ids', async () => {
      const res = await sup().get(`/cases?format=csv&filter=${encodeURIComponent(JSON.stringify({ closureRequested: true }))}`);
      const [header, row] = res.text.replace(/^\uFEFF/, '').split('\r\n').map((line) => line.split(','));
      const cell = (label: string) => row[header.indexOf(label)];
      expect(cell('終結の申し出')).toBe('はい');
      expect(cell('申し出た終結理由')).toBe('目標達成');
      expect(cell('終結の申し出の説明')).toBe('就労が半年続いている');
      expect(cell('終結を申し出た人')).toBe('相談 花子');
      expect(cell('終結の申し出日時')).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
      expect(header.at(-1)).toBe('ID');
      expect(row.slice(0, -1).join(',')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    });

    it('refuses setting the request through the case itself', async () => {
      const res = await coord().put(`/cases/${caseId}`, { closureRequested: false });
      expect(res.status).toBe(400);
      expect(res.body.message).toEqual(['closureRequested is set by the server and cannot be changed']);
    });

    it('lets the supervisor decline with a note back, which a new request clears', async () => {
      expect((await coord().post(`/cases/${caseId}/closure-request/decline`, { note: 'まだ' })).status).toBe(403);
      expect((await sup().post(`/cases/${caseId}/closure-request/decline`, {})).status).toBe(400);
      const blank = await sup().post(`/cases/${caseId}/closure-request/decline`, { note: '  \n ' });
      expect(blank.status).toBe(400);
      expect(blank.body.message).toEqual(['note must not be blank']);
      const declined = await sup().post(`/cases/${caseId}/closure-request/decline`, { note: '家族会への参加が定着するまで継続してください。' });
      expect(declined.status).toBe(201);
      expect(declined.body).toMatchObject({
        closureRequested: false,
        closureRequest: null,
        closureDecline: { note: '家族会への参加が定着するまで継続してください。', declinedBy: s.org.users.aSupervisor.id },
      });
      expect(await queue()).toEqual([]);
      const twice = await sup().post(`/cases/${caseId}/closure-request/decline`, { note: 'もう一度' });
      expect(twice.status).toBe(422);
      expect(twice.body.code).toBe('CLOSURE_NOT_REQUESTED');
      const renewed = await coord().post(`/cases/${caseId}/closure-request`, { reason: 'transferred' });
      expect(renewed.body).toMatchObject({ closureRequest: { reason: 'transferred', note: null }, closureDecline: null });
    });

    it('approves by closing the case, which ends the request', async () => {
      const closed = await sup().put(`/cases/${caseId}`, { status: 'closed', closureReason: 'transferred' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closureRequested: false, closureRequest: null });
      expect(await queue()).toEqual([]);
      const trail = (await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ caseId, entity: 'case_closure_request' }))}`)).body;
      expect(trail).toHaveLength(3);
    });
  });

  describe('duplicates', () => {
    it('asks for an explicit reason to register a case that matches an existing one', async () => {
      const first = await newCase('重複 太郎', { clientNameKana: 'ちょうふく たろう', birthYear: 1985 });
      const again = await coord().post('/cases', { clientName: '重複 太郎', birthYear: 1985 });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CASE_POSSIBLE_DUPLICATE');
      expect(again.body.message).toContain(first.caseNumber);
      // A different birth year is another person; nothing was half-saved by the refusal.
      expect((await coord().post('/cases', { clientName: '重複 太郎', birthYear: 1990 })).status).toBe(201);
      const anyway = await coord().post('/cases', { clientName: '重複 太郎', birthYear: 1985, duplicateReason: '同姓同名の別人（住所が異なる）' });
      expect(anyway.status).toBe(201);
      const [entry] = (await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ caseId: anyway.body.id, action: 'create' }))}`)).body;
      expect(entry).toMatchObject({ entity: 'case', caseNumber: anyway.body.caseNumber, userName: '相談 花子' });
    });

    it('lets a supervisor merge a duplicate: its records move, it closes as a duplicate with a link, all in one step', async () => {
      const survivor = await newCase('統合 花子', { birthYear: 1988 });
      const duplicate = await newCase('統合 はなこ', { birthYear: 1988 });
      const mother = (await coord().post('/family-members', { caseId: duplicate.id, relationship: 'mother', name: '統合 母', birthYear: 1955, livesWithClient: true })).body;
      await coord().post('/consents', { caseId: duplicate.id, givenBy: 'family', familyMemberId: mother.id, purpose: 'outreach', method: 'verbal', givenOn: dayFromToday(-10) });
      const interview = (await coord().post('/interviews', { caseId: duplicate.id, method: 'phone', summary: '母から相談' })).body;

      expect((await coord().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: '同一人物' })).status).toBe(403);
      expect((await sup().post(`/cases/${survivor.id}/merge`, { duplicateId: survivor.id, reason: '同一人物' })).status).toBe(400);
      expect((await bSup().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: '同一人物' })).status).toBe(404);
      expect((await sup().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id })).status).toBe(400);
      expect((await sup().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: '   ' })).status).toBe(400);

      const merged = await sup().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: '同一人物を2回登録していたため' });
      expect(merged.status).toBe(201);
      expect(merged.body.id).toBe(survivor.id);
      const closed = (await sup().get(`/cases/${duplicate.id}`)).body;
      expect(closed).toMatchObject({ status: 'closed', closureReason: 'duplicate', closedOn: japanDate(), mergedIntoId: survivor.id });
      const family = (await sup().get(`/family-members?filter=${encodeURIComponent(JSON.stringify({ caseId: survivor.id }))}`)).body;
      expect(family.map((f: { id: string }) => f.id)).toEqual([mother.id]);
      expect((await sup().get(`/interviews/${interview.id}`)).body.caseId).toBe(survivor.id);
      expect(await countRows(s, 'consents', `case_id = '${survivor.id}'`)).toBe(1);
      expect(await countRows(s, 'consents', `case_id = '${duplicate.id}'`)).toBe(0);

      const trail = (await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ entity: 'case_merge' }))}`)).body;
      expect(trail.map((e: { caseId: string }) => e.caseId).sort()).toEqual([survivor.id, duplicate.id].sort());
      // Merged once is merged: neither can take part in another merge.
      expect((await sup().post(`/cases/${survivor.id}/merge`, { duplicateId: duplicate.id, reason: 'もう一度' })).body.code).toBe('CASE_MERGE');
      // The merged case no longer shows up as a possible duplicate; the survivor does.
      const check = (await coord().get(`/cases/duplicates?name=${encodeURIComponent('統合 はなこ')}`)).body;
      expect(check).toEqual([]);
    });
  });

  describe('the audit trail', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await newCase('監査 確認')).id;
      await coord().get(`/cases/${caseId}`);
      await coord2().get(`/cases/${caseId}`).expect(404);
      await sup().get(`/cases/${caseId}`);
    });
    const trail = async (filter: object, who = sup()) => {
      const res = await who.get(`/audit-logs?range=[0,999]&filter=${encodeURIComponent(JSON.stringify(filter))}`);
      expect(res.status).toBe(200);
      return res.body as Array<{ userId: string; userName: string; action: string; caseNumber: string | null; caseId: string }>;
    };

    it("answers who read a case file, with names and the case number", async () => {
      const reads = await trail({ caseId, action: 'read' });
      expect(reads.map((e) => e.userName).sort()).toEqual(['相談 花子', '監督 一郎'].sort());
      expect(new Set(reads.map((e) => e.caseNumber)).size).toBe(1);
      expect(reads[0].caseNumber).toMatch(/^TSA-/);
    });

    it('filters by user and by a period of days in Japan time', async () => {
      const mine = await trail({ userId: s.org.users.aCoordinator2.id });
      expect(mine.every((e) => e.userId === s.org.users.aCoordinator2.id)).toBe(true);
      expect(await trail({ caseId, from: japanDate(), to: japanDate() })).toHaveLength((await trail({ caseId })).length);
      expect(await trail({ caseId, to: dayFromToday(-1) })).toEqual([]);
      expect(await trail({ caseId, from: dayFromToday(1) })).toEqual([]);
      expect((await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ from: '2026-13-01' }))}`)).status).toBe(400);
      const impossible = await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ to: '2026-02-30' }))}`);
      expect(impossible.status).toBe(400);
      expect(impossible.body.message).toBe('filter.to must be a date (YYYY-MM-DD)');
    });

    it("keeps each center's trail to itself", async () => {
      expect(await trail({ caseId }, bSup())).toEqual([]);
      expect((await trail({ caseId }, admin())).length).toBeGreaterThan(0);
      expect((await coord().get('/audit-logs')).status).toBe(403);
    });
  });
});
