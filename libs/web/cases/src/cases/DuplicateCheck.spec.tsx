import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { AdminContext } from 'react-admin';
import { i18nProvider } from '@tsunagu/web-i18n';
import { DuplicatePanel, duplicateQueryOf } from './DuplicateCheck';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('DuplicatePanel', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    jest.useFakeTimers();
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    jest.useRealTimers();
  });

  it('asks the API once typing pauses and shows the matches with limited fields', async () => {
    const findDuplicates = jest.fn(async () => [
      { id: 'c1', caseNumber: 'TSA-2026-0001', initials: '田.翔.', birthYear: 1984, leadCoordinatorId: 'u2', leadCoordinatorName: '相談 次郎' },
    ]);
    const dataProvider = { findDuplicates } as never;
    const renderWith = (query: Parameters<typeof DuplicatePanel>[0]['query']) =>
      root.render(
        <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
          <DuplicatePanel query={query} />
        </AdminContext>,
      );
    await act(async () => renderWith(null));
    await act(async () => renderWith({ name: '田中' }));
    await act(async () => renderWith({ name: '田中 翔太', birthDate: '1984-06-02' }));
    expect(findDuplicates).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(450);
    });
    expect(findDuplicates).toHaveBeenCalledWith({ name: '田中 翔太', birthDate: '1984-06-02' });
    expect(container.textContent).toContain('センター内によく似たケースが 1 件あります');
    expect(container.textContent).toContain('TSA-2026-0001');
    expect(container.textContent).toContain('相談 次郎');
  });

  it('links the cases the user may open, and says to ask the lead for the others', async () => {
    const findDuplicates = jest.fn(async () => [
      { id: 'c1', caseNumber: 'TSA-2026-0001', initials: '田.翔.', birthYear: 1984, leadCoordinatorId: 'u1', leadCoordinatorName: '相談 花子' },
      { caseNumber: 'TSA-2025-0042', initials: '田.翔.', birthYear: null, leadCoordinatorId: 'u2', leadCoordinatorName: '相談 次郎' },
    ]);
    await act(async () => {
      root.render(
        <AdminContext dataProvider={{ findDuplicates } as never} i18nProvider={i18nProvider}>
          <DuplicatePanel query={{ name: '田中 翔太' }} />
        </AdminContext>,
      );
    });
    await act(async () => {
      jest.advanceTimersByTime(450);
    });
    const rows = [...container.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('#/cases/c1/show');
    expect(rows[0].textContent).not.toContain('主担当に確認');
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].textContent).toContain('担当外のケースです。主担当に確認してください');
  });

  it('asks nothing until a name or kana is typed', async () => {
    const findDuplicates = jest.fn();
    await act(async () => {
      root.render(
        <AdminContext dataProvider={{ findDuplicates } as never} i18nProvider={i18nProvider}>
          <DuplicatePanel query={null} />
        </AdminContext>,
      );
      jest.advanceTimersByTime(450);
    });
    expect(findDuplicates).not.toHaveBeenCalled();
    expect(container.textContent).toContain('センター内に同じ方のケースがないか確認します');
  });
});

describe('duplicateQueryOf', () => {
  it('takes only what is typed, and a birth date only when complete', () => {
    expect(duplicateQueryOf({ clientName: ' 田中 ', clientNameKana: '', birthDate: '1984-06' })).toEqual({ name: '田中' });
    expect(duplicateQueryOf({ clientNameKana: 'たなか', birthDate: '1984-06-02' })).toEqual({ kana: 'たなか', birthDate: '1984-06-02' });
    expect(duplicateQueryOf({ birthDate: '1984-06-02' })).toBeNull();
  });
});
