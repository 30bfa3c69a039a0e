import { act } from 'react';
import { draftBatch, flush, mount, button, click } from '../testing';
import { MappingPanel } from './MappingPanel';

const batch = draftBatch({
  sheets: [
    {
      sheet: 'cases',
      source: 'Sheet1',
      headers: [
        { header: '整理番号', field: 'caseKey' },
        { header: 'なまえ', field: null },
        { header: '担当者', field: 'leadCoordinatorId' },
      ],
      missing: ['本人氏名'],
      rows: 2,
    },
  ],
});

/** Opens a MUI select by its label and picks an option, as a pointer would. */
async function choose(label: string, option: string) {
  const select = [...document.querySelectorAll('[role="combobox"]')].find((c) => c.getAttribute('aria-labelledby')?.split(' ').some((id) => document.getElementById(id)?.textContent === label));
  if (!select) throw new Error(`no select labelled ${label}`);
  await act(async () => {
    select.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, button: 0 }));
  });
  const item = [...document.querySelectorAll('[role="option"]')].find((o) => o.textContent === option);
  if (!item) throw new Error(`no option ${option}`);
  await click(item);
  await flush();
}

describe('MappingPanel', () => {
  let view: ReturnType<typeof mount>;
  beforeEach(() => (view = mount()));
  afterEach(() => view.unmount());

  it('opens on a sheet with a required column missing, and sends the whole batch with the header mapped', async () => {
    const update = jest.fn(async (_resource: string, { data }: { data: object }) => ({ data }));
    await view.render(<MappingPanel batch={batch} />, { update });
    expect(view.container.textContent).toContain('必須の項目に対応する列がありません: 本人氏名');
    expect(button('保存して再確認').disabled).toBe(true);

    await choose('なまえ', '本人氏名（必須）');
    expect(view.container.textContent).not.toContain('必須の項目に対応する列がありません');
    await click(button('保存して再確認'));

    expect(update).toHaveBeenCalledTimes(1);
    const [resource, params] = update.mock.calls[0] as unknown as [string, { id: string; data: typeof batch; previousData: typeof batch }];
    expect(resource).toBe('imports');
    expect(params.id).toBe('b1');
    expect(params.previousData).toBe(batch);
    expect(params.data.sheets[0]).toMatchObject({
      source: 'Sheet1',
      sheet: 'cases',
      headers: [
        { header: '整理番号', field: 'caseKey' },
        { header: 'なまえ', field: 'clientName' },
        { header: '担当者', field: 'leadCoordinatorId' },
      ],
    });
  });

  it('frees a column taken by another header rather than sending two', async () => {
    const update = jest.fn(async (_resource: string, { data }: { data: object }) => ({ data }));
    await view.render(<MappingPanel batch={batch} />, { update });
    await choose('なまえ', '主担当（必須）');
    await click(button('保存して再確認'));
    const [, params] = update.mock.calls[0] as unknown as [string, { data: typeof batch }];
    expect(params.data.sheets[0].headers.map((h) => h.field)).toEqual(['caseKey', 'leadCoordinatorId', null]);
  });
});
