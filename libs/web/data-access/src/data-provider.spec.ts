import { HttpError } from 'ra-core';
import { createDataProvider, timelineResource } from './data-provider';
import type { downloadFile, httpClient } from './http-client';

type Client = typeof httpClient;

function fakeClient(json: unknown = {}, contentRange = 'users 0-0/1') {
  const calls: { url: string; options: RequestInit }[] = [];
  const client = jest.fn(async (url: string, options: RequestInit = {}) => {
    calls.push({ url, options });
    return { status: 200, headers: new Headers({ 'Content-Range': contentRange }), body: JSON.stringify(json), json };
  });
  return { client: client as unknown as Client, calls };
}

const previous = {
  id: 'c0a80101-0000-4000-8000-000000000001',
  email: 'sato@example.jp',
  name: '佐藤 美咲',
  role: 'coordinator',
  centerId: 'c0a80101-0000-4000-8000-0000000000aa',
  active: true,
  version: 3,
  createdAt: '2026-04-01T09:00:00+09:00',
  updatedAt: '2026-04-02T09:00:00+09:00',
};

describe('dataProvider', () => {
  it('PUTs only the changed fields plus version', async () => {
    const { client, calls } = fakeClient({ ...previous, active: false, version: 4 });
    const provider = createDataProvider('/api', client);
    const result = await provider.update('users', {
      id: previous.id,
      data: { ...previous, active: false, password: null },
      previousData: previous,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(`/api/users/${previous.id}`);
    expect(calls[0].options.method).toBe('PUT');
    expect(JSON.parse(String(calls[0].options.body))).toEqual({ active: false, version: 3 });
    expect(result.data).toMatchObject({ version: 4 });
  });

  it('POSTs a new record without blank fields', async () => {
    const { client, calls } = fakeClient({ id: 'new', name: '相談 花子' });
    const provider = createDataProvider('/api', client);
    await provider.create('users', {
      data: { name: '相談 花子', email: 'hanako@example.jp', role: 'admin', centerId: null, password: 'long-enough-pass', note: '' },
    });
    expect(calls[0].url).toBe('/api/users');
    expect(calls[0].options.method).toBe('POST');
    expect(JSON.parse(String(calls[0].options.body))).toEqual({
      name: '相談 花子',
      email: 'hanako@example.jp',
      role: 'admin',
      password: 'long-enough-pass',
    });
  });

  it('lists with the simple REST query (filter, range, sort)', async () => {
    const { client, calls } = fakeClient([previous], 'users 0-0/1');
    const provider = createDataProvider('/api', client);
    const { data, total } = await provider.getList('users', {
      filter: { role: 'coordinator', active: true },
      pagination: { page: 2, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
    });
    expect(total).toBe(1);
    expect(data).toHaveLength(1);
    const url = new URL(calls[0].url, 'http://localhost');
    expect(url.pathname).toBe('/api/users');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ role: 'coordinator', active: true });
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([10, 19]);
    expect(JSON.parse(url.searchParams.get('sort') ?? '')).toEqual(['name', 'ASC']);
  });

  it('fetches many by id with a range covering every id', async () => {
    const { client, calls } = fakeClient([], 'centers */0');
    const provider = createDataProvider('/api', client);
    const ids = Array.from({ length: 40 }, (_, i) => `c0a80101-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await provider.getMany('centers', { ids });
    const url = new URL(calls[0].url, 'http://localhost');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ id: ids });
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([0, 39]);
    expect(JSON.parse(url.searchParams.get('sort') ?? '')).toEqual(['id', 'ASC']);
  });

  it('voids with DELETE and the reason as a JSON body', async () => {
    const { client, calls } = fakeClient({ id: 'c1', caseNumber: 'TSA-2026-0001' });
    const provider = createDataProvider('/api', client);
    const result = await provider.delete('cases', { id: 'c1', previousData: { id: 'c1' }, meta: { reason: '重複して登録したため' } });
    expect(calls[0].url).toBe('/api/cases/c1');
    expect(calls[0].options.method).toBe('DELETE');
    expect(JSON.parse(String(calls[0].options.body))).toEqual({ reason: '重複して登録したため' });
    expect(result.data).toMatchObject({ id: 'c1' });
  });

  it('reads a case timeline as a list, with paging and a kind filter', async () => {
    const { client, calls } = fakeClient([{ id: 'interview:1', kind: 'interview' }], 'timeline 20-20/21');
    const provider = createDataProvider('/api', client);
    const { data, total } = await provider.getList(timelineResource('c1'), {
      filter: { kind: 'interview' },
      pagination: { page: 2, perPage: 20 },
      sort: { field: 'id', order: 'DESC' },
    });
    expect(total).toBe(21);
    expect(data).toHaveLength(1);
    const url = new URL(calls[0].url, 'http://localhost');
    expect(url.pathname).toBe('/api/cases/c1/timeline');
    expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([20, 39]);
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ kind: 'interview' });
  });

  it('asks for duplicates with only the fields typed so far', async () => {
    const { client, calls } = fakeClient([]);
    const provider = createDataProvider('/api', client);
    await provider.findDuplicates({ name: ' 田中 翔太 ', kana: '', birthDate: '1984-06-02' });
    const url = new URL(calls[0].url, 'http://localhost');
    expect(url.pathname).toBe('/api/cases/duplicates');
    expect(Object.fromEntries(url.searchParams)).toEqual({ name: '田中 翔太', birthDate: '1984-06-02' });
  });

  it('asks the consent coverage for a purpose, subject and agency', async () => {
    const { client, calls } = fakeClient({ covered: false, consent: null });
    const provider = createDataProvider('/api', client);
    await expect(
      provider.consentCoverage({ caseId: 'c1', purpose: 'information_sharing', subject: 'client', agencyId: 'a1', on: '2026-11-27' }),
    ).resolves.toEqual({ covered: false, consent: null });
    const url = new URL(calls[0].url, 'http://localhost');
    expect(url.pathname).toBe('/api/consents/coverage');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      caseId: 'c1',
      purpose: 'information_sharing',
      subject: 'client',
      agencyId: 'a1',
      on: '2026-11-27',
    });
  });

  it('withdraws a consent with its date and reason', async () => {
    const { client, calls } = fakeClient({ id: 'k1', state: 'withdrawn' });
    const provider = createDataProvider('/api', client);
    await provider.withdrawConsent('k1', { withdrawnOn: '2026-11-27', reason: '本人の希望', version: 2 });
    expect(calls[0].url).toBe('/api/consents/k1/withdraw');
    expect(calls[0].options.method).toBe('POST');
    expect(JSON.parse(String(calls[0].options.body))).toEqual({ withdrawnOn: '2026-11-27', reason: '本人の希望', version: 2 });
  });

  it('reads the usual attendees and records a whole session at once', async () => {
    const { client, calls } = fakeClient([]);
    const provider = createDataProvider('/api', client);
    await provider.usualAttendees('s1');
    await provider.recordAttendance('s1', [
      { caseId: 'c1', attendee: 'family', familyMemberId: 'f1' },
      { caseId: 'c2', attendee: 'client', familyMemberId: null },
    ]);
    expect(calls[0].url).toBe('/api/program-sessions/s1/usual-attendees');
    expect(calls[1].url).toBe('/api/program-sessions/s1/attendances');
    expect(calls[1].options.method).toBe('POST');
    expect(JSON.parse(String(calls[1].options.body))).toEqual({
      entries: [
        { caseId: 'c1', attendee: 'family', familyMemberId: 'f1' },
        { caseId: 'c2', attendee: 'client' },
      ],
    });
  });

  it('lets errors through with their status', async () => {
    const client = jest.fn(async () => {
      throw new HttpError('tsunagu.errors.stale_version', 409, { code: 'STALE_VERSION' });
    }) as unknown as Client;
    const provider = createDataProvider('/api', client);
    await expect(provider.update('users', { id: previous.id, data: previous, previousData: previous })).rejects.toMatchObject({
      status: 409,
      message: 'tsunagu.errors.stale_version',
    });
  });

  describe('spreadsheet imports', () => {
    it('uploads the chosen files as multipart form data, field "files", leaving the Content-Type to the browser', async () => {
      const { client, calls } = fakeClient({ id: 'b1', status: 'draft' });
      const provider = createDataProvider('/api', client);
      const workbook = new File(['xlsx'], 'ケース台帳.xlsx');
      const csv = new File(['csv'], '家族.csv');
      await expect(provider.uploadImport([workbook, csv])).resolves.toEqual({ id: 'b1', status: 'draft' });
      expect(calls[0].url).toBe('/api/imports');
      expect(calls[0].options.method).toBe('POST');
      const body = calls[0].options.body as FormData;
      expect(body).toBeInstanceOf(FormData);
      expect(body.getAll('files').map((f) => (f as File).name)).toEqual(['ケース台帳.xlsx', '家族.csv']);
      expect(calls[0].options.headers).toBeUndefined();
    });

    it('commits a batch with POST /imports/:id/commit', async () => {
      const { client, calls } = fakeClient({ id: 'b1', status: 'committed' });
      const provider = createDataProvider('/api', client);
      await provider.commitImport('b1');
      expect(calls[0]).toMatchObject({ url: '/api/imports/b1/commit', options: { method: 'POST' } });
    });

    it('decides every row of an outcome with POST /imports/:id/decisions', async () => {
      const { client, calls } = fakeClient({ id: 'b1', status: 'draft' });
      const provider = createDataProvider('/api', client);
      await provider.decideImportRows('b1', { outcome: 'error', decision: 'skip' });
      expect(calls[0]).toMatchObject({ url: '/api/imports/b1/decisions', options: { method: 'POST', body: JSON.stringify({ outcome: 'error', decision: 'skip' }) } });
    });

    it('downloads the workbook template, or one sheet as CSV, with the bearer token', async () => {
      const urls: string[] = [];
      const download = jest.fn(async (url: string, fallbackName?: string) => {
        urls.push(url);
        return { blob: new Blob(['x']), filename: fallbackName ?? '' };
      }) as unknown as typeof downloadFile;
      const provider = createDataProvider('/api', fakeClient().client, download);
      expect((await provider.importTemplate({ format: 'xlsx' })).filename).toBe('tsunagu-import-template.xlsx');
      expect((await provider.importTemplate({ format: 'csv', sheet: 'contacts' })).filename).toBe('tsunagu-import-contacts.csv');
      expect(urls).toEqual(['/api/imports/template', '/api/imports/template?format=csv&sheet=contacts']);
    });
  });

  describe('CSV exports, reports and the directory', () => {
    const fakeDownload = () => {
      const urls: string[] = [];
      const download = jest.fn(async (url: string, fallbackName?: string) => {
        urls.push(url);
        return { blob: new Blob(['\ufeff']), filename: fallbackName ?? '' };
      }) as unknown as typeof downloadFile;
      return { download, urls };
    };

    it('exports a list as CSV with its filter and sort, up to the largest page, as format=csv', async () => {
      const { client } = fakeClient();
      const { download, urls } = fakeDownload();
      const provider = createDataProvider('/api', client, download);
      const file = await provider.exportCsv('cases', { filter: { status: 'active', q: '佐藤' }, sort: { field: 'openedOn', order: 'DESC' } });
      const url = new URL(urls[0], 'http://localhost');
      expect(url.pathname).toBe('/api/cases');
      expect(url.searchParams.get('format')).toBe('csv');
      expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual({ status: 'active', q: '佐藤' });
      expect(JSON.parse(url.searchParams.get('sort') ?? '')).toEqual(['openedOn', 'DESC']);
      expect(JSON.parse(url.searchParams.get('range') ?? '')).toEqual([0, 999]);
      expect(file.filename).toBe('tsunagu-cases.csv');
    });

    it('reads a report for a period, and an administrator’s one center', async () => {
      const { client, calls } = fakeClient({ from: '2026-04-01', to: '2027-03-31', rows: [] });
      const provider = createDataProvider('/api', client);
      await provider.report('caseload', { from: '2026-04-01', to: '2027-03-31' });
      await provider.report('activity', { from: '2026-11-01', to: '2026-11-30', centerId: 'c-1' });
      const first = new URL(calls[0].url, 'http://localhost');
      expect(first.pathname).toBe('/api/reports/caseload');
      expect(Object.fromEntries(first.searchParams)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
      const second = new URL(calls[1].url, 'http://localhost');
      expect(second.pathname).toBe('/api/reports/activity');
      expect(Object.fromEntries(second.searchParams)).toEqual({ from: '2026-11-01', to: '2026-11-30', centerId: 'c-1' });
    });

    it('downloads a report as CSV for the same period', async () => {
      const { client } = fakeClient();
      const { download, urls } = fakeDownload();
      const provider = createDataProvider('/api', client, download);
      await provider.reportCsv('activity', { from: '2026-04-01', to: '2026-11-27', centerId: null });
      const url = new URL(urls[0], 'http://localhost');
      expect(url.pathname).toBe('/api/reports/activity');
      expect(Object.fromEntries(url.searchParams)).toEqual({ from: '2026-04-01', to: '2026-11-27', format: 'csv' });
    });

    it('reads the colleague directory', async () => {
      const { client, calls } = fakeClient([{ id: 'u1', name: '相談 花子', role: 'coordinator' }]);
      const provider = createDataProvider('/api', client);
      await expect(provider.directory()).resolves.toEqual([{ id: 'u1', name: '相談 花子', role: 'coordinator' }]);
      expect(calls[0].url).toBe('/api/users/directory');
    });
  });
});
