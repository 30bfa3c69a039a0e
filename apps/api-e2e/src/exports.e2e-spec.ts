import { as, countRows, Suite, useApi } from './support';

describe('list exports (format=csv)', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  let mine: string;

  beforeAll(async () => {
    mine = (await coord().post('/cases', { clientName: '出力 確認', municipality: 'みなと市', openedOn: '2026-11-01' })).body.id;
    await coord2().post('/cases', { clientName: '他の担当', municipality: 'みなと市' }).expect(201);
    const c = await as(s, s.org.users.aSupervisor).get(`/cases/${mine}`);
    await as(s, s.org.users.aSupervisor).put(`/cases/${mine}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id], version: c.body.version }).expect(200);
    await coord().post('/interviews', { caseId: mine, method: 'phone', summary: '電話', confidentialNote: '秘匿の内容' }).expect(201);
  });

  it('downloads exactly the rows the user may see, with Japanese headings and a BOM', async () => {
    const res = await coord().get('/cases?format=csv&range=[0,999]');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split('\r\n');
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(['ケース番号', '本人氏名', '状態']));
    expect(lines).toHaveLength(2);
    expect(res.text).toContain('出力 確認');
    expect(res.text).not.toContain('他の担当');
  });

  it('never exports a confidential note, whoever asks (it stays on screen for those allowed)', async () => {
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine }));
    for (const who of [coord(), coord2(), as(s, s.org.users.aSupervisor)]) {
      const res = await who.get(`/interviews?format=csv&filter=${filter}`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('電話');
      expect(res.text).not.toContain('秘匿の内容');
      expect(res.text).not.toContain('秘匿メモ');
    }
    expect((await coord().get(`/interviews?filter=${filter}`)).body[0].confidentialNote).toBe('秘匿の内容');
  });

  it('reads like the screens: labels, Japan time, names instead of ids, はい/いいえ, the id last', async () => {
    const heldAt = '2026-11-30T19:02:00Z'; // 2026/12/01 04:02 in Japan
    await coord().post('/interviews', { caseId: mine, method: 'in_person', summary: '来所面談', heldAt, participants: ['client'], durationMinutes: 50 }).expect(201);
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine, method: 'in_person' }));
    const res = await coord().get(`/interviews?format=csv&filter=${filter}`);
    expect(res.headers['content-disposition']).toMatch(/filename="tsunagu-interviews-\d{4}-\d{2}-\d{2}\.csv"/);
    const [header, row] = res.text.slice(1).trim().split('\r\n').map((line: string) => line.split(','));
    const cell = (heading: string) => row[header.indexOf(heading)];
    expect(header[0]).not.toBe('ID');
    expect(header.at(-1)).toBe('ID');
    expect(header.filter((h: string) => /ID$/.test(h))).toEqual(['ID']);
    expect(cell('ケース番号')).toMatch(/^TSA-\d{4}-\d{4}$/);
    expect(cell('日時')).toBe('2026/12/01 04:02');
    expect(cell('方法')).toBe('来所');
    expect(cell('参加者')).toBe('本人');
    expect(cell('対応職員')).toBe('相談 花子');
    expect(cell('記録者')).toBe('相談 花子');
    expect(cell('所要時間(分)')).toBe('50');
    expect(row.at(-1)).toMatch(/^[0-9a-f-]{36}$/);
    const cases = await coord().get('/cases?format=csv&range=[0,999]');
    const [caseHeader, caseRow] = cases.text.slice(1).trim().split('\r\n').map((line: string) => line.split(','));
    expect(caseRow[caseHeader.indexOf('状態')]).toBe('受付');
    expect(caseRow[caseHeader.indexOf('主担当')]).toBe('相談 花子');
    expect(caseRow[caseHeader.indexOf('副担当')]).toBe('相談 次郎');
    expect(caseRow[caseHeader.indexOf('センター')]).toBe('テストA市センター');
    expect(caseRow[caseHeader.indexOf('8050')]).toBe('いいえ');
    expect(caseRow[caseHeader.indexOf('受付日')]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
  });

  it('records every export in the audit log with who and what', async () => {
    const before = await countRows(s, 'audit_logs', `action = 'export'`);
    await coord().get('/cases?format=csv').expect(200);
    await as(s, s.org.users.aStaff).get('/cases?format=csv').expect(200);
    expect(await countRows(s, 'audit_logs', `action = 'export'`)).toBe(before + 2);
    expect(await countRows(s, 'audit_logs', `action = 'export' AND entity = 'cases' AND user_id = '${s.org.users.aStaff.id}'`)).toBe(1);
  });

  it('keeps the referral view in a staff export', async () => {
    const res = await as(s, s.org.users.aStaff).get('/cases?format=csv&range=[0,999]');
    const header = res.text.slice(1).split('\r\n')[0].split(',');
    expect(header.at(-1)).toBe('ID');
    expect([...header].sort()).toEqual(['ID', 'センター', 'ケース番号', '主担当', '市区町村', '年齢', '本人氏名'].sort());
  });
});
