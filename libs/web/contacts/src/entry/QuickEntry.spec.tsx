import type { CaseDto } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type DataProvider } from 'react-admin';
import { InterviewQuickForm, OutreachQuickForm } from './QuickEntry';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const theCase = { id: 'c1', status: 'active', caseNumber: 'TSA-2026-0001' } as CaseDto;
const mother = { id: 'f1', caseId: 'c1', relationship: 'mother', name: '佐藤 和子', birthYear: 1960, livesWithClient: true, mainConsulter: true, version: 1 };

/** Types into a React-controlled field the way a browser does. */
function typeInto(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

// react-admin 5 still hands MUI v5 prop names (InputProps, inputRef...) to MUI 9 inputs; React's
// development build warns about each. Those warnings are not about this code.
// eslint-disable-next-line no-console -- the spy below passes every other error through
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(globalThis.console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('React does not recognize')) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

describe('quick entry', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    localStorage.clear();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  const render = async (ui: React.ReactNode, dataProvider: Partial<DataProvider>) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as DataProvider} i18nProvider={i18nProvider}>
          {ui}
        </AdminContext>,
      );
    });
    await flush();
  };

  it('logs a phone call with the mother: defaults filled in, Ctrl+Enter sends it', async () => {
    const create = jest.fn(async (_resource: string, { data }: { data: Record<string, unknown> }) => ({ data: { ...data, id: 'i1' } }));
    const getList = jest.fn(async () => ({ data: [mother], total: 1 }));
    const done = jest.fn();
    await render(<InterviewQuickForm caseRecord={theCase} onDone={done} />, { create, getList } as never);

    expect((container.querySelector('input[value="phone"]') as HTMLInputElement).checked).toBe(true);
    const motherBox = [...container.querySelectorAll('label')].find((l) => l.textContent === '母 佐藤 和子')?.querySelector('input');
    expect(motherBox).toBeTruthy();
    await act(async () => motherBox?.click());
    const summary = container.querySelector('textarea[name="summary"]') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(summary);
    await act(async () => typeInto(summary, '母より電話。'));
    await act(async () => {
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await flush();

    expect(create).toHaveBeenCalledTimes(1);
    const [resource, { data }] = create.mock.calls[0];
    expect(resource).toBe('interviews');
    expect(data).toEqual({
      caseId: 'c1',
      heldAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/),
      method: 'phone',
      participants: ['family'],
      familyMemberIds: ['f1'],
      summary: '母より電話。',
    });
    expect(done).toHaveBeenCalled();
    expect(localStorage.getItem('tsunagu.lastInterviewMethod')).toBe('phone');
  });

  it('shows whether an outreach consent covers the visit day before saving', async () => {
    const consentCoverage = jest.fn(async () => ({ covered: false, consent: null }));
    const getList = jest.fn(async () => ({ data: [mother], total: 1 }));
    await render(<OutreachQuickForm caseRecord={theCase} onDone={jest.fn()} />, { getList, consentCoverage } as never);
    expect(consentCoverage).toHaveBeenCalledWith(expect.objectContaining({ caseId: 'c1', purpose: 'outreach', subject: 'any' }));
    expect(container.textContent).toContain('有効な訪問支援の同意がありません');
    await act(async () => typeInto(container.querySelector('textarea[name="summary"]') as HTMLTextAreaElement, '玄関先で母と話した。'));
    await flush();
    const save = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === '記録する') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
  });

  it('lets the visit be saved once a consent covers its day', async () => {
    const consent = { id: 'k1', caseId: 'c1', givenBy: 'client', purpose: 'outreach', method: 'written', givenOn: '2026-11-01', expiresOn: null, categories: [], familyMemberId: null, agencyId: null };
    const consentCoverage = jest.fn(async () => ({ covered: true, consent }));
    const getList = jest.fn(async () => ({ data: [mother], total: 1 }));
    await render(<OutreachQuickForm caseRecord={theCase} onDone={jest.fn()} />, { getList, consentCoverage } as never);
    expect(container.textContent).toContain('訪問支援の同意があります');
    await act(async () => typeInto(container.querySelector('textarea[name="summary"]') as HTMLTextAreaElement, '玄関先で母と話した。'));
    await flush();
    const save = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === '記録する') as HTMLButtonElement;
    expect(save.disabled).toBe(false);
  });
});
