import ExcelJS from 'exceljs';
import { contactDatesDrift } from './contact-dates';
import { as, bearer, countRows, Suite, useApi } from './support';
import { compoundFile, cp932Csv, utf8BomCsv, workbookOf, WORKBOOK_PARTS, zipOf, type SheetRows } from './import-fixtures';

type Row = { id: string; sheet: string; rowNumber: number; caseKey: string | null; outcome: string; problems: Array<{ column: string | null; message: string }> } & Record<string, unknown>;
type Batch = { id: string; status: string; counts: Record<string, Record<string, number>>; sheets: Array<{ sheet: string; source: string; headers: Array<{ header: string; field: string | null }>; missing: string[]; rows: number }> } & Record<string, unknown>;

/** Moving in from spreadsheets: templates, the dry run, mapping, duplicates, commit, re-import, void, bad files, roles. */
describe('imports', () => {
  const s: Suite = useApi();
  const sup = () => as(s, s.org.users.aSupervisor);
  const coord = () => as(s, s.org.users.aCoordinator);
  const filter = (f: object) => `?filter=${encodeURIComponent(JSON.stringify(f))}&range=[0,999]`;
  const upload = (files: Array<[Buffer, string]>, who = s.org.users.aSupervisor) => {
    const req = s.http().post('/api/imports').set(bearer(who.token));
    for (const [data, name] of files) req.attach('files', data, name);
    return req;
  };
  const uploaded = async (files: Array<[Buffer, string]>): Promise<Batch> => {
    const res = await upload(files);
    expect({ status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ status: 201, body: undefined });
    return res.body;
  };
  const rowsOf = async (batchId: string, f: object = {}): Promise<Row[]> => (await sup().get(`/import-rows${filter({ batchId, ...f })}`).expect(200)).body;
  const decide = async (row: Row, decision: 'import' | 'skip' | null) => {
    const res = await sup().put(`/import-rows/${row.id}`, { ...row, decision });
    expect(res.status).toBe(200);
    return res.body as Row;
  };
  const rowKeyed = (rows: Row[], key: string) => rows.find((r) => r.caseKey === key) as Row;

  const CASES_HEADER = ['整理番号', '本人氏名', 'ふりがな', '生年月日', '性別', '市区町村', '相談経路', '受付日', '主担当'];
  const caseSheet = (): SheetRows => [
    ['令和6年度 ケース一覧'],
    CASES_HEADER,
    ['K-001', '山田 太郎', 'ﾔﾏﾀﾞ ﾀﾛｳ', 'H2.4.1', '男', 'テストA市', '家族', '令和6年4月1日', '相談 花子'],
    ['K-002', '鈴木　花', 'すずき はな', new Date(Date.UTC(1995, 0, 15)), '女性', 'テストA市', '医療機関', '２０２４／５／１０', 'acoordinator@test.tsunagu.example'],
    ['K-003', '佐藤 次郎', null, 'R6.2.30', '男性', null, null, '2024-06-01', '相談 花子'],
    ['K-004', '高橋 三郎', null, null, '不明', null, '近所の人', '2024/6/2', '存在しない 職員'],
    ['K-005', '既存 太郎', 'キゾン タロウ', { formula: 'DATE(1980,1,1)', result: new Date(Date.UTC(1980, 0, 1)) }, '男', null, null, '2024/7/1', '相談 次郎'],
  ];
  const familySheet = (): SheetRows => [
    ['整理番号', '続柄', '氏名', '生年', '同居'],
    ['K-001', '母親', '山田 恵子', 1958, 'はい'],
    ['K-002', '父', '鈴木 一郎', { formula: '1960+0', result: 1960 }, '別居'],
    ['K-003', '母', '佐藤 良子', 1960, 'はい'],
  ];
  const contactSheet = (): SheetRows => [
    ['整理番号', '日時', '方法', '所要時間(分)', '要旨', '対応職員'],
    ['K-001', 'R6.4.1 14:00', '電話', 30, '母より電話。本人は昼夜逆転。', null],
    ['K-001', '2024/4/15', '来所', '1時間', '母が来所。家族会の案内。', '相談 次郎'],
    ['K-001', '2024/4/15', '来所', '1時間', '母が来所。家族会の案内。', '相談 次郎'],
    ['K-002', '2024/5/10 10:30', 'TEL', '２０分', '本人より電話。', null],
    ['K-003', '2024/6/1', '電話', 10, '初回の電話。', null],
  ];
  const workbook = () => workbookOf({ ケース: caseSheet(), 家族: familySheet(), 支援経過: contactSheet() });

  let existingCase: { id: string; caseNumber: string };
  beforeAll(async () => {
    existingCase = (await coord().post('/cases', { clientName: '既存 太郎', clientNameKana: 'きぞん たろう', birthYear: 1980 }).expect(201)).body;
  });

  describe('who may import', () => {
    it('is for supervisors only: coordinators, staff and the administrator get 403 on every route', async () => {
      const file = await workbook();
      for (const who of [s.org.users.aCoordinator, s.org.users.aStaff, s.org.admin]) {
        expect((await upload([[file, 'cases.xlsx']], who)).status).toBe(403);
        const caller = as(s, who);
        expect((await caller.get('/imports')).status).toBe(403);
        expect((await caller.get('/imports/template')).status).toBe(403);
        expect((await caller.get(`/import-rows${filter({ batchId: existingCase.id })}`)).status).toBe(403);
      }
      expect(await countRows(s, 'import_batches')).toBe(0);
    });

    it("keeps each center's batches to itself", async () => {
      const batch = await uploaded([[await workbook(), 'cases.xlsx']]);
      const other = as(s, s.org.users.bSupervisor);
      expect((await other.get(`/imports/${batch.id}`)).status).toBe(404);
      expect((await other.get(`/import-rows${filter({ batchId: batch.id })}`)).status).toBe(404);
      expect((await other.post(`/imports/${batch.id}/commit`)).status).toBe(404);
      expect((await other.del(`/imports/${batch.id}`, { reason: '他センター' })).status).toBe(404);
      const row = (await rowsOf(batch.id))[0];
      expect((await other.put(`/import-rows/${row.id}`, { decision: 'skip' })).status).toBe(404);
      expect((await other.get('/imports')).body).toEqual([]);
      await sup().del(`/imports/${batch.id}`, { reason: '試しの取込' }).expect(200);
    });
  });

  describe('templates', () => {
    it('gives an .xlsx with the three sheets, commented headers and drop-down lists', async () => {
      const res = await sup().get('/imports/template').buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body);
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['ケース', '家族', '支援経過']));
      const cases = wb.getWorksheet('ケース') as ExcelJS.Worksheet;
      expect(cases.getRow(1).values).toEqual(expect.arrayContaining(['整理番号', '本人氏名', '生年月日', '性別', '主担当']));
      const sexColumn = (cases.getRow(1).values as string[]).indexOf('性別');
      expect(String(cases.getCell(1, sexColumn).note)).toContain('男性');
      expect(cases.getCell(2, sexColumn).dataValidation).toMatchObject({ type: 'list' });
      const method = wb.getWorksheet('支援経過') as ExcelJS.Worksheet;
      expect(method.getCell(1, 1).value).toBe('整理番号');
    });

    it('gives each sheet as a CSV with a BOM that the import reads back', async () => {
      const res = await sup().get('/imports/template?format=csv&sheet=contacts');
      expect(res.status).toBe(200);
      expect(res.text.startsWith('\ufeff整理番号,日時,方法')).toBe(true);
      expect((await sup().get('/imports/template?format=pdf')).status).toBe(400);
      expect((await sup().get('/imports/template?format=csv&sheet=nope')).status).toBe(400);
    });
  });

  describe('a workbook from a center', () => {
    let batch: Batch;
    let rows: Row[];

    it('dry-runs every row, normalising Japanese forms, without writing a record', async () => {
      const before = await countRows(s, 'cases');
      batch = await uploaded([[await workbook(), 'ケース台帳.xlsx']]);
      expect(batch).toMatchObject({ status: 'draft', fileName: 'ケース台帳.xlsx' });
      expect(batch.fileHash).toMatch(/^[0-9a-f]{64}$/);
      expect(batch.counts['cases']).toMatchObject({ create: 2, error: 2, undecided: 1 });
      expect(batch.counts['family']).toMatchObject({ create: 2, skip: 1 });
      expect(batch.counts['contacts']).toMatchObject({ create: 4, skip: 1 });
      expect(batch.sheets.find((x) => x.sheet === 'cases')).toMatchObject({ source: 'ケース', rows: 5, missing: [] });
      expect(await countRows(s, 'cases')).toBe(before);

      rows = await rowsOf(batch.id);
      const yamada = rowKeyed(rows.filter((r) => r.sheet === 'cases'), 'K-001');
      expect(yamada).toMatchObject({ rowNumber: 3, outcome: 'create', problems: [] });
      expect(yamada['values']).toMatchObject({
        clientName: '山田 太郎',
        clientNameKana: 'ヤマダ タロウ',
        birthDate: '1990-04-01',
        sex: 'male',
        referralRoute: 'family',
        openedOn: '2024-04-01',
        leadCoordinatorId: s.org.users.aCoordinator.id,
      });
      expect(rowKeyed(rows.filter((r) => r.sheet === 'cases'), 'K-002')['values']).toMatchObject({
        clientName: '鈴木 花',
        birthDate: '1995-01-15',
        sex: 'female',
        openedOn: '2024-05-10',
        leadCoordinatorId: s.org.users.aCoordinator.id,
      });
      const phone = rows.find((r) => r.sheet === 'contacts' && r.rowNumber === 2) as Row;
      expect(phone['values']).toMatchObject({ heldAt: '2024-04-01T14:00:00+09:00', method: 'phone', durationMinutes: 30, staffIds: [s.org.users.aCoordinator.id] });
      expect((rows.find((r) => r.sheet === 'contacts' && r.rowNumber === 3) as Row)['values']).toMatchObject({ method: 'in_person', durationMinutes: 60, staffIds: [s.org.users.aCoordinator2.id] });
      expect((rows.find((r) => r.sheet === 'family' && r.rowNumber === 3) as Row)['values']).toMatchObject({ relationship: 'father', birthYear: 1960, livesWithClient: false });
    });

    it('says what is wrong in Japanese, with the row and the column, and filters the rows with errors or duplicates', async () => {
      const errors = await rowsOf(batch.id, { outcome: 'error' });
      expect(errors.map((r) => [r.sheet, r.rowNumber])).toEqual([
        ['cases', 5],
        ['cases', 6],
      ]);
      expect(errors[0].problems).toEqual([{ column: '生年月日', message: expect.stringContaining('「R6.2.30」は存在しない日付です') }]);
      expect(errors[1].problems).toEqual(
        expect.arrayContaining([
          { column: '相談経路', message: expect.stringMatching(/^「近所の人」は使えない値です。使える値: 本人、家族、/) },
          { column: '主担当', message: expect.stringContaining('「存在しない 職員」という職員はこのセンターにいません') },
        ]),
      );
      const duplicates = await rowsOf(batch.id, { duplicates: true });
      expect(duplicates).toHaveLength(1);
      expect(duplicates[0]).toMatchObject({ caseKey: 'K-005', outcome: 'undecided', duplicates: [{ caseNumber: existingCase.caseNumber, row: null, initials: '既.太.', birthYear: 1980 }] });
      // The family member and the contact of a case row with an error wait with it.
      expect((await rowsOf(batch.id, { outcome: 'skip' })).map((r) => [r.sheet, r.caseKey])).toEqual([
        ['family', 'K-003'],
        ['contacts', 'K-003'],
      ]);
    });

    it('downloads the rows with errors as a CSV to fix the file from', async () => {
      const res = await sup().get(`/import-rows?format=csv&filter=${encodeURIComponent(JSON.stringify({ batchId: batch.id, outcome: 'error' }))}`);
      expect(res.status).toBe(200);
      const [header, first] = res.text.replace(/^\ufeff/, '').split('\r\n');
      expect(header).toBe('シート,行,整理番号,結果,問題,重複の可能性,判断,ケース番号,記録ID,ID');
      expect(first).toMatch(/^ケース,5,K-003,エラー,生年月日: 「R6\.2\.30」は存在しない日付です,,,,,[0-9a-f-]{36}$/);
      const batches = await sup().get('/imports?format=csv');
      expect(batches.text.replace(/^\ufeff/, '').split('\r\n')[1]).toContain('確認中（未確定）,ケース台帳.xlsx,ケース 2件・家族 2件・支援経過 4件,監督 一郎');
    });

    it('refuses to commit while a row has an error or an undecided duplicate, and writes nothing', async () => {
      const res = await sup().post(`/imports/${batch.id}/commit`);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('IMPORT_UNRESOLVED');
      expect(await countRows(s, 'cases', `import_batch_id IS NOT NULL`)).toBe(0);
    });

    it('takes decisions from the whole row as react-admin sends it, and refuses "import" where no duplicate was found', async () => {
      const caseRows = await rowsOf(batch.id, { sheet: 'cases' });
      const wrong = await sup().put(`/import-rows/${rowKeyed(caseRows, 'K-001').id}`, { ...rowKeyed(caseRows, 'K-001'), decision: 'import' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.code).toBe('IMPORT_DECISION');
      const forged = await sup().put(`/import-rows/${rowKeyed(caseRows, 'K-001').id}`, { ...rowKeyed(caseRows, 'K-001'), outcome: 'create', rowNumber: 99 });
      expect(forged.status).toBe(400);
      expect(await decide(rowKeyed(caseRows, 'K-003'), 'skip')).toMatchObject({ outcome: 'skip' });
      expect(await decide(rowKeyed(caseRows, 'K-004'), 'skip')).toMatchObject({ outcome: 'skip' });
      expect(await decide(rowKeyed(caseRows, 'K-005'), 'import')).toMatchObject({ outcome: 'create' });
      expect((await sup().get(`/imports/${batch.id}`).expect(200)).body.counts['cases']).toMatchObject({ create: 3, skip: 2, error: 0, undecided: 0 });
    });

    it('commits in one go: cases numbered by the usual counter, family members, past contacts as imported interviews', async () => {
      const res = await sup().post(`/imports/${batch.id}/commit`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'committed', committedBy: s.org.users.aSupervisor.id });
      expect(res.body.counts['cases']).toMatchObject({ create: 3, skip: 2 });
      const committed = await rowsOf(batch.id, { sheet: 'cases', outcome: 'create' });
      expect(committed.map((r) => r.caseNumber)).toEqual(['TSA-2024-0001', 'TSA-2024-0002', 'TSA-2024-0003']);
      const yamada = rowKeyed(committed, 'K-001');
      const kase = (await coord().get(`/cases/${yamada.recordId}`).expect(200)).body;
      expect(kase).toMatchObject({ caseNumber: 'TSA-2024-0001', clientName: '山田 太郎', clientNameKana: 'ヤマダ タロウ', openedOn: '2024-04-01', status: 'intake', leadCoordinatorId: s.org.users.aCoordinator.id });
      const family = (await coord().get(`/family-members${filter({ caseId: yamada.recordId })}`).expect(200)).body;
      expect(family).toEqual([expect.objectContaining({ relationship: 'mother', name: '山田 恵子', birthYear: 1958, livesWithClient: true })]);
      const timeline = (await coord().get(`/cases/${yamada.recordId}/timeline?range=[0,99]`).expect(200)).body as Array<Record<string, unknown>>;
      const interviews = timeline.filter((e) => e['kind'] === 'interview');
      expect(interviews).toHaveLength(3);
      expect(interviews.map((e) => e['imported'])).toEqual([true, true, true]);
      expect(await countRows(s, 'import_rows', `batch_id = '${batch.id}' AND cells <> '[]'`)).toBe(0);
      const audit = await countRows(s, 'audit_logs', `entity = 'import_batch' AND entity_id = '${batch.id}'`);
      expect(audit).toBe(2);
      expect((await sup().post(`/imports/${batch.id}/commit`)).status).toBe(409);
    });

    it('creates nothing when the same file is imported again', async () => {
      const cases = await countRows(s, 'cases');
      const interviews = await countRows(s, 'interviews');
      const again = await uploaded([[await workbook(), 'ケース台帳.xlsx']]);
      expect(again.counts['cases']).toMatchObject({ create: 0, already_imported: 3, error: 2 });
      expect(again.counts['family']).toMatchObject({ create: 0, already_imported: 2 });
      expect(again.counts['contacts']).toMatchObject({ create: 0, already_imported: 4 });
      expect((await sup().post(`/imports/${again.id}/decisions`, { outcome: 'error', decision: 'import' })).status).toBe(400);
      const skipped = await sup().post(`/imports/${again.id}/decisions`, { outcome: 'error', decision: 'skip' });
      expect(skipped.status).toBe(200);
      expect(skipped.body.counts['cases']).toMatchObject({ error: 0, skip: 2 });
      await sup().post(`/imports/${again.id}/commit`).expect(200);
      expect(await countRows(s, 'cases')).toBe(cases);
      expect(await countRows(s, 'interviews')).toBe(interviews);
    });

    it('voids a whole batch with a reason, as a void elsewhere, and then the file imports anew', async () => {
      const yamada = rowKeyed(await rowsOf(batch.id, { sheet: 'cases', outcome: 'create' }), 'K-001');
      expect((await sup().del(`/imports/${batch.id}`, {})).status).toBe(400);
      const res = await sup().del(`/imports/${batch.id}`, { reason: '取込元のファイルが古い版だったため' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'voided', voidReason: '取込元のファイルが古い版だったため' });
      expect(await countRows(s, 'cases', `import_batch_id = '${batch.id}' AND voided_at IS NULL`)).toBe(0);
      expect(await countRows(s, 'interviews', `import_batch_id = '${batch.id}' AND voided_at IS NULL`)).toBe(0);
      expect(await countRows(s, 'family_members', `import_batch_id = '${batch.id}' AND voided_at IS NULL`)).toBe(0);
      expect((await coord().get(`/cases/${yamada.recordId}`)).status).toBe(404);
      expect((await sup().del(`/imports/${batch.id}`, { reason: 'もう一度' })).status).toBe(422);
      const anew = await uploaded([[await workbook(), 'ケース台帳.xlsx']]);
      expect(anew.counts['cases']).toMatchObject({ create: 2, undecided: 1, already_imported: 0 });
      await sup().del(`/imports/${anew.id}`, { reason: '確認のみ' }).expect(200);
    });

    it("keeps the follow-ups' contact dates of imported contacts, and of their void, with the records", async () => {
      const kept = 'case_contact_dates d JOIN cases c ON c.id = d.case_id';
      const ofBatch = `c.import_batch_id = '${batch.id}'`;
      expect(await countRows(s, kept, ofBatch)).toBeGreaterThan(0);
      expect(await countRows(s, kept, `${ofBatch} AND d.last_contact_on IS NOT NULL`)).toBe(0);
      expect(await contactDatesDrift(s)).toEqual([]);
    });
  });

  describe('CSV files', () => {
    const header = ['整理番号', '本人氏名', '生年月日', '性別', '主担当'];
    const rows = [
      ['C-1', '伊藤 ﾐﾅﾐ', 'S59.6.2', '女', '相談 花子'],
      ['C-2', '渡辺 健', '平成30年12月3日', '男性', '相談 花子'],
    ];

    it('reads Shift_JIS (CP932) as Japanese Excel saves it, and UTF-8 with a BOM, the same way', async () => {
      const sjis = await uploaded([[cp932Csv([header, ...rows]), 'cases.csv']]);
      const bom = await uploaded([[utf8BomCsv([header, ...rows]), 'cases.csv']]);
      for (const batch of [sjis, bom]) {
        const read = await rowsOf(batch.id);
        expect(read.map((r) => r['values'])).toEqual([
          expect.objectContaining({ caseKey: 'C-1', clientName: '伊藤 ミナミ', birthDate: '1984-06-02', sex: 'female' }),
          expect.objectContaining({ caseKey: 'C-2', clientName: '渡辺 健', birthDate: '2018-12-03', sex: 'male' }),
        ]);
        await sup().del(`/imports/${batch.id}`, { reason: '確認のみ' }).expect(200);
      }
    });

    it('asks for the columns it does not know, and reads the rows again once they are mapped', async () => {
      const batch = await uploaded([[utf8BomCsv([['No', '利用者名', '担当職員', '備考'], ['M-1', '中村 歩', '相談 花子', 'メモ']]), 'ケース.csv']]);
      const sheet = batch.sheets[0];
      expect(sheet).toMatchObject({ sheet: 'cases', missing: ['本人氏名', '主担当'] });
      expect(sheet.headers).toEqual([
        { header: 'No', field: 'caseKey' },
        { header: '利用者名', field: null },
        { header: '担当職員', field: null },
        { header: '備考', field: null },
      ]);
      expect((await rowsOf(batch.id))[0].problems.map((p) => p.message)).toEqual(['「本人氏名」が空です', '「主担当」が空です']);
      const mapped = { ...sheet, headers: [sheet.headers[0], { header: '利用者名', field: 'clientName' }, { header: '担当職員', field: 'leadCoordinatorId' }, sheet.headers[3]] };
      const bad = await sup().put(`/imports/${batch.id}`, { sheets: [{ ...mapped, headers: [...mapped.headers.slice(0, 3), { header: '備考', field: 'clientName' }] }] });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ code: 'IMPORT_MAPPING' });
      const unknown = await sup().put(`/imports/${batch.id}`, { sheets: [{ ...mapped, headers: [...mapped.headers.slice(0, 3), { header: '備考', field: 'password' }] }] });
      expect(unknown.status).toBe(400);
      // As react-admin's update sends it: the whole record, with the mapping changed.
      const current = (await sup().get(`/imports/${batch.id}`).expect(200)).body;
      const res = await sup().put(`/imports/${batch.id}`, { ...current, sheets: [{ ...current.sheets[0], headers: mapped.headers }] });
      expect(res.status).toBe(200);
      expect(res.body.sheets[0].missing).toEqual([]);
      expect(res.body.counts['cases']).toMatchObject({ create: 1, error: 0 });
      expect((await rowsOf(batch.id))[0]['values']).toMatchObject({ clientName: '中村 歩', leadCoordinatorId: s.org.users.aCoordinator.id });
      await sup().del(`/imports/${batch.id}`, { reason: '確認のみ' }).expect(200);
    });
  });

  describe('where support stands', () => {
    it('imports closed and active cases with their status history, and refuses closure fields that do not fit', async () => {
      const batch = await uploaded([
        [
          await workbookOf({
            ケース: [
              ['整理番号', '本人氏名', '受付日', '主担当', '状態', '終結日', '終結理由'],
              ['S-1', '終結 一子', '2023/5/1', '相談 花子', '終結', 'R6.3.15', '目標達成'],
              ['S-2', '支援 二郎', '2023/6/1', '相談 花子', '支援中', null, null],
              ['S-3', '中断 三子', '2023/7/1', '相談 花子', '中断', null, null],
              ['S-4', '理由 四郎', '2023/8/1', '相談 花子', '終結', '2024/1/1', null],
              ['S-5', '早期 五子', '2023/9/1', '相談 花子', '終結', '2023/8/1', '転居'],
              ['S-6', '受付 六郎', '2023/10/1', '相談 花子', null, '2024/1/1', null],
            ],
          }),
          'status.xlsx',
        ],
      ]);
      const rows = await rowsOf(batch.id);
      expect(rows.map((r) => [r.caseKey, r.outcome])).toEqual([
        ['S-1', 'create'],
        ['S-2', 'create'],
        ['S-3', 'error'],
        ['S-4', 'error'],
        ['S-5', 'error'],
        ['S-6', 'error'],
      ]);
      expect(rows[2].problems[0].message).toContain('「支援中」で取り込み');
      expect(rows[3].problems[0].message).toContain('「終結理由」が必要です');
      expect(rows[4].problems[0].message).toContain('「終結日」が「受付日」より前です');
      expect(rows[5].problems[0].message).toContain('状態が「終結」のケースにだけ');
      for (const r of rows.slice(2)) await decide(r, 'skip');
      await sup().post(`/imports/${batch.id}/commit`).expect(200);
      const created = await rowsOf(batch.id, { outcome: 'create' });
      const closed = (await sup().get(`/cases/${created[0].recordId}`).expect(200)).body;
      expect(closed).toMatchObject({ status: 'closed', openedOn: '2023-05-01', closedOn: '2024-03-15', closureReason: 'goal_reached' });
      expect((await sup().get(`/cases/${created[1].recordId}`).expect(200)).body).toMatchObject({ status: 'active', closedOn: null });
      const history = (await sup().get(`/cases/${created[0].recordId}/timeline?range=[0,99]`).expect(200)).body as Array<Record<string, unknown>>;
      expect(history.filter((e) => e['kind'] === 'status_change').map((e) => e['detail'])).toEqual(['closed', 'intake']);
      // The fiscal year's activity report counts the closure on its day.
      const report = (await sup().get('/reports/activity?from=2023-04-01&to=2024-03-31').expect(200)).body;
      expect(report.closuresByReason).toMatchObject({ goal_reached: 1, moved_away: 0 });
    });
  });

  describe('bad files', () => {
    const refused = async (files: Array<[Buffer, string]>, status: number, code?: string) => {
      const batches = await countRows(s, 'import_batches');
      const res = await upload(files);
      expect(res.status).toBe(status);
      if (code) expect(res.body.code).toBe(code);
      expect(await countRows(s, 'import_batches')).toBe(batches);
      return res;
    };

    it('refuses what is not a spreadsheet, macros, passwords, old .xls, damaged zips and other zips', async () => {
      await refused([[Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'photo.csv']], 400, 'IMPORT_FILE_TYPE');
      await refused([[zipOf([...WORKBOOK_PARTS, { name: 'xl/vbaProject.bin', data: Buffer.from('macro') }]), 'book.xlsm']], 400, 'IMPORT_MACRO');
      await refused([[compoundFile(true), 'locked.xlsx']], 400, 'IMPORT_ENCRYPTED');
      await refused([[compoundFile(false), 'old.xls']], 400, 'IMPORT_FILE_TYPE');
      await refused([[zipOf([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]), 'letter.docx']], 400, 'IMPORT_FILE_TYPE');
      await refused([[(await workbook()).subarray(0, 2000), 'cut.xlsx']], 400, 'IMPORT_FILE_UNREADABLE');
      await refused([[Buffer.alloc(0), 'empty.csv']], 400, 'IMPORT_NO_SHEETS');
      await refused([], 400, 'IMPORT_FILE_TYPE');
    });

    it('refuses a zip bomb before reading it, whether its parts tell their size or lie about it', async () => {
      const zeros = Buffer.alloc(110 * 1024 * 1024);
      const bomb = zipOf([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', data: zeros }, { name: 'xl/worksheets/sheet2.xml', data: zeros }]);
      expect(bomb.length).toBeLessThan(1024 * 1024);
      await refused([[bomb, 'bomb.xlsx']], 400, 'IMPORT_TOO_BIG');
      const liar = zipOf([...WORKBOOK_PARTS, { name: 'xl/worksheets/sheet1.xml', data: zeros, claimedSize: 1000 }]);
      await refused([[liar, 'liar.xlsx']], 400, 'IMPORT_FILE_UNREADABLE');
    });

    it('refuses a file over 20 MB with 413 before reading it', async () => {
      await refused([[Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'huge.csv']], 413);
    });

    it('skips 100,000 blank rows, takes cached formula results, and never evaluates a formula', async () => {
      const sheet: SheetRows = [['整理番号', '本人氏名', '生年', '主担当']];
      sheet.push(['F-1', '小林 優', { formula: '1990+0', result: 1990 }, '相談 花子']);
      sheet.push(['F-2', '加藤 誠', { formula: 'NOW()' } as ExcelJS.CellFormulaValue, '相談 花子']);
      for (let i = 0; i < 100_000; i++) sheet.push([' ']);
      sheet.push(['F-3', '=HYPERLINK("http://example.com","x")', null, '相談 花子']);
      const batch = await uploaded([[await workbookOf({ ケース: sheet }), 'formulas.xlsx']]);
      const rows = await rowsOf(batch.id);
      expect(rows).toHaveLength(3);
      expect(rows[0]).toMatchObject({ outcome: 'create' });
      expect(rows[0]['values']).toMatchObject({ birthYear: 1990 });
      expect(rows[1]).toMatchObject({ outcome: 'error', problems: [{ column: '生年', message: expect.stringContaining('数式の結果が保存されていません') }] });
      expect(rows[2]).toMatchObject({ rowNumber: 100_004, outcome: 'create' });
      expect(rows[2]['values']).toMatchObject({ clientName: '=HYPERLINK("http://example.com","x")' });
      await decide(rows[1], 'skip');
      await sup().post(`/imports/${batch.id}/commit`).expect(200);
      // What came in as text goes out of every CSV escaped, never as a formula.
      const csv = await coord().get(`/cases?format=csv&filter=${encodeURIComponent(JSON.stringify({ q: 'HYPERLINK' }))}`);
      expect(csv.text).toContain(`'=HYPERLINK`);
      expect(csv.text).not.toMatch(/(^|,)=HYPERLINK/m);
    });

    it('reads every Japanese character of a large sheet intact (multi-byte characters across the reader\'s chunks)', async () => {
      const sheet: SheetRows = [['整理番号', '本人氏名', '主担当', '主訴']];
      for (let i = 1; i <= 4_000; i++) sheet.push([`J-${i}`, `日本語 ${i}号`, '相談 花子', `ひきこもり状態が${i}日続いている。家族会への参加を検討中。`]);
      const batch = await uploaded([[await workbookOf({ ケース: sheet }), 'large.xlsx']]);
      expect(batch.counts['cases']).toMatchObject({ create: 4_000, error: 0 });
      const rows = (await sup().get(`/import-rows?filter=${encodeURIComponent(JSON.stringify({ batchId: batch.id }))}&range=[0,999]`).expect(200)).body as Row[];
      const garbled = rows.filter((r) => JSON.stringify(r['values']).includes('\ufffd'));
      expect(garbled.map((r) => r.rowNumber)).toEqual([]);
      expect(rows[999]['values']).toMatchObject({ clientName: '日本語 1000号', chiefConcern: 'ひきこもり状態が1000日続いている。家族会への参加を検討中。' });
      await sup().del(`/imports/${batch.id}`, { reason: '確認のみ' }).expect(200);
    });

    it('checks a file of several pages as a whole: keys, people and first contacts across pages, decisions and numbers', async () => {
      // 2,500 cases and 1,500 contacts: the dry run reads, checks and writes 1,000 rows at a time.
      const cases: SheetRows = [['整理番号', '本人氏名', '受付日', '主担当']];
      for (let i = 1; i <= 2_500; i++) cases.push([`P-${i}`, `頁 ${i}号`, i === 3 ? null : '2024/4/1', '相談 花子']);
      cases[2_400] = ['P-5', '頁 重複キー', '2024/4/1', '相談 花子']; // row 2,401: the key of row 6
      cases[2_450] = ['P-2450', '頁 10号', '2024/4/1', '相談 花子']; // row 2,451: the name of row 11
      const contacts: SheetRows = [['整理番号', '日時', '方法', '要旨']];
      for (let j = 1; j <= 1_499; j++) contacts.push([j === 1_400 ? 'P-2450' : `P-${j}`, '2024/6/10 10:00', '電話', `頁の記録 ${j}`]);
      contacts.push(['P-3', '2024/5/20 09:00', '来所', '初回の来所（最後の頁）']); // row 1,501: P-3's first contact
      const batch = await uploaded([[await workbookOf({ ケース: cases, 支援経過: contacts }), 'pages.xlsx']]);
      expect(batch.counts['cases']).toMatchObject({ create: 2_498, error: 1, undecided: 1 });
      expect(batch.counts['contacts']).toMatchObject({ create: 1_499, undecided: 1 });

      const [twice] = await rowsOf(batch.id, { sheet: 'cases', outcome: 'error' });
      expect(twice).toMatchObject({ rowNumber: 2_401, problems: [{ column: null, message: '整理番号「P-5」は6行目と重複しています' }] });
      const [sameName] = await rowsOf(batch.id, { sheet: 'cases', outcome: 'undecided' });
      expect(sameName).toMatchObject({ rowNumber: 2_451, duplicates: [{ caseNumber: null, row: 11, initials: '頁.1.' }] });
      expect(await decide(sameName, 'skip')).toMatchObject({ outcome: 'skip' });
      expect(await rowsOf(batch.id, { sheet: 'contacts', outcome: 'skip' })).toEqual([expect.objectContaining({ rowNumber: 1_401, caseKey: 'P-2450' })]);
      await sup().post(`/imports/${batch.id}/decisions`, { outcome: 'error', decision: 'skip' }).expect(200);

      const committed = (await sup().post(`/imports/${batch.id}/commit`).expect(200)).body as Batch;
      expect(committed.counts['cases']).toMatchObject({ create: 2_498, skip: 2 });
      expect(committed.counts['contacts']).toMatchObject({ create: 1_499, skip: 1 });
      const ofBatch = `import_batch_id = '${batch.id}'`;
      expect(await countRows(s, 'cases', ofBatch)).toBe(2_498);
      expect(await countRows(s, 'cases', `${ofBatch} AND import_key = 'P-3' AND opened_on = '2024-05-20'`)).toBe(1);
      expect(await countRows(s, 'interviews', ofBatch)).toBe(1_499);
      await sup().del(`/imports/${batch.id}`, { reason: '確認のみ' }).expect(200);
    }, 120_000);

    it('refuses unknown words, impossible dates and unknown coordinators row by row, and imports nothing of them', async () => {
      const batch = await uploaded([
        [
          await workbookOf({
            ケース: [
              ['整理番号', '本人氏名', '生年月日', '性別', '主担当'],
              ['E-1', '松本 光', 'H31.5.1', '男', '相談 花子'],
              ['E-2', '井上 翼', '2000/1/1', 'おとこ', '相談 花子'],
              ['E-3', '木村 蓮', '2000/1/1', '男', 'nobody@example.com'],
              ['E-4', '林 葵', '2030/1/1', '女', '連携 三郎'],
            ],
          }),
          'errors.xlsx',
        ],
      ]);
      const rows = await rowsOf(batch.id);
      expect(rows.map((r) => r.outcome)).toEqual(['error', 'error', 'error', 'error']);
      expect(rows[0].problems[0]).toMatchObject({ column: '生年月日', message: expect.stringContaining('平成の期間外') });
      expect(rows[1].problems[0]).toMatchObject({ column: '性別', message: expect.stringContaining('使える値: 女性、男性、その他、不明') });
      expect(rows[2].problems[0]).toMatchObject({ column: '主担当', message: expect.stringContaining('このセンターにいません') });
      expect(rows[3].problems).toEqual(
        expect.arrayContaining([
          { column: '主担当', message: expect.stringContaining('主担当にできません') },
          { column: '生年月日', message: '「生年月日」が未来の日付です' },
        ]),
      );
      expect((await sup().post(`/imports/${batch.id}/commit`)).status).toBe(422);
      expect(await countRows(s, 'cases', `client_name IN ('松本 光', '井上 翼', '木村 蓮', '林 葵')`)).toBe(0);
    });
  });
});
