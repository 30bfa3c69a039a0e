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

/** One sheet of an uploaded file, as read: where it came from and its header row. */
export interface SheetHead {
  /** The workbook's sheet name, or the CSV's file name. */
  source: string;
  headerRow: number;
  headers: string[];
}

/** A non-blank row below the header, by its spreadsheet row number. */
export interface RawRow {
  rowNumber: number;
  cells: StoredCell[];
}

/** Takes a sheet's rows a chunk at a time, in the file's order. */
export type RowsSink = (rows: RawRow[]) => Promise<void>;

/**
 * Told of each sheet once its header is known: `sheets` is how many the file holds, `empty` whether
 * the sheet has no rows below its header. Returns where its rows go, or null to pass over the sheet.
 */
export type OnSheet = (head: SheetHead, file: { sheets: number; empty: boolean }) => RowsSink | null;

/** What an unpacked workbook may add up to; a zip that inflates to more is refused (a zip bomb). */
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000;
/** The most columns a sheet's header may have. */
const MAX_COLUMNS = 200;
/** Rows scanned for the header row (a title or a blank row may come first). */
const HEADER_SEARCH_ROWS = 10;
/** Rows handed over at a time: a file's rows are never all in memory. */
const CHUNK = 1_000;

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Compound File Binary: an old .xls, or an .xlsx saved with a password (then it holds EncryptionInfo). */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const tooBig = (what: string) => new DomainError('invalid', 'IMPORT_TOO_BIG', what);

/**
 * The sheets of an uploaded file: an .xlsx workbook (cached formula results, never evaluated) or a
 * CSV in UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS (CP932, as Japanese Excel saves
 * it). `isHeader` tells a header row from a title row above it. The rows stream to `onSheet`'s sinks;
 * the sheets' heads are returned.
 */
export async function readSpreadsheet(file: Buffer, fileName: string, isHeader: (cells: string[]) => boolean, onSheet: OnSheet): Promise<SheetHead[]> {
  try {
    return await readFile(file, fileName, isHeader, onSheet);
  } catch (e) {
    throw e instanceof OwnerFailed ? e.reason : e;
  }
}

async function readFile(file: Buffer, fileName: string, isHeader: (cells: string[]) => boolean, onSheet: OnSheet): Promise<SheetHead[]> {
  if (file.subarray(0, 4).equals(ZIP)) return readWorkbook(file, isHeader, onSheet);
  if (file.subarray(0, 8).equals(CFB)) {
    if (file.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw invalid('IMPORT_ENCRYPTED', 'The workbook is protected by a password: save it again without one');
    }
    throw invalid('IMPORT_FILE_TYPE', 'This is an old Excel file (.xls): save it again as .xlsx or CSV');
  }
  const text = decodeText(file);
  if (text === null) throw invalid('IMPORT_FILE_TYPE', 'The file is neither an Excel workbook (.xlsx) nor a CSV');
  return [await readCsv(text, fileName, isHeader, onSheet)];
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

async function readCsv(text: string, fileName: string, isHeader: (cells: string[]) => boolean, onSheet: OnSheet): Promise<SheetHead> {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const parser = Readable.from([text]).pipe(
    parseCsv({ delimiter, relax_column_count: true, skip_empty_lines: false, bom: true, max_record_size: 1024 * 1024 }),
  );
  const sheet = newSheet(fileName, 1, onSheet);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      addRow(sheet, line, record, isHeader);
      await handOver(sheet, CHUNK);
    }
  } catch (e) {
    if (e instanceof DomainError || e instanceof OwnerFailed) throw e;
    throw invalid('IMPORT_FILE_UNREADABLE', `The CSV cannot be read at line ${line + 1}: ${(e as Error).message}`);
  }
  return finished(sheet);
}

/**
 * Checks the zip before any XML is read: it must be a workbook without macros, of a bounded number
 * of entries, each inflating to exactly its declared size and all together to at most
 * MAX_UNPACKED_BYTES (yauzl validates the sizes while inflating, so a lying header is caught too).
 */
