import type { ReferralDto, Role } from '@tsunagu/contracts';
import { canAccess } from '@tsunagu/web-data-access';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type AuthProvider, type DataProvider } from 'react-admin';
import { SendReferralDialog } from './SendReferralDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// react-admin 5 hands MUI v5 prop names to MUI 9 inputs; React's development build warns about each.
// eslint-disable-next-line no-console -- the spy below passes every other error through
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(globalThis.console, 'error').mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('React does not recognize')) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

const referral: ReferralDto = {
  id: 'r1',
  caseId: 'c1',
  agencyId: 'a1',
  subject: 'client',
  familyMemberId: null,
  reason: '就労相談',
  accompanied: false,
  status: 'planned',
  plannedOn: '2026-11-20',
  referredOn: null,
  respondedOn: null,
  closedOn: null,
  feedback: null,
  responsibleUserId: 'u1',
  version: 1,
  createdAt: '2026-11-20T00:00:00Z',
  updatedAt: '2026-11-20T00:00:00Z',
};

const authAs = (role: Role): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getIdentity: async () => ({ id: 'u1', fullName: '連携 三郎', role, centerId: 'center-a' }),
  canAccess: async ({ action, resource }) => canAccess(role, { action, resource }),
});

const flush = async () => {
  for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('SendReferralDialog', () => {
  let root: Root;
  beforeEach(() => {
    const container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    document.body.innerHTML = '';
  });

  const render = async (role: Role, dataProvider: Partial<DataProvider>, onSend = jest.fn()) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as DataProvider} authProvider={authAs(role)} i18nProvider={i18nProvider}>
          <SendReferralDialog referral={referral} isPending={false} onSend={onSend} onClose={jest.fn()} />
        </AdminContext>,
      );
    });
    await flush();
    return onSend;
  };
  const sendButton = () => [...document.querySelectorAll('button')].find((b) => b.textContent === '送付する') as HTMLButtonElement;

  it('asks for the subject’s information-sharing consent naming the agency, and offers only what it covers', async () => {
    const consentCoverage = jest.fn(async () => ({
      covered: true,
      consent: { id: 'k1', purpose: 'information_sharing', givenBy: 'client', method: 'written', givenOn: '2026-11-20', expiresOn: null, familyMemberId: null, agencyId: null, categories: ['basic', 'work_school'] },
    }));
    const onSend = await render('staff', { consentCoverage, getMany: async () => ({ data: [] }) } as never);
    expect(consentCoverage).toHaveBeenCalledWith(expect.objectContaining({ caseId: 'c1', purpose: 'information_sharing', subject: 'client', agencyId: 'a1' }));
    expect(document.body.textContent).toContain('この紹介に使える同意があります');
    const boxes = [...document.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes).toHaveLength(2);
    expect(boxes.every((b) => b.checked)).toBe(true);
    await act(async () => sendButton().click());
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ basis: 'consent', categories: ['basic', 'work_school'] }));
  });

  it('keeps staff from sending without a consent, and offers them no other basis', async () => {
    await render('staff', { consentCoverage: async () => ({ covered: false, consent: null }) } as never);
    expect(document.body.textContent).toContain('この紹介を対象とする同意がありません');
    expect(document.body.textContent).not.toContain('提供の根拠');
    expect(sendButton().disabled).toBe(true);
  });

  it('lets a supervisor send on another legal basis, with a written reason', async () => {
    const onSend = await render('supervisor', { consentCoverage: async () => ({ covered: false, consent: null }) } as never);
    expect(document.body.textContent).toContain('提供の根拠');
    // Choose "support meeting" in the basis select.
    const select = document.querySelector('[role="combobox"]') as HTMLElement;
    await act(async () => select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true })));
    const option = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent?.startsWith('支援会議')) as HTMLElement;
    await act(async () => option.click());
    await flush();
    expect(sendButton().disabled).toBe(true);
    const reason = document.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => typeInto(reason, '支援会議で共有に合意'));
    const basic = [...document.querySelectorAll('label')].find((l) => l.textContent === '基本情報')?.querySelector('input') as HTMLInputElement;
    await act(async () => basic.click());
    expect(sendButton().disabled).toBe(false);
    await act(async () => sendButton().click());
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ basis: 'support_meeting', basisReason: '支援会議で共有に合意', categories: ['basic'] }));
  });
});
