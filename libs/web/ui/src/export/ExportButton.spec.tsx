import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, ListBase, type AuthProvider, type DataProvider } from 'react-admin';
import { ExportCsvButton, ExportListActions } from './ExportButton';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flush = async () => {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

/** Signed in with these grants ("resource:action"). */
const authWith = (grants: string[]): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '監督 一郎', role: 'supervisor', centerId: 'center-a' }),
  canAccess: async ({ action, resource }) => grants.includes(`${resource}:${action}`),
});

describe('CSV export buttons', () => {
  let root: Root;
  let clicked: Array<{ href: string; download: string }>;
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
    clicked = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:tsunagu/1'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = '';
    jest.restoreAllMocks();
  });

  const render = async (ui: React.ReactNode, dataProvider: Record<string, unknown>, grants: string[]) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} authProvider={authWith(grants)} i18nProvider={i18nProvider}>
          {ui}
        </AdminContext>,
      );
    });
    await flush();
  };
  const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(name)) as HTMLButtonElement | undefined;
  const csvFile = () => ({ blob: new Blob(['\ufeffケース番号\r\n']), filename: 'tsunagu-cases.csv' });

  it('asks the API for the list’s CSV with the filter and sort on screen, and saves the file', async () => {
    const exportCsv = jest.fn(async () => csvFile());
    const dataProvider = {
      getList: async () => ({ data: [{ id: 'c1', caseNumber: 'TSA-2026-0001' }], total: 1 }),
      exportCsv,
    };
    await render(
      <ListBase resource="cases" sort={{ field: 'openedOn', order: 'DESC' }} filterDefaultValues={{ status: 'active', q: '佐藤' }}>
        <ExportListActions />
      </ListBase>,
      dataProvider,
      ['cases:list', 'cases:export'],
    );
    const csv = button('CSV出力');
    expect(csv).toBeDefined();
    expect(csv?.disabled).toBe(false);
    await act(async () => csv?.click());
    await flush();
    expect(exportCsv).toHaveBeenCalledWith('cases', { filter: { status: 'active', q: '佐藤' }, sort: { field: 'openedOn', order: 'DESC' } });
    expect(clicked).toEqual([{ href: 'blob:tsunagu/1', download: 'tsunagu-cases.csv' }]);
  });

  it('adds a list’s permanent filter, which react-admin keeps out of the list context', async () => {
    const exportCsv = jest.fn(async () => csvFile());
    await render(
      <ListBase resource="follow-ups" filter={{ followUp: 'overdue' }} sort={{ field: 'nextContactOn', order: 'ASC' }}>
        <ExportListActions filter={{ followUp: 'overdue' }} />
      </ListBase>,
      { getList: async () => ({ data: [{ id: 'c1' }], total: 1 }), exportCsv },
      ['follow-ups:list', 'follow-ups:export'],
    );
    await act(async () => button('CSV出力')?.click());
    await flush();
    expect(exportCsv).toHaveBeenCalledWith('follow-ups', { filter: { followUp: 'overdue' }, sort: { field: 'nextContactOn', order: 'ASC' } });
  });

  it('is disabled for an empty list, and absent for whoever may not export', async () => {
    await render(
      <ListBase resource="cases">
        <ExportListActions />
      </ListBase>,
      { getList: async () => ({ data: [], total: 0 }), exportCsv: jest.fn() },
      ['cases:list', 'cases:export'],
    );
    expect(button('CSV出力')?.disabled).toBe(true);

    await render(<ExportCsvButton resource="audit-logs" />, { exportCsv: jest.fn() }, ['audit-logs:list']);
    expect(button('CSV出力')).toBeUndefined();
  });

  it('says so when the API refuses, and saves nothing', async () => {
    const exportCsv = jest.fn(async () => {
      throw new Error('tsunagu.errors.forbidden');
    });
    // react-admin's data provider logs the failed call in development builds.
    jest.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    await render(<ExportCsvButton resource="consents" filter={{ caseId: 'c1' }} label="tsunagu.export.consents" />, { exportCsv }, [
      'consents:export',
    ]);
    await act(async () => button('同意のCSV')?.click());
    await flush();
    expect(exportCsv).toHaveBeenCalledWith('consents', { filter: { caseId: 'c1' }, sort: undefined });
    expect(clicked).toEqual([]);
  });
});
