import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type DataProvider } from 'react-admin';
import { BasisDialog } from './BasisDialog';
import type { ConferenceFormValues } from './conference-logic';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const members = [
  { name: '山本 和子', agencyId: 'a1', pledgedOn: '2026-04-01' },
  { name: '中村 誠', agencyId: 'a2', pledgedOn: null },
];
const base: ConferenceFormValues = { heldOn: '2026-05-01', kind: 'internal', title: '会議', cases: [{ caseId: 'c1' }], outsideAttendees: members, categories: ['basic'] };

describe('the basis shown before a conference is saved', () => {
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

  const dataProvider = {
    getMany: jest.fn(async (resource: string) => ({
      data: resource === 'cases' ? [{ id: 'c1', caseNumber: 'TSA-2026-0001' }] : [{ id: 'a1', name: 'サポステ' }, { id: 'a2', name: '福祉課' }],
    })),
    consentCoverage: jest.fn(async ({ agencyId }: { agencyId: string }) => ({ covered: agencyId === 'a1', consent: null })),
  };
  const render = async (values: ConferenceFormValues) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} i18nProvider={i18nProvider}>
          <BasisDialog values={values} isPending={false} onConfirm={() => undefined} onClose={() => undefined} />
        </AdminContext>,
      );
    });
    for (let i = 0; i < 6; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
  };
  const summary = () => document.querySelector('[data-testid="basis-summary"]')?.textContent;

  it('names the members’ duty of confidentiality with the pledges counted at a 支援会議', async () => {
    await render({ ...base, kind: 'poverty_act_meeting' });
    expect(summary()).toContain('構成員の守秘義務（誓約: 2名中1名）');
  });

  it('names no outside sharing at an internal review, even if members were typed before the kind changed', async () => {
    await render(base);
    expect(summary()).toContain('外部への提供なし');
    expect(document.body.textContent).not.toContain('山本 和子');
  });

  it('checks each case’s consent for each agency at a consent-based meeting', async () => {
    await render({ ...base, kind: 'consent_based' });
    expect(summary()).toContain('各ケースの同意（支援会議・事例検討）');
    expect(dataProvider.consentCoverage).toHaveBeenCalledWith(expect.objectContaining({ caseId: 'c1', agencyId: 'a2', purpose: 'case_conference', on: '2026-05-01' }));
    const checks = [...document.querySelectorAll('[data-testid="consent-check"]')].map((c) => c.textContent);
    expect(checks).toEqual([
      'TSA-2026-0001 ・ サポステ同意あり（支援会議・事例検討）',
      'TSA-2026-0001 ・ 福祉課この機関を含む有効な同意がありません（保存できません）',
    ]);
  });

  const confirm = () => [...document.querySelectorAll('button')].find((b) => b.textContent === '確認して保存') as HTMLButtonElement;

  it('holds the save while a case is not covered for an agency, and lets it go once every pair is', async () => {
    await render({ ...base, kind: 'consent_based' });
    expect(confirm().disabled).toBe(true);
    await render({ ...base, kind: 'consent_based', outsideAttendees: [members[0]] });
    expect(confirm().disabled).toBe(false);
  });

  it('never holds the save at a 支援会議 or an internal review (the API checks the pledges)', async () => {
    await render({ ...base, kind: 'welfare_act_meeting' });
    expect(confirm().disabled).toBe(false);
  });
});
