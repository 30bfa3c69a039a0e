import iconv from 'iconv-lite';
import { autoMapping, missingColumns } from '@tsunagu/contracts';
import { decodeText, readSpreadsheet, type RawRow } from './read-file';
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

/** A file's sheets with every row, as the streamed chunks add up. */
async function readAll(file: Buffer, fileName: string) {
  const rows = new Map<string, RawRow[]>();
  const heads = await readSpreadsheet(file, fileName, isHeaderRow, (head) => async (chunk) => void rows.set(head.source, [...(rows.get(head.source) ?? []), ...chunk]));
  return heads.map((h) => ({ ...h, rows: rows.get(h.source) ?? [] }));
}

describe('readSpreadsheet (CSV)', () => {
  it('finds the header row below a title, skips blank rows and keeps spreadsheet row numbers', async () => {
    const csv = Buffer.from('令和6年度 ケース一覧,,\r\n,,\r\n整理番号,本人氏名,主担当\r\nK-1,山田 太郎,相談 花子\r\n,,\r\nK-2,"鈴木, 花",相談 花子\r\n');
    const [sheet] = await readAll(csv, 'ケース.csv');
    expect(sheet).toMatchObject({ source: 'ケース.csv', headerRow: 3, headers: ['整理番号', '本人氏名', '主担当'] });
    expect(sheet.rows).toEqual([
      { rowNumber: 4, cells: ['K-1', '山田 太郎', '相談 花子'] },
      { rowNumber: 6, cells: ['K-2', '鈴木, 花', '相談 花子'] },
    ]);
  });

  it('hands the rows over a thousand at a time, in order, never the whole file at once', async () => {
    const lines = ['整理番号,本人氏名', ...Array.from({ length: 2_500 }, (_, i) => `K-${i + 1},氏名 ${i + 1}`)];
    const chunks: RawRow[][] = [];
    const heads = await readSpreadsheet(Buffer.from(lines.join('\n')), 'ケース.csv', isHeaderRow, (head, file) => {
      expect({ head, file }).toEqual({ head: { source: 'ケース.csv', headerRow: 1, headers: ['整理番号', '本人氏名'] }, file: { sheets: 1, empty: false } });
      return async (rows) => void chunks.push(rows);
    });
    expect(heads).toEqual([{ source: 'ケース.csv', headerRow: 1, headers: ['整理番号', '本人氏名'] }]);
    expect(chunks.map((c) => c.length)).toEqual([1_000, 1_000, 500]);
    expect(chunks.flat().map((r) => r.rowNumber)).toEqual(Array.from({ length: 2_500 }, (_, i) => i + 2));
  });

  it('tells of a sheet with a header and no rows as empty', async () => {
    const told: Array<{ sheets: number; empty: boolean }> = [];
    await readSpreadsheet(Buffer.from('整理番号,本人氏名\n'), 'ケース.csv', isHeaderRow, (_, file) => (told.push(file), null));
    expect(told).toEqual([{ sheets: 1, empty: true }]);
  });

  it("passes the owner's own failure on as it is, not as an unreadable file", async () => {
    const lost = new Error('connection terminated');
    const read = readSpreadsheet(Buffer.from('整理番号,本人氏名\nK-1,氏名\n'), 'ケース.csv', isHeaderRow, () => async () => {
      throw lost;
    });
    await expect(read).rejects.toBe(lost);
  });

  it('reads tab-separated text as Excel saves "Unicode text"', async () => {
    const [sheet] = await readAll(Buffer.from('整理番号\t本人氏名\nK-1\t山田 太郎\n'), 'cases.txt');
    expect(sheet.rows[0].cells).toEqual(['K-1', '山田 太郎']);
  });
});

describe('mapping', () => {
  it('recognises a sheet by its name, else by the columns its headers name', () => {
    expect(recogniseSheet({ source: '支援経過', headerRow: 1, headers: ['x'] })).toBe('contacts');
    expect(recogniseSheet({ source: 'family.csv', headerRow: 1, headers: ['x'] })).toBe('family');
    expect(recogniseSheet({ source: 'Sheet1', headerRow: 1, headers: ['整理番号', '日付', '相談方法', '内容'] })).toBe('contacts');
    expect(recogniseSheet({ source: 'Sheet1', headerRow: 1, headers: ['A', 'B'] })).toBeNull();
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
