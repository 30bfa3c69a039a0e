import { draftBatch, mount, button, click } from '../testing';
import { CommitBar } from './CommitBar';

const counts = (error: number, undecided: number) => ({
  cases: { create: 2, skip: 0, already_imported: 0, error, undecided },
  family: { create: 1, skip: 0, already_imported: 0, error: 0, undecided: 0 },
  contacts: { create: 4, skip: 0, already_imported: 0, error: 0, undecided: 0 },
});

describe('CommitBar', () => {
  let view: ReturnType<typeof mount>;
  beforeEach(() => (view = mount()));
  afterEach(() => view.unmount());

  it('keeps 確定 off while rows have errors or wait for a decision, and says why', async () => {
    await view.render(<CommitBar batch={draftBatch({}, counts(1, 2))} />, {});
    expect(button('確定').disabled).toBe(true);
    expect(view.container.textContent).toContain('エラーの行が 1 行、重複の判断がまだの行が 2 行あります');
  });

  it('skips every row with an error in one request', async () => {
    const decideImportRows = jest.fn(async () => draftBatch({}, counts(0, 0)));
    await view.render(<CommitBar batch={draftBatch({}, counts(2, 0))} />, { decideImportRows } as never);
    await click(button('エラーの行をすべてスキップ'));
    expect(decideImportRows).toHaveBeenCalledWith('b1', { outcome: 'error', decision: 'skip' });
  });

  it('commits after a confirmation that says what will be created', async () => {
    const commitImport = jest.fn(async () => draftBatch({ status: 'committed' }));
    await view.render(<CommitBar batch={draftBatch({}, counts(0, 0))} />, { commitImport } as never);
    expect(view.container.textContent).toContain('ケース 2件・家族 1件・支援経過 4件 を登録します');
    await click(button('確定'));
    const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('ケース 2件・家族 1件・支援経過 4件 をまとめて登録します');
    expect(commitImport).not.toHaveBeenCalled();
    await click([...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === '確定') as HTMLButtonElement);
    expect(commitImport).toHaveBeenCalledWith('b1');
  });
});
