import { isChanged, missingColumns, withField, withSheet, type SheetMapping } from './mapping';

const headers = [
  { header: '整理番号', field: 'caseKey' },
  { header: 'なまえ', field: null },
  { header: '担当者', field: 'leadCoordinatorId' },
];

describe('the mapping step', () => {
  it('gives a column to one header only: choosing it for another lets the first go', () => {
    expect(withField(headers, 1, 'clientName')).toEqual([
      { header: '整理番号', field: 'caseKey' },
      { header: 'なまえ', field: 'clientName' },
      { header: '担当者', field: 'leadCoordinatorId' },
    ]);
    expect(withField(headers, 1, 'leadCoordinatorId').map((h) => h.field)).toEqual(['caseKey', 'leadCoordinatorId', null]);
    // 取り込まない for several headers is fine.
    expect(withField(withField(headers, 0, null), 2, null).map((h) => h.field)).toEqual([null, null, null]);
  });

  it('lists the required columns no header fills, by their Japanese header', () => {
    const cases: SheetMapping = { source: 'Sheet1', sheet: 'cases', headers };
    expect(missingColumns(cases)).toEqual(['本人氏名']);
    expect(missingColumns({ ...cases, headers: withField(headers, 1, 'clientName') })).toEqual([]);
  });

  it('matches the headers again, by name and alias, when the sheet is said to hold another kind of rows', () => {
    const sheet: SheetMapping = {
      source: 'contacts.csv',
      sheet: 'cases',
      headers: [
        { header: '整理番号', field: 'caseKey' },
        { header: '相談日', field: null },
        { header: '内容', field: null },
        { header: '担当', field: 'leadCoordinatorId' },
        { header: '記録者', field: null },
      ],
    };
    const contacts = withSheet(sheet, 'contacts');
    expect(contacts.sheet).toBe('contacts');
    // 担当 and 記録者 both name 対応職員: the first one takes it.
    expect(contacts.headers.map((h) => h.field)).toEqual(['caseKey', 'heldAt', 'summary', 'staffIds', null]);
    expect(missingColumns(contacts)).toEqual(['方法']);
  });

  it('knows when the mapping differs from the saved one', () => {
    const saved: SheetMapping[] = [{ source: 'Sheet1', sheet: 'cases', headers }];
    expect(isChanged([{ ...saved[0] }], saved)).toBe(false);
    expect(isChanged([{ ...saved[0], headers: withField(headers, 1, 'clientName') }], saved)).toBe(true);
  });
});
