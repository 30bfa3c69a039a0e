import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import * as yauzl from 'yauzl';
import { IMPORT_MAX_ROWS } from '@tsunagu/contracts';
import { DomainError, invalid } from '@tsunagu/api-core';
import type { CellValue } from './normalise';

/** A cell as stored between the upload and the commit: a day or time read by Excel is kept as `{ date }` (ISO). */
export type StoredCell = string | number | boolean | { date: string } | { problem: string } | null;

/** One sheet of an uploaded file, as read: where it came from, its header row and its non-blank rows. */
export interface RawSheet {
  /** The workbook's sheet name, or the CSV's file name. */
  source: string;
  headerRow: number;
  headers: string[];
  rows: Array<{ rowNumber: number; cells: StoredCell[] }>;
}

/** What an unpacked workbook may add up to; a zip that inflates to more is refused (a zip bomb). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000;
/** The most columns a sheet's header may have. */
const MAX_COLUMNS = 200;
/** Rows scanned for the header row (a title or a blank row may come first). */
const HEADER_SEARCH_ROWS = 10;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: an old .xls, or an .xlsx saved with a password (then it holds EncryptionInfo). */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const tooBig = (what: string) => new DomainError('invalid', 'IMPORT_TOO_BIG', what);

/**
 * The sheets of an uploaded file: an .xlsx workbook (cached formula results, never evaluated) or a
 * CSV in UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS (CP932, as Japanese Excel saves
 * it). `isHeader` tells a header row from a title row above it.
 */
export async function readSpreadsheet(file: Buffer, fileName: string, isHeader: (cells: string[]) => boolean): Promise<RawSheet[]> {
  if (file.subarray(0, 4).equals(ZIP)) return readWorkbook(file, isHeader);
  if (file.subarray(0, 8).equals(CFB)) {
    if (file.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw invalid('IMPORT_ENCRYPTED', 'The workbook is protected by a password: save it again without one');
    }
    throw invalid('IMPORT_FILE_TYPE', 'This is an old Excel file (.xls): save it again as .xlsx or CSV');
  }
  const text = decodeText(file);
  if (text === null) throw invalid('IMPORT_FILE_TYPE', 'The file is neither an Excel workbook (.xlsx) nor a CSV');
  return [await readCsv(text, fileName, isHeader)];
}

/** The text of a CSV, or null when the bytes are not text (a picture, a PDF...). */
export function decodeText(file: Buffer): string | null {
  if (file.subarray(0, 3).equals(UTF8_BOM)) return file.subarray(3).toString('utf8');
  if (file[0] === 0xff && file[1] === 0xfe) return iconv.decode(file.subarray(2), 'utf16le');
  if (file[0] === 0xfe && file[1] === 0xff) return iconv.decode(file.subarray(2), 'utf16be');
  if (file.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    // Not UTF-8: Japanese Excel's CSV is Shift_JIS with Microsoft's extensions.
    const text = iconv.decode(file, 'cp932');
    return text.includes('\ufffd') ? null : text;
  }
}

async function readCsv(text: string, fileName: string, isHeader: (cells: string[]) => boolean): Promise<RawSheet> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const parser = Readable.from([text]).pipe(
    parseCsv({ delimiter, relax_column_count: true, skip_empty_lines: false, bom: true, max_record_size: 1024 * 1024 }),
  );
  const sheet = newSheet(fileName);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      addRow(sheet, line, record, isHeader);
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw invalid('IMPORT_FILE_UNREADABLE', `The CSV cannot be read at line ${line + 1}: ${(e as Error).message}`);
  }
  return finished(sheet);
}

/**
 * Checks the zip before any XML is read: it must be a workbook without macros, of a bounded number
 * of entries, each inflating to exactly its declared size and all together to at most
 * MAX_UNPACKED_BYTES (yauzl validates the sizes while inflating, so a lying header is caught too).
 */
async function inspectZip(file: Buffer): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw invalid('IMPORT_FILE_UNREADABLE', 'The file looks like a workbook but cannot be opened (damaged or incomplete)');
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw tooBig('The workbook holds too many parts to be a spreadsheet');
  const names: string[] = [];
  let unpacked = 0;
  try {
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      names.push(entry.fileName);
      if (entry.isEncrypted()) throw invalid('IMPORT_ENCRYPTED', 'The workbook is protected by a password: save it again without one');
      unpacked += entry.uncompressedSize;
      if (unpacked > MAX_UNPACKED_BYTES) throw tooBig('The workbook unpacks to more than 200 MB');
      if (!entry.fileName.endsWith('/')) await drain(await zip.openReadStreamPromise(entry));
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw invalid('IMPORT_FILE_UNREADABLE', 'The workbook cannot be unpacked (damaged, or its parts are larger than they claim)');
  } finally {
    zip.close();
  }
  if (names.some((n) => n.toLowerCase() === 'xl/vbaproject.bin')) {
    throw invalid('IMPORT_MACRO', 'The workbook contains macros (.xlsm): save it again as an .xlsx workbook without macros');
  }
  if (!names.includes('xl/workbook.xml')) throw invalid('IMPORT_FILE_TYPE', 'The file is a zip archive but not an Excel workbook (.xlsx)');
}

