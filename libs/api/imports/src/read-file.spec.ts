import iconv from 'iconv-lite';
import { autoMapping, missingColumns } from '@tsunagu/contracts';
import { decodeText, readSpreadsheet } from './read-file';
import { isHeaderRow, recogniseSheet } from './mapping';

const TEXT = '整理番号,本人氏名\r\nK-1,山田 太郎\r\n';

describe('decodeText', () => {
  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['UTF-8 without a BOM', Buffer.from(TEXT)],
    ['Shift_JIS (CP932), as Japanese Excel saves CSV', iconv.encode(TEXT, 'cp932')],
    ['UTF-16 LE with a BOM (Excel\'s "Unicode text")', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf16le')])],
  ])('reads %s', (_, bytes) => {
    expect(decodeText(bytes)).toBe(TEXT);
  });

  it('reads CP932-only characters (①, ㈱, 髙) that Shift_JIS proper lacks', () => {
    expect(decodeText(iconv.encode('①㈱髙橋', 'cp932'))).toBe('①㈱髙橋');
  });

  it('refuses bytes that are not text', () => {
    expect(decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBeNull();
  });
});

describe('readSpreadsheet (CSV)', () => {
  it('finds the header row below a title, skips blank rows and keeps spreadsheet row numbers', async () => {
    const csv = Buffer.from('令和6年度 ケース一覧,,\r\n,,\r\n整理番号,本人氏名,主担当\r\nK-1,山田 太郎,相談 花子\r\n,,\r\nK-2,"鈴木, 花",相談 花子\r\n');
    const [sheet] = await readSpreadsheet(csv, 'ケース.csv', isHeaderRow);
    expect(sheet).toMatchObject({ source: 'ケース.csv', headerRow: 3, headers: ['整理番号', '本人氏名', '主担当'] });
    expect(sheet.rows).toEqual([
      { rowNumber: 4, cells: ['K-1', '山田 太郎', '相談 花子'] },
      { rowNumber: 6, cells: ['K-2', '鈴木, 花', '相談 花子'] },
    ]);
  });

  it('reads tab-separated text as Excel saves "Unicode text"', async () => {
    const [sheet] = await readSpreadsheet(Buffer.from('整理番号\t本人氏名\nK-1\t山田 太郎\n'), 'cases.txt', isHeaderRow);
    expect(sheet.rows[0].cells).toEqual(['K-1', '山田 太郎']);
  });
});

describe('mapping', () => {
  it('recognises a sheet by its name, else by the columns its headers name', () => {
    expect(recogniseSheet({ source: '支援経過', headerRow: 1, headers: ['x'], rows: [] })).toBe('contacts');
    expect(recogniseSheet({ source: 'family.csv', headerRow: 1, headers: ['x'], rows: [] })).toBe('family');
    expect(recogniseSheet({ source: 'Sheet1', headerRow: 1, headers: ['整理番号', '日付', '相談方法', '内容'], rows: [] })).toBe('contacts');
    expect(recogniseSheet({ source: 'Sheet1', headerRow: 1, headers: ['A', 'B'], rows: [] })).toBeNull();
  });

  it('matches headers by their Japanese names, variants and API field names, each column once', () => {
    expect(autoMapping('cases', ['No', 'フリガナ', 'clientName', '担当者', '氏名', '備考'])).toEqual([
      { header: 'No', field: 'caseKey' },
      { header: 'フリガナ', field: 'clientNameKana' },
      { header: 'clientName', field: 'clientName' },
      { header: '担当者', field: 'leadCoordinatorId' },
      { header: '氏名', field: null },
      { header: '備考', field: null },
    ]);
    expect(missingColumns('cases', autoMapping('cases', ['整理番号', '氏名']))).toEqual(['主担当']);
  });
});
