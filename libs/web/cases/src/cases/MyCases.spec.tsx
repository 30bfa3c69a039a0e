import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type AuthProvider, type DataProvider } from 'react-admin';
import { i18nProvider } from '@tsunagu/web-i18n';
import { MyCases } from './MyCases';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '相談 花子', role: 'coordinator', centerId: 'center-1' }),
  canAccess: async () => true,
};
const aCase = { id: 'c1', caseNumber: 'TSA-2026-0001', clientName: '田中 翔太', status: 'active', leadCoordinatorId: 'u1', riskFlags: [], secondCoordinatorIds: [] };

describe('MyCases (the coordinator home)', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = async (getList: DataProvider['getList']) => {
    const dataProvider = { getList, getMany: async () => ({ data: [] }), directory: async () => [] } as unknown as DataProvider;
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
          <MyCases />
        </AdminContext>,
      );
    });
    await flush();
  };

  it('shows placeholders, never 0件, while the cases load', async () => {
    await render(() => new Promise(() => undefined));
    expect(container.querySelector('[data-testid="count-loading"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="rows-loading"]')).not.toBeNull();
    expect(container.textContent).not.toContain('0件');
  });

  it('shows the count once the cases are there', async () => {
    await render(async () => ({ data: [aCase], total: 1 }) as never);
    expect(container.querySelector('[data-testid="count-loading"]')).toBeNull();
    expect(container.textContent).toContain('担当ケース（1件）');
    expect(container.textContent).toContain('田中 翔太');
  });
});
