import { ASSESSMENT_DOMAINS, japanDate, type AssessmentDto, type CaseDto } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, RecordContextProvider, type AuthProvider, type DataProvider } from 'react-admin';
import { AssessmentsTab } from './AssessmentsTab';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const theCase = { id: 'c1', status: 'active', caseNumber: 'TSA-2026-0001' } as CaseDto;
const scores = (values: Array<number | null>) => Object.fromEntries(ASSESSMENT_DOMAINS.map((d, i) => [d, { score: values[i], note: null }]));
const changes = (values: Array<number | null>) => Object.fromEntries(ASSESSMENT_DOMAINS.map((d, i) => [d, values[i]]));
const daysFromToday = (days: number) => new Date(Date.parse(`${japanDate()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const older = {
  id: 'a1',
  caseId: 'c1',
  assessedOn: '2026-01-10',
  assessorId: 'u1',
  ratings: scores([2, 2, 3, 1, 1, 3, 2, null]),
  latest: false,
  change: changes([null, null, null, null, null, null, null, null]),
  nextDueOn: null,
  createdBy: 'u1',
  version: 1,
} as unknown as AssessmentDto;
const newest = {
  ...older,
  id: 'a2',
  assessedOn: '2026-07-10',
  ratings: { ...scores([4, 1, 3, 1, 1, 3, 2, null]), family: { score: 3, note: '母と話せるようになった' } },
  strengths: '絵が得意',
  wishes: '外に出たい',
  latest: true,
  change: changes([2, -1, 0, 0, 0, 0, 0, null]),
  nextDueOn: daysFromToday(-3),
  version: 2,
} as unknown as AssessmentDto;

/** A coordinator of the center, who wrote both assessments. */
const authProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '相談 花子', role: 'coordinator', centerId: 'ca' }),
  canAccess: async () => true,
};

const flush = async () => {
  for (let i = 0; i < 8; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

// eslint-disable-next-line no-console -- the spy below passes every other error through
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(globalThis.console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('React does not recognize')) return;
    // react-admin logs a refused call; the last test refuses one on purpose.
    if (args[0] instanceof Error && args[0].message === 'tsunagu.errors.invalid') return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

describe('the assessments tab', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = async (dataProvider: object) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
          <RecordContextProvider value={theCase}>
            <AssessmentsTab />
          </RecordContextProvider>
        </AdminContext>,
      );
    });
    await flush();
  };
  const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;
  const click = async (element: Element) => {
    await act(async () => (element as HTMLElement).click());
    await flush();
  };
  const provider = () => ({
    getList: jest.fn(async () => ({ data: [newest, older], total: 2 })),
    create: jest.fn(async (_r: string, { data }: { data: Record<string, unknown> }) => ({ data: { ...data, id: 'a3' } })),
    update: jest.fn(async (_r: string, { data }: { data: Record<string, unknown> }) => ({ data })),
  });

  it('shows the newest with its changes and the overdue review, and the older one below', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    expect(dataProvider.getList).toHaveBeenCalledWith('assessments', expect.objectContaining({ filter: { caseId: 'c1' }, sort: { field: 'assessedOn', order: 'DESC' } }));
    const latest = container.querySelector('[data-testid="latest-assessment"]') as HTMLElement;
    const change = (domain: string) => latest.querySelector(`[data-testid="domain-${domain}"] [data-testid="change"]`)?.textContent;
    expect([change('health'), change('daily_life'), change('family'), change('risk')]).toEqual(['▲+2', '▼-1', '±0', '—']);
    expect(latest.querySelector('[data-testid="domain-risk"] [data-testid="score"]')?.textContent).toBe('不明');
    expect(latest.querySelector('[data-testid="domain-family"]')?.textContent).toContain('母と話せるようになった');
    expect(latest.querySelector('[data-testid="due-chip"]')?.textContent).toBe('見直し期限を過ぎています');
    expect(latest.textContent).toContain('絵が得意');
    const earlier = container.querySelectorAll('[data-testid="earlier-assessment"]');
    expect(earlier).toHaveLength(1);
    expect(earlier[0].textContent).toContain('2026/01/10');
  });

  it('records a reassessment from the newest: one score changed, all eight domains sent', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    await click(button('アセスメントを記録'));
    const family = container.querySelector('[data-testid="assessment-input-family"]') as HTMLElement;
    expect(family.querySelector('button[aria-pressed="true"]')?.textContent).toBe('3');
    expect((family.querySelector('input') as HTMLInputElement).value).toBe('母と話せるようになった');
    await click([...family.querySelectorAll('button')].find((b) => b.textContent === '4') as HTMLElement);
    await click(button('保存'));

    expect(dataProvider.create).toHaveBeenCalledTimes(1);
    const [resource, { data }] = dataProvider.create.mock.calls[0];
    expect(resource).toBe('assessments');
    expect(Object.keys(data['ratings'] as object)).toEqual([...ASSESSMENT_DOMAINS]);
    expect(data).toMatchObject({
      caseId: 'c1',
      assessedOn: japanDate(),
      strengths: '絵が得意',
      wishes: '外に出たい',
      ratings: { health: { score: 4, note: null }, family: { score: 4, note: '母と話せるようになった' }, risk: { score: null, note: null } },
    });
  });

  it('corrects the newest by sending the whole record back', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    await click(button('最新のアセスメントを修正'));
    const risk = container.querySelector('[data-testid="assessment-input-risk"]') as HTMLElement;
    await click([...risk.querySelectorAll('button')].find((b) => b.textContent === '5') as HTMLElement);
    await click(button('保存'));

    expect(dataProvider.update).toHaveBeenCalledTimes(1);
    const [resource, { id, data, previousData }] = dataProvider.update.mock.calls[0] as unknown as [string, { id: string; data: Record<string, unknown>; previousData: unknown }];
    expect([resource, id, previousData]).toEqual(['assessments', 'a2', newest]);
    expect(data).toMatchObject({ id: 'a2', version: 2, assessedOn: '2026-07-10', ratings: { risk: { score: 5, note: null }, health: { score: 4, note: null } } });
  });

  it('puts a refused rating on its domain', async () => {
    const dataProvider = {
      ...provider(),
      create: jest.fn(async () => {
        throw Object.assign(new Error('tsunagu.errors.invalid'), {
          status: 400,
          body: { message: ['ratings.social.note must be shorter than or equal to 1000 characters'], errors: { ratings: 'tsunagu.validation.too_long' } },
        });
      }),
    };
    await render(dataProvider);
    await click(button('アセスメントを記録'));
    await click(button('保存'));
    const social = container.querySelector('[data-testid="assessment-input-social"]') as HTMLElement;
    expect(social.textContent).toContain('長すぎます');
  });
});
