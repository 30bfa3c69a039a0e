import type { ConferenceKind } from '@tsunagu/contracts';
import { i18nProvider } from '@tsunagu/web-i18n';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, Form, ResourceContextProvider, type DataProvider } from 'react-admin';
import { OutsideAttendeesInput } from './OutsideAttendeesInput';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const dataProvider = { getList: async () => ({ data: [{ id: 'a1', name: '地域若者サポートステーション' }], total: 1 }), getMany: async () => ({ data: [] }) };

describe('the outside members input', () => {
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

  const render = async (kind: ConferenceKind) => {
    await act(async () => {
      root.render(
        <AdminContext dataProvider={dataProvider as unknown as DataProvider} i18nProvider={i18nProvider}>
          <ResourceContextProvider value="case-conferences">
            <Form defaultValues={{ outsideAttendees: [{ name: '山本 和子', agencyId: 'a1', pledgedOn: null }] }}>
              <OutsideAttendeesInput kind={kind} />
            </Form>
          </ResourceContextProvider>
        </AdminContext>,
      );
    });
    for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
  };
  const pledge = () => container.querySelector('input[name="outsideAttendees.0.pledgedOn"]') as HTMLInputElement;

  it.each(['welfare_act_meeting', 'poverty_act_meeting'] as const)('requires and highlights the pledge day at a %s', async (kind) => {
    await render(kind);
    expect(pledge().closest('[data-pledge-required="true"]')).not.toBeNull();
    expect(container.textContent).toContain('支援会議では必須です（守秘義務の誓約日）');
    expect(pledge().closest('.MuiFormControl-root')?.querySelector('label')?.textContent).toContain('*');
  });

  it('leaves the pledge day optional at a consent-based meeting', async () => {
    await render('consent_based');
    expect(pledge().closest('[data-pledge-required]')).toBeNull();
    expect(container.textContent).not.toContain('支援会議では必須です');
  });
});
