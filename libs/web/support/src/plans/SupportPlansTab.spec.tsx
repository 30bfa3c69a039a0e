import { japanDate, type CaseDto, type SupportPlanDto } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, RecordContextProvider, type AuthProvider, type DataProvider } from 'react-admin';
import { SupportPlansTab } from './SupportPlansTab';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const theCase = { id: 'c1', status: 'active', caseNumber: 'TSA-2026-0001' } as CaseDto;
const daysFromToday = (days: number) => new Date(Date.parse(`${japanDate()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const earlier = {
  id: 'p1',
  caseId: 'c1',
  agreedOn: '2025-10-01',
  agreedHow: 'with_family',
  reviewOn: '2026-04-01',
  goals: [{ id: 'g0', goal: '家族が相談を続ける', steps: null, actors: ['family'], agencyId: null, targetOn: null, result: 'achieved', resultNote: null }],
  current: false,
  supersededById: 'p2',
  reviews: [],
  version: 1,
} as unknown as SupportPlanDto;
const current = {
  ...earlier,
  id: 'p2',
  agreedOn: '2026-04-01',
  agreedHow: 'with_client',
  reviewOn: daysFromToday(10),
  goals: [
    { id: 'g1', goal: '週1回図書館へ行く', steps: '母と一緒に', actors: ['client', 'family'], agencyId: null, targetOn: null, result: 'in_progress', resultNote: '2回行けた' },
    { id: 'g2', goal: '生活リズムを整える', steps: null, actors: ['client', 'center'], agencyId: null, targetOn: null, result: null, resultNote: null },
  ],
  current: true,
  supersededById: null,
  reviews: [{ id: 'r1', reviewedOn: '2026-06-01', dueOn: '2026-06-15', reviewedBy: 'u1' }],
  version: 2,
} as unknown as SupportPlanDto;

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

describe('the support plan tab', () => {
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

  const provider = () => ({
    getList: jest.fn(async () => ({ data: [current, earlier], total: 2 })),
    getMany: jest.fn(async () => ({ data: [] })),
    create: jest.fn(async (_r: string, { data }: { data: Record<string, unknown> }) => ({ data: { ...data, id: 'x' } })),
    directory: jest.fn(async () => []),
  });
  const render = async (dataProvider: object) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} authProvider={authProvider} i18nProvider={i18nProvider}>
          <RecordContextProvider value={theCase}>
            <SupportPlansTab />
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

  it('shows the plan in force with its goals, the review due soon, its reviews and the earlier plan folded', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    expect(dataProvider.getList).toHaveBeenCalledWith('support-plans', expect.objectContaining({ filter: { caseId: 'c1' } }));
    const plan = container.querySelector('[data-testid="current-plan"]') as HTMLElement;
    expect([...plan.querySelectorAll('[data-testid="plan-goal"]')].map((g) => g.querySelector('p')?.textContent)).toEqual(['週1回図書館へ行く', '生活リズムを整える']);
    expect(plan.querySelector('[data-testid="due-chip"]')?.textContent).toBe('見直しまで30日以内');
    expect(plan.querySelector('[data-testid="goal-result"]')?.textContent).toBe('取り組み中');
    expect(container.querySelectorAll('[data-testid="plan-review"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-testid="earlier-plan"]')).toHaveLength(1);
  });

  it('prefills a new plan with the goals of the plan in force and sends them without ids', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    await click(button('新しい計画を作成'));
    const form = container.querySelector('[role="region"]') as HTMLElement;
    const goals = [...form.querySelectorAll<HTMLInputElement>('input[name$=".goal"]')].map((i) => i.value);
    expect(goals).toEqual(['週1回図書館へ行く', '生活リズムを整える']);
    await click(button('保存'));
    expect(dataProvider.create).toHaveBeenCalledTimes(1);
    const [resource, { data }] = dataProvider.create.mock.calls[0];
    expect(resource).toBe('support-plans');
    expect(data).toMatchObject({ caseId: 'c1', agreedOn: japanDate(), agreedHow: 'with_client' });
    expect(data['goals']).toEqual([
      { goal: '週1回図書館へ行く', steps: '母と一緒に', actors: ['client', 'family'], agencyId: null, targetOn: null },
      { goal: '生活リズムを整える', steps: null, actors: ['client', 'center'], agencyId: null, targetOn: null },
    ]);
  });

  it('records a review only once every goal has a result', async () => {
    const dataProvider = provider();
    await render(dataProvider);
    await click(button('見直しを記録'));
    const rows = [...container.querySelectorAll('[data-testid="goal-evaluation"]')];
    await click([...rows[0].querySelectorAll('button')].find((b) => b.textContent === '達成') as HTMLElement);
    await click(button('保存'));
    expect(dataProvider.create).not.toHaveBeenCalled();
    expect(rows[1].textContent).toContain('評価を選んでください');

    await click([...rows[1].querySelectorAll('button')].find((b) => b.textContent === '取り組み中') as HTMLElement);
    await click(button('保存'));
    expect(dataProvider.create).toHaveBeenCalledTimes(1);
    const [resource, { data }] = dataProvider.create.mock.calls[0];
    expect(resource).toBe('support-plans/p2/review');
    expect(data['evaluations']).toEqual([
      { goalId: 'g1', result: 'achieved', note: '2回行けた' },
      { goalId: 'g2', result: 'in_progress', note: null },
    ]);
  });
});
