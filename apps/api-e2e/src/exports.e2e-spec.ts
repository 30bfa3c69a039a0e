import { as, countRows, Suite, useApi } from './support';

describe('list exports (format=csv)', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  let mine: string;

  beforeAll(async () => {
    mine = (await coord().post('/cases', { clientName: '出力 確認', municipality: 'みなと市' })).body.id;
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

  it('never exports a confidential note to someone who may not read it', async () => {
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine }));
    expect((await coord().get(`/interviews?format=csv&filter=${filter}`)).text).toContain('秘匿の内容');
    const other = await coord2().get(`/interviews?format=csv&filter=${filter}`);
    expect(other.status).toBe(200);
    expect(other.text).toContain('電話');
    expect(other.text).not.toContain('秘匿の内容');
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
    expect(header.sort()).toEqual(['ID', 'センターID', 'ケース番号', '主担当ID', '市区町村', '年齢', '本人氏名'].sort());
  });
});