function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    zip.once('entry', (e: yauzl.Entry) => resolve(e));
    zip.once('end', () => resolve(null));
    zip.once('error', reject);
    zip.readEntry();
  });
}

async function drain(stream: Readable): Promise<void> {
  for await (const chunk of stream) void chunk;
}

async function readWorkbook(file: Buffer, isHeader: (cells: string[]) => boolean): Promise<RawSheet[]> {
  await inspectZip(file);
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSheets(file, isHeader);
    } catch (e) {
      if (e instanceof DomainError) throw e;
      if (attempt < READ_ATTEMPTS && lostWorkbookPart(e)) continue;
      throw invalid('IMPORT_FILE_UNREADABLE', `The workbook cannot be read: ${(e as Error).message}`);
    }
  }
}

/**
 * exceljs's streaming reader now and then loses the archive's last part before it reads the sheets
 * (exceljs issue #3064; a workbook written by exceljs itself keeps xl/workbook.xml last), and then
 * fails on the sheet names it did not get. The file, checked whole by inspectZip, is read again.
 */
const READ_ATTEMPTS = 3;
const lostWorkbookPart = (e: unknown) => e instanceof TypeError && e.message.includes("reading 'sheets'");

async function readSheets(file: Buffer, isHeader: (cells: string[]) => boolean): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets: RawSheet[] = [];
  for await (const worksheet of reader) {
    const sheet = newSheet((worksheet as unknown as { name: string }).name);
    for await (const row of worksheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      addRow(sheet, row.number, values.map(excelCell), isHeader);
    }
    sheets.push(finished(sheet));
  }
  return sheets;
}

/** A cell of exceljs as stored: formulas by their cached result, rich text as its text. */
function excelCell(v: ExcelJS.CellValue | undefined): StoredCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return { date: v.toISOString() };
  if (typeof v !== 'object') return v;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { problem: '数式の結果が保存されていません（Excelで開いて保存し直してください）' };
    if (typeof result === 'object' && 'error' in result) return { problem: `数式の結果がエラーです（${result.error}）` };
    return excelCell(result as ExcelJS.CellValue);
  }
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return String((v as ExcelJS.CellHyperlinkValue).text ?? '');
  if ('error' in v) return { problem: `セルがエラーです（${(v as ExcelJS.CellErrorValue).error}）` };
  return null;
}

/** What a stored cell reads as for normalising (a problem is reported by the caller). */
export function cellValueOf(cell: StoredCell | undefined): CellValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object') return 'date' in cell ? new Date(cell.date) : null;
  return cell;
}

interface SheetInProgress extends RawSheet {
  /** Non-blank rows read before the header row was recognised. */
  pending: Array<{ rowNumber: number; cells: StoredCell[] }>;
}

function newSheet(source: string): SheetInProgress {
  return { source, headerRow: 0, headers: [], rows: [], pending: [] };
}

const isBlankCell = (c: StoredCell) => c === null || (typeof c === 'string' && c.trim() === '');
const headerText = (c: StoredCell) => (typeof c === 'string' ? c.trim() : typeof c === 'number' ? String(c) : '');

/**
 * Adds a row: blank rows are skipped; the header is the first row `isHeader` recognises among the
 * first non-blank rows (a title may come first), or else the first non-blank row.
 */
function addRow(sheet: SheetInProgress, rowNumber: number, cells: StoredCell[], isHeader: (cells: string[]) => boolean) {
  if (cells.every(isBlankCell)) return;
  if (sheet.headerRow) {
    if (sheet.rows.length >= IMPORT_MAX_ROWS) throw tooBig(`"${sheet.source}" has more than ${IMPORT_MAX_ROWS} rows: split the file`);
    sheet.rows.push({ rowNumber, cells: cells.slice(0, sheet.headers.length) });
    return;
  }
  if (isHeader(cells.map(headerText))) {
    setHeader(sheet, rowNumber, cells);
    sheet.pending = [];
    return;
  }
  sheet.pending.push({ rowNumber, cells });
  if (sheet.pending.length >= HEADER_SEARCH_ROWS) headerFromPending(sheet);
}

function setHeader(sheet: SheetInProgress, rowNumber: number, cells: StoredCell[]) {
  const headers = cells.map(headerText);
  let end = headers.length;
  while (end > 0 && !headers[end - 1]) end -= 1;
  if (end > MAX_COLUMNS) throw tooBig(`"${sheet.source}" has more than ${MAX_COLUMNS} columns`);
  sheet.headerRow = rowNumber;
  sheet.headers = headers.slice(0, end);
}

/** No row looked like a header: the first non-blank row is taken as one (the mapping step names its columns). */
function headerFromPending(sheet: SheetInProgress) {
  const [first, ...rest] = sheet.pending;
  sheet.pending = [];
  if (!first) return;
  setHeader(sheet, first.rowNumber, first.cells);
  for (const r of rest) addRow(sheet, r.rowNumber, r.cells, () => false);
}

function finished(sheet: SheetInProgress): RawSheet {
  if (!sheet.headerRow) headerFromPending(sheet);
  return { source: sheet.source, headerRow: sheet.headerRow, headers: sheet.headers, rows: sheet.rows };
}
