import { i18nProvider } from '@tsunagu/web-i18n';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext, type DataProvider } from 'react-admin';
import type { ImportBatchDto, ImportCounts } from '@tsunagu/contracts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Lets react-query and the data provider's promises settle. */
export const flush = async () => {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
};

/** A component in react-admin's context (Japanese, no auth provider: every action allowed), in a fresh root. */
export function mount() {
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root: Root = createRoot(container);
  return {
    container,
    /** `dataProvider`: the few methods the component calls, as jest mocks. */
    async render(ui: ReactNode, dataProvider: object) {
      await act(async () => {
        root.render(
          <AdminContext dataProvider={dataProvider as unknown as DataProvider} i18nProvider={i18nProvider}>
            {ui}
          </AdminContext>,
        );
      });
      await flush();
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The button with this text, anywhere in the document (dialogs render outside the container). */
export const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;

export const click = async (element: Element) => {
  await act(async () => {
    (element as HTMLElement).click();
  });
  await flush();
};

const noCounts = { create: 0, skip: 0, already_imported: 0, error: 0, undecided: 0 };

/** A draft batch of one cases sheet. */
export function draftBatch(over: Partial<ImportBatchDto> = {}, counts: Partial<ImportCounts> = {}): ImportBatchDto {
  return {
    id: 'b1',
    centerId: 'c1',
    status: 'draft',
    fileName: 'ケース台帳.xlsx',
    fileHash: 'f'.repeat(64),
    sheets: [{ sheet: 'cases', source: 'ケース', headers: [{ header: '整理番号', field: 'caseKey' }], missing: [], rows: 3 }],
    counts: { cases: { ...noCounts }, family: { ...noCounts }, contacts: { ...noCounts }, ...counts },
    createdBy: 'u1',
    createdAt: '2026-11-27T01:00:00.000Z',
    committedBy: null,
    committedAt: null,
    voidedBy: null,
    voidedAt: null,
    voidReason: null,
    ...over,
  };
}
