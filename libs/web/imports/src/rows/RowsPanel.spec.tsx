import type { ImportRowDto } from '@tsunagu/contracts';
import { draftBatch, mount, button, click } from '../testing';
import { RowsPanel } from './RowsPanel';

const row = (over: Partial<ImportRowDto>): ImportRowDto => ({
  id: 'r1',
  batchId: 'b1',
  sheet: 'cases',
  rowNumber: 3,
  caseKey: 'K-001',
  values: { clientName: '山田 太郎' },
  problems: [],
  duplicates: [],
  decision: null,
  outcome: 'create',
  recordId: null,
  caseNumber: null,
  ...over,
});

const rows = [
  row({ id: 'r1', rowNumber: 3, caseKey: 'K-003', values: { clientName: '佐藤 次郎' }, outcome: 'error', problems: [{ column: '生年月日', message: '「R6.2.30」は存在しない日付です' }] }),
  row({ id: 'r2', rowNumber: 4, caseKey: 'K-005', values: { clientName: '既存 太郎' }, outcome: 'undecided', duplicates: [{ caseNumber: 'TSA-2024-0001', row: null, initials: '既.太.', birthYear: 1980 }] }),
];

describe('RowsPanel', () => {
  let view: ReturnType<typeof mount>;
  beforeEach(() => (view = mount()));
  afterEach(() => view.unmount());

  const render = async (getList: jest.Mock, update = jest.fn()) => {
    const batch = draftBatch({}, { cases: { create: 0, skip: 0, already_imported: 0, error: 1, undecided: 1 } });
    await view.render(<RowsPanel batch={batch} />, { getList, update });
  };

  it("lists the batch's rows with their problems (column and message) and possible duplicates", async () => {
    const getList = jest.fn(async () => ({ data: rows, total: 2 }));
    await render(getList);
    expect(getList).toHaveBeenCalledWith('import-rows', expect.objectContaining({ filter: { batchId: 'b1' }, sort: { field: 'rowNumber', order: 'ASC' } }));
    const [error, duplicate] = [...view.container.querySelectorAll('tbody tr')];
    expect(error.textContent).toContain('ケース 3行目');
    expect(error.textContent).toContain('生年月日: 「R6.2.30」は存在しない日付です');
    expect(duplicate.textContent).toContain('重複の可能性: ケース TSA-2024-0001: 既.太. 1980年生');
    expect([...duplicate.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['スキップ', '新規として取り込む']);
  });

  it('sends the decision on a row with the whole row, as the stock update does', async () => {
    const getList = jest.fn(async () => ({ data: rows, total: 2 }));
    const update = jest.fn(async (_resource: string, { data }: { data: object }) => ({ data }));
    await render(getList, update);
    await click(button('新規として取り込む'));
    expect(update).toHaveBeenCalledWith('import-rows', expect.objectContaining({ id: 'r2', data: { ...rows[1], decision: 'import' }, previousData: rows[1] }));
  });

  it('asks for the rows of a view: errors', async () => {
    const getList = jest.fn(async () => ({ data: rows, total: 2 }));
    await render(getList);
    await click(button('エラー（1）'));
    expect(getList).toHaveBeenLastCalledWith('import-rows', expect.objectContaining({ filter: { batchId: 'b1', outcome: 'error' } }));
  });
});