async function inspectZip(file: Buffer): Promise<{ worksheets: number }> {
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
  return { worksheets: names.filter((n) => /^xl\/worksheets\/[^/]+\.xml$/i.test(n)).length };
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

async function readWorkbook(file: Buffer, isHeader: (cells: string[]) => boolean, onSheet: OnSheet): Promise<SheetHead[]> {
  const { worksheets } = await inspectZip(file);
  let begun = false;
  const told: OnSheet = (head, read) => {
    begun = true;
    return onSheet(head, read);
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await readSheets(file, worksheets, isHeader, told);
    } catch (e) {
      if (e instanceof DomainError || e instanceof OwnerFailed) throw e;
      if (attempt < READ_ATTEMPTS && lostWorkbookPart(e) && !begun) continue;
      throw invalid('IMPORT_FILE_UNREADABLE', `The workbook cannot be read: ${(e as Error).message}`);
    }
  }
}

/**
 * exceljs's streaming reader now and then loses the archive's last part before it reads the sheets
 * (exceljs issue #3064; a workbook written by exceljs itself keeps xl/workbook.xml last), and then
 * fails on the sheet names it did not get. The file, checked whole by inspectZip, is read again, as
 * long as no sheet has been handed over yet (the loss shows at the first sheet).
 */
const READ_ATTEMPTS = 3;
const lostWorkbookPart = (e: unknown) => e instanceof TypeError && e.message.includes("reading 'sheets'");

async function readSheets(file: Buffer, worksheets: number, isHeader: (cells: string[]) => boolean, onSheet: OnSheet): Promise<SheetHead[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const sheets: SheetHead[] = [];
  for await (const worksheet of reader) {
    const sheet = newSheet((worksheet as unknown as { name: string }).name, worksheets, onSheet);
    for await (const row of worksheet) {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      addRow(sheet, row.number, values.map(excelCell), isHeader);
      await handOver(sheet, CHUNK);
    }
    sheets.push(await finished(sheet));
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

interface SheetInProgress extends SheetHead {
  /** Rows read and not yet handed over. */
  rows: RawRow[];
  /** Rows handed over so far. */
  count: number;
  /** Non-blank rows read before the header row was recognised. */
  pending: RawRow[];
  /** How many sheets the file holds, and who is told of this one. */
  sheets: number;
  onSheet: OnSheet;
  /** Where the rows go once the header is known (null: the sheet is passed over). */
  sink?: RowsSink | null;
}

function newSheet(source: string, sheets: number, onSheet: OnSheet): SheetInProgress {
  return { source, headerRow: 0, headers: [], rows: [], count: 0, pending: [], sheets, onSheet };
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
    if (sheet.count >= IMPORT_MAX_ROWS) throw tooBig(`"${sheet.source}" has more than ${IMPORT_MAX_ROWS} rows: split the file`);
    sheet.count += 1;
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

/** Hands the rows read so far to the sheet's sink once there are `atLeast` of them (the sheet's owner is asked first). */
async function handOver(sheet: SheetInProgress, atLeast: number) {
  if (sheet.rows.length < atLeast) return;
  const head = { source: sheet.source, headerRow: sheet.headerRow, headers: sheet.headers };
  if (sheet.sink === undefined) sheet.sink = sheet.onSheet(head, { sheets: sheet.sheets, empty: sheet.count === 0 });
  const rows = sheet.rows;
  sheet.rows = [];
  try {
    if (sheet.sink && rows.length) await sheet.sink(rows);
  } catch (e) {
    throw e instanceof DomainError ? e : new OwnerFailed(e);
  }
}

/** The rows' owner failed (its database, say): not the file's fault, so not told as an unreadable file. */
class OwnerFailed extends Error {
  constructor(readonly reason: unknown) {
    super('The rows could not be handed over');
  }
}

async function finished(sheet: SheetInProgress): Promise<SheetHead> {
  if (!sheet.headerRow) headerFromPending(sheet);
  await handOver(sheet, 0);
  return { source: sheet.source, headerRow: sheet.headerRow, headers: sheet.headers };
}
