import ExcelJS from 'exceljs';
import { ENUM_LABELS_JA, IMPORT_COLUMNS, IMPORT_SHEET_NAMES_JA, IMPORT_SHEETS, type EnumName, type ImportColumn, type ImportSheet } from '@tsunagu/contracts';
import { toCsv } from '@tsunagu/api-core';

type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** The hidden sheet the drop-down lists read their choices from. */
const CHOICES_SHEET = '選択肢';
/** Rows of each template sheet that carry the drop-down lists and formats. */
const TEMPLATE_ROWS = 2_000;

const GUIDE = [
  'Tsunagu 取込用テンプレート',
  '',
  '1. 「ケース」に1人1行で書きます。「整理番号」はこのファイルの中でケースを区別する番号です（例: 2019-015）。',
  '2. 「家族」「支援経過」の行は、同じ「整理番号」でケースを指します。',
  '3. 見出しにマウスを乗せると、その列に書く内容が出ます。選択肢のある列は一覧から選べます。',
  '4. 日付は 2024/4/1、R6.4.1、令和6年4月1日 のどれでも書けます。',
  '5. 取込画面でこのファイルを選ぶと、取り込む前に全部の行を確認できます。',
  '   同じファイルをもう一度取り込んでも、二重には登録されません。',
];

/** The labels an enum column offers, in the contracts' order. */
const choicesOf = (group: EnumName): string[] => Object.values(ENUM_LABELS_JA[group] as Record<string, string>);

/** The .xlsx template: a guide, one sheet per kind of row with commented headers and drop-downs, and the hidden choices. */
export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tsunagu';
  const guide = wb.addWorksheet('使い方');
  GUIDE.forEach((line) => guide.addRow([line]));
  guide.getColumn(1).width = 100;
  guide.getCell('A1').font = { bold: true, size: 14 };

  const choices = wb.addWorksheet(CHOICES_SHEET, { state: 'veryHidden' });
  const ranges = new Map<EnumName, string>();
  const groups = [...new Set(IMPORT_SHEETS.flatMap((s) => IMPORT_COLUMNS[s].filter((c) => c.kind === 'enum').map((c) => c.enum as EnumName)))];
  groups.forEach((group, i) => {
    const col = choices.getColumn(i + 1);
    const values = choicesOf(group);
    col.values = [group, ...values];
    const letter = col.letter;
    ranges.set(group, `${CHOICES_SHEET}!$${letter}$2:$${letter}$${values.length + 1}`);
  });

  for (const sheet of IMPORT_SHEETS) addDataSheet(wb, sheet, ranges);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addDataSheet(wb: ExcelJS.Workbook, sheet: ImportSheet, ranges: Map<EnumName, string>) {
  const ws = wb.addWorksheet(IMPORT_SHEET_NAMES_JA[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
  const columns = IMPORT_COLUMNS[sheet];
  ws.addRow(columns.map((c) => c.header));
  columns.forEach((c, i) => {
    const header = ws.getCell(1, i + 1);
    header.note = noteOf(c);
    header.font = { bold: true, color: c.required ? { argb: 'FFB00020' } : undefined };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF3F8' } };
    ws.getColumn(i + 1).width = c.kind === 'text' ? 50 : Math.max(12, c.header.length * 2 + 4);
    if (c.kind === 'date') ws.getColumn(i + 1).numFmt = 'yyyy/m/d';
    if (c.kind === 'dateTime') ws.getColumn(i + 1).numFmt = 'yyyy/m/d h:mm';
    const range = c.kind === 'enum' && c.enum ? ranges.get(c.enum) : undefined;
    if (!range) return;
    const letter = ws.getColumn(i + 1).letter;
    // One validation for the whole column range (exceljs has `dataValidations` but its typings lack it).
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [range],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: '一覧にない値です。取込のときに確認されます。',
    });
  });
}

const noteOf = (c: ImportColumn) => `${c.required ? '【必須】' : ''}${c.help}${c.kind === 'enum' && c.enum ? `\n選択肢: ${choicesOf(c.enum).join('、')}` : ''}`;

/** The CSV template of one sheet: its header row (UTF-8 with BOM, which Excel opens). */
export function templateCsv(sheet: ImportSheet): string {
  return toCsv([IMPORT_COLUMNS[sheet].map((c) => c.header)]);
}
