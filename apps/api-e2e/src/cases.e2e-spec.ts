import { fiscalYear, japanDate } from '@tsunagu/contracts';
import { sqlClient } from '@tsunagu/testing';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

describe('cases', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const sup = () => as(s, s.org.users.aSupervisor);

  it('creates a case as a coordinator, who becomes its lead, with a center-and-fiscal-year number', async () => {
    const res = await coord().post('/cases', {
      clientName: '田中 翔太',
      clientNameKana: 'タナカ ショウタ',
      birthDate: '1984-06-02',
      sex: 'male',
      municipality: 'みなと市',
      hikikomoriSince: '2015-04',
      chiefConcern: '10年以上自室からほとんど出ない。母が相談。',
      referralRoute: 'family',
      supportStage: 'encounter_assessment',
      riskFlags: ['financial_hardship'],
      clientContact: 'none',
      clientAware: false,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      caseNumber: `TSA-${fiscalYear(japanDate())}-0001`,
      centerId: s.org.centers.a.id,
      status: 'intake',
      leadCoordinatorId: s.org.users.aCoordinator.id,
      secondCoordinatorIds: [],
      birthYear: 1984,
      openedOn: japanDate(),
      clientContact: 'none',
      is8050: false,
      version: 1,
    });
  });

  it('numbers 25 cases created at once without a repeat', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => coord().post('/cases', { clientName: `同時 ${i}`, birthYear: 1990 })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(25).fill(201));
    const numbers = results.map((r) => r.body.caseNumber as string);
    expect(new Set(numbers).size).toBe(25);
    for (const n of numbers) expect(n).toMatch(/^TSA-\d{4}-\d{4}$/);
  });

  it('takes the fiscal year from the intake date (April to March)', async () => {
    const res = await coord().post('/cases', { clientName: '年度 確認', openedOn: '2025-03-31' });
    expect(res.body.caseNumber).toBe('TSA-2024-0001');
    const april = await coord().post('/cases', { clientName: '年度 確認二', openedOn: '2025-04-01' });
    expect(april.body.caseNumber).toBe('TSA-2025-0001');
  });

  it('needs a lead from a supervisor, and refuses a coordinator assigning others', async () => {
    const noLead = await sup().post('/cases', { clientName: '監督 作成' });
    expect(noLead.status).toBe(400);
    expect(noLead.body.message).toBe('leadCoordinatorId is required');
    const ok = await sup().post('/cases', { clientName: '監督 作成', leadCoordinatorId: s.org.users.aCoordinator2.id, secondCoordinatorIds: [s.org.users.aCoordinator.id] });
    expect(ok.status).toBe(201);
    expect(ok.body.secondCoordinatorIds).toEqual([s.org.users.aCoordinator.id]);
    const other = await coord().post('/cases', { clientName: 'x', leadCoordinatorId: s.org.users.aCoordinator2.id });
    expect(other.status).toBe(403);
  });

  it('refuses a stale update with 409 and changes nothing', async () => {
    const c = (await coord().post('/cases', { clientName: '版 確認' })).body;
    const first = await coord().put(`/cases/${c.id}`, { municipality: '一回目', version: c.version });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(c.version + 1);
    const second = await coord().put(`/cases/${c.id}`, { municipality: '二回目', version: c.version });
    expect(second.status).toBe(409);
    expect((await coord().get(`/cases/${c.id}`)).body).toMatchObject({ municipality: '一回目', version: c.version + 1 });
  });

  describe('status lifecycle', () => {
    let id: string;
    beforeAll(async () => {
      id = (await coord().post('/cases', { clientName: '経過 確認' })).body.id;
    });
    const move = (who: ReturnType<typeof coord>, body: object) => who.put(`/cases/${id}`, body);

    it('follows intake → active ↔ paused → closed → reopened, and refuses anything else with 422', async () => {
      expect((await move(coord(), { status: 'paused' })).status).toBe(422);
      expect((await move(coord(), { status: 'active' })).status).toBe(200);
      expect((await move(coord(), { status: 'intake' })).status).toBe(422);
      const noNote = await move(coord(), { status: 'paused' });
      expect(noNote.status).toBe(400);
      expect(noNote.body.code).toBe('CASE_PAUSE_NOTE');
      expect((await move(coord(), { status: 'paused', statusNote: '本人の入院のため' })).status).toBe(200);
      expect((await move(coord(), { status: 'active' })).status).toBe(200);
      const illegal = await move(coord(), { status: 'intake' });
      expect(illegal.body.message).toBe('A case cannot go from active to intake');
    });

    it('lets a coordinator only request closure; a supervisor closes with a reason', async () => {
      expect((await move(coord(), { status: 'closed', closureReason: 'goal_reached' })).status).toBe(403);
      const req = await coord().post(`/cases/${id}/closure-request`, { reason: 'goal_reached' });
      expect(req.body.closureRequested).toBe(true);
      const noReason = await move(sup(), { status: 'closed' });
      expect(noReason.status).toBe(422);
      expect(noReason.body.message).toBe('closureReason is required to close a case');
      const future = await move(sup(), { status: 'closed', closureReason: 'goal_reached', closedOn: dayFromToday(3) });
      expect(future.status).toBe(400);
      const closed = await move(sup(), { status: 'closed', closureReason: 'goal_reached' });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closureReason: 'goal_reached', closedOn: japanDate(), closureRequested: false });
      expect((await move(sup(), { status: 'paused' })).status).toBe(422);
    });

    it('reopens a closed case (supervisor only) and keeps the history', async () => {
      expect((await move(coord(), { status: 'active' })).status).toBe(403);
      const reopened = await move(sup(), { status: 'active' });
      expect(reopened.status).toBe(200);
      expect(reopened.body).toMatchObject({ status: 'active', closedOn: null, closureReason: null });
      const moves = await countRows(s, 'case_status_changes', `case_id = '${id}'`);
      expect(moves).toBe(1 + 3 + 2);
    });
  });

  describe('search and filters', () => {
    beforeAll(async () => {
      await coord().post('/cases', { clientName: '佐藤 花子', clientNameKana: 'サトウ ハナコ', clientContact: 'direct', riskFlags: ['self_harm'] });
      await coord().post('/cases', { clientName: '鈴木 一郎', clientNameKana: 'すずき いちろう', clientContact: 'none' });
    });
    const ids = async (filter: object) =>
      (await coord().get(`/cases?range=[0,999]&filter=${encodeURIComponent(JSON.stringify(filter))}`)).body.map((c: { clientName: string }) => c.clientName);

    it('searches name and kana regardless of hiragana/katakana and half/full width', async () => {
      expect(await ids({ q: 'さとう' })).toEqual(['佐藤 花子']);
      expect(await ids({ q: 'ｽｽﾞｷ' })).toEqual(['鈴木 一郎']);
      expect(await ids({ q: 'スズキイチロウ' })).toEqual(['鈴木 一郎']);
      expect(await ids({ q: '佐藤' })).toEqual(['佐藤 花子']);
      expect(await ids({ q: '%' })).toEqual([]);
    });

    it('finds a case by its number, whole or in part', async () => {
      const all: Array<{ clientName: string; caseNumber: string }> = (await coord().get('/cases?range=[0,999]')).body;
      const sato = all.find((c) => c.clientName === '佐藤 花子') as { caseNumber: string };
      expect(await ids({ q: sato.caseNumber })).toEqual(['佐藤 花子']);
      expect(await ids({ q: sato.caseNumber.toLowerCase() })).toEqual(['佐藤 花子']);
      expect(await ids({ q: sato.caseNumber.slice(-4) })).toContain('佐藤 花子');
    });

    it('filters by status, client contact, risk flag and coordinator', async () => {
      expect(await ids({ riskFlag: 'self_harm' })).toEqual(['佐藤 花子']);
      expect(await ids({ clientContact: 'direct' })).toEqual(['佐藤 花子']);
      expect((await ids({ status: 'intake', clientContact: 'none' })).length).toBeGreaterThan(2);
      expect(await ids({ coordinatorId: s.org.users.aStaff.id })).toEqual([]);
    });
  });

  describe('duplicate check', () => {
    beforeAll(async () => {
      await coord().post('/cases', { clientName: '山田 太郎', clientNameKana: 'ヤマダ タロウ', birthDate: '1975-01-15' });
      await as(s, s.org.users.bCoordinator).post('/cases', { clientName: '山田 太郎', clientNameKana: 'ヤマダ タロウ', birthDate: '1975-01-15' });
    });

    it('finds matches across the whole center, also cases the coordinator is not on, with limited fields', async () => {
      const res = await as(s, s.org.users.aCoordinator2).get(`/cases/duplicates?kana=${encodeURIComponent('やまだ たろう')}&birthDate=1975-03-03`);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(1);
      // Not on the case: no id (nothing to open or probe with), the lead to ask instead.
      expect(res.body[0]).toEqual({
        caseNumber: expect.stringMatching(/^TSA-/),
        initials: '山.太.',
        birthYear: 1975,
        leadCoordinatorId: s.org.users.aCoordinator.id,
        leadCoordinatorName: '相談 花子',
      });
    });

    it('gives the id only to those who may open the case: its lead and the supervisor', async () => {
      const query = `/cases/duplicates?kana=${encodeURIComponent('ヤマダ タロウ')}`;
      const lead = (await coord().get(query)).body;
      const supervisor = (await as(s, s.org.users.aSupervisor).get(query)).body;
      expect(lead).toHaveLength(1);
      expect(lead[0].id).toEqual(expect.any(String));
      expect(supervisor[0].id).toBe(lead[0].id);
      expect((await coord().get(`/cases/${lead[0].id}`)).status).toBe(200);
      expect((await as(s, s.org.users.aCoordinator2).get(`/cases/${lead[0].id}`)).status).toBe(404);
      expect((await as(s, s.org.users.aCoordinator2).get(query)).body[0]).not.toHaveProperty('id');
    });

    it('matches the name too, and not another birth year', async () => {
      expect((await coord().get(`/cases/duplicates?name=${encodeURIComponent('山田太郎')}`)).body).toHaveLength(1);
      expect((await coord().get(`/cases/duplicates?name=${encodeURIComponent('山田 太郎')}&birthYear=1980`)).body).toHaveLength(0);
    });

    it('is audited, and needs a name or a kana', async () => {
      const before = await countRows(s, 'audit_logs', `entity = 'case_duplicate_check'`);
      await coord().get(`/cases/duplicates?kana=${encodeURIComponent('ヤマダ')}`).expect(200);
      expect(await countRows(s, 'audit_logs', `entity = 'case_duplicate_check'`)).toBe(before + 1);
      const none = await coord().get('/cases/duplicates');
      expect(none.status).toBe(400);
      expect((await coord().get('/cases/duplicates?name=x&birthDate=1975-13-01')).status).toBe(400);
    });
  });

  describe('families and the 8050 flag', () => {
    it('flags 本人 40+ living with a parent 70+', async () => {
      const c = (await coord().post('/cases', { clientName: '高齢 世帯', birthYear: Number(japanDate().slice(0, 4)) - 52 })).body;
      expect(c.is8050).toBe(false);
      const mother = await coord().post('/family-members', { caseId: c.id, relationship: 'mother', name: '高齢 母', birthYear: Number(japanDate().slice(0, 4)) - 81, livesWithClient: true, mainConsulter: true });
      expect(mother.status).toBe(201);
      expect((await coord().get(`/cases/${c.id}`)).body.is8050).toBe(true);
      await coord().put(`/family-members/${mother.body.id}`, { livesWithClient: false, version: mother.body.version }).expect(200);
      expect((await coord().get(`/cases/${c.id}`)).body.is8050).toBe(false);
    });
  });

  describe('audit', () => {
    it('writes a read entry for every case detail read, and entries for creates and updates', async () => {
      const c = (await coord().post('/cases', { clientName: '監査 確認' })).body;
      await coord().get(`/cases/${c.id}`).expect(200);
      await as(s, s.org.users.aStaff).get(`/cases/${c.id}`).expect(200);
      await coord().put(`/cases/${c.id}`, { municipality: '監査市' }).expect(200);
      const db = await sqlClient(s.server.database.url);
      try {
        const { rows } = await db.query(`SELECT action, user_id, entity FROM audit_logs WHERE case_id = $1 ORDER BY at`, [c.id]);
        expect(rows).toEqual([
          { action: 'create', user_id: s.org.users.aCoordinator.id, entity: 'case' },
          { action: 'read', user_id: s.org.users.aCoordinator.id, entity: 'case' },
          { action: 'read', user_id: s.org.users.aStaff.id, entity: 'case' },
          { action: 'update', user_id: s.org.users.aCoordinator.id, entity: 'case' },
        ]);
      } finally {
        await db.end();
      }
    });
  });

  describe('void', () => {
    it('lets a supervisor void a case with a reason; it leaves lists but stays in the database', async () => {
      const c = (await coord().post('/cases', { clientName: '取消 確認' })).body;
      expect((await coord().del(`/cases/${c.id}`, { reason: '重複' })).status).toBe(403);
      expect((await sup().del(`/cases/${c.id}`, {})).status).toBe(400);
      expect((await sup().del(`/cases/${c.id}`, { reason: '重複して登録したため' })).status).toBe(200);
      expect((await sup().get(`/cases/${c.id}`)).status).toBe(404);
      const list = await sup().get('/cases?range=[0,999]');
      expect(list.body.some((x: { id: string }) => x.id === c.id)).toBe(false);
      expect(await countRows(s, 'cases', `id = '${c.id}' AND voided_at IS NOT NULL AND void_reason = '重複して登録したため'`)).toBe(1);
      expect(await countRows(s, 'audit_logs', `entity_id = '${c.id}' AND action = 'void' AND user_id = '${s.org.users.aSupervisor.id}'`)).toBe(1);
    });
  });
});
