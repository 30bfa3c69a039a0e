import type { EnumName } from './labels/enums';
import { foldWord } from './search';

/**
 * Moving in from spreadsheets: a workbook (or one CSV per sheet) of cases, their family members and
 * their past contacts, tied together by the file's own case key (整理番号).
 */
export const IMPORT_SHEETS = ['cases', 'family', 'contacts'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];

/** Sheet names of the template, and the names an uploaded workbook's sheets are recognised by. */
export const IMPORT_SHEET_NAMES_JA: Record<ImportSheet, string> = { cases: 'ケース', family: '家族', contacts: '支援経過' };

/** The largest file the import reads (bigger is refused with 413 before reading). */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The most rows one sheet may hold (blank rows are not counted). */
export const IMPORT_MAX_ROWS = 50_000;

/**
 * How a column's cells are read: free text (one line or several), a day, a year and month, a day
 * with an optional time, a whole number, yes/no, one or several words of an enum, or a coordinator
 * by name or email among the center's users.
 */
export type ImportValueKind = 'line' | 'text' | 'date' | 'yearMonth' | 'dateTime' | 'integer' | 'boolean' | 'enum' | 'enumList' | 'coordinator';

export interface ImportColumn {
  /** The API's field name (also accepted as a header). */
  field: string;
  /** The template's header. */
  header: string;
  kind: ImportValueKind;
  /** The label group of an enum column's values. */
  enum?: EnumName;
  required?: boolean;
  /** The template's header comment: what the column takes. */
  help: string;
  /** Other headers centers' spreadsheets use for this column. */
  aliases?: readonly string[];
}

/** The file's own case key, on every sheet: rows of the family and contacts sheets name their case by it. */
export const IMPORT_CASE_KEY: ImportColumn = {
  field: 'caseKey',
  header: '整理番号',
  kind: 'line',
  required: true,
  help: 'ファイルの中でケースを区別する番号や記号（例: 2019-015）。家族・支援経過の行はこの番号でケースを指します。同じファイルを再度取り込んでも二重に登録されません。',
  aliases: ['ケースキー', '管理番号', 'ケースID', 'No', '番号', 'ID'],
};

export const IMPORT_COLUMNS: Record<ImportSheet, readonly ImportColumn[]> = {
  cases: [
    IMPORT_CASE_KEY,
    { field: 'clientName', header: '本人氏名', kind: 'line', required: true, help: '本人の氏名（例: 田中 翔太）', aliases: ['氏名', '名前', '本人'] },
    { field: 'clientNameKana', header: 'ふりがな', kind: 'line', help: 'ひらがなかカタカナ（半角カナも可）', aliases: ['フリガナ', 'よみがな', 'カナ', '氏名カナ'] },
    { field: 'birthDate', header: '生年月日', kind: 'date', help: '例: 1990/4/1、H2.4.1、平成2年4月1日' },
    { field: 'birthYear', header: '生年', kind: 'integer', help: '生年月日が分からないときの生まれ年（西暦、例: 1990）', aliases: ['生まれ年'] },
    { field: 'sex', header: '性別', kind: 'enum', enum: 'sex', help: '男性・女性・その他・不明（男・女も可）' },
    { field: 'municipality', header: '市区町村', kind: 'line', help: '住所の市区町村（例: みなと市）', aliases: ['住所', '居住地'] },
    { field: 'hikikomoriSince', header: 'ひきこもり開始', kind: 'yearMonth', help: 'ひきこもり状態になった年月（例: 2015/4、H27.4）', aliases: ['ひきこもり開始時期', '開始時期'] },
    { field: 'chiefConcern', header: '主訴', kind: 'text', help: '相談の主な内容', aliases: ['相談内容', '主な相談内容'] },
    { field: 'referralRoute', header: '相談経路', kind: 'enum', enum: 'referral_route', help: '一覧から選びます', aliases: ['経路'] },
    { field: 'supportStage', header: '支援段階', kind: 'enum', enum: 'support_stage', help: '一覧から選びます', aliases: ['段階'] },
    { field: 'riskFlags', header: 'リスク', kind: 'enumList', enum: 'risk_flag', help: '当てはまるものを「、」で区切って書きます' },
    { field: 'clientContact', header: '本人との接触', kind: 'enum', enum: 'client_contact', help: '一覧から選びます（空欄は「家族のみの相談」）', aliases: ['本人接触'] },
    { field: 'clientAware', header: '本人の認知', kind: 'boolean', help: '家族が相談していることを本人が知っているか（はい・いいえ）' },
    { field: 'openedOn', header: '受付日', kind: 'date', help: '初回相談の日（空欄なら支援経過の最初の日、それもなければ今日）', aliases: ['初回相談日', '相談開始日', '受理日', '開始日'] },
    { field: 'leadCoordinatorId', header: '主担当', kind: 'coordinator', required: true, help: 'センターのコーディネーターの氏名かメールアドレス', aliases: ['担当', '担当者', '担当コーディネーター'] },
    {
      field: 'status',
      header: '状態',
      kind: 'enum',
      enum: 'case_status',
      help: '受付・支援中・終結（空欄は受付）。中断中のケースは「支援中」で取り込み、取込後に理由とともに中断にします',
      aliases: ['支援状況', 'ステータス'],
    },
    { field: 'closedOn', header: '終結日', kind: 'date', help: '状態が「終結」のケースの終結日', aliases: ['終了日'] },
    { field: 'closureReason', header: '終結理由', kind: 'enum', enum: 'closure_reason', help: '状態が「終結」のケースの終結理由（一覧から選びます）' },
  ],
  family: [
    IMPORT_CASE_KEY,
    { field: 'relationship', header: '続柄', kind: 'enum', enum: 'relationship', required: true, help: '本人から見た続柄（母・父・兄・姉・祖母 など）', aliases: ['関係'] },
    { field: 'name', header: '氏名', kind: 'line', required: true, help: '家族の氏名', aliases: ['家族氏名', '名前'] },
    { field: 'birthYear', header: '生年', kind: 'integer', help: '生まれ年（西暦、例: 1955）', aliases: ['生まれ年'] },
    { field: 'livesWithClient', header: '同居', kind: 'boolean', help: '本人と同居しているか（はい・いいえ、同居・別居）', aliases: ['同居の有無'] },
    { field: 'mainConsulter', header: '主な相談者', kind: 'boolean', help: 'センターに主に相談している家族か（はい・いいえ）', aliases: ['主相談者'] },
  ],
  contacts: [
    IMPORT_CASE_KEY,
    { field: 'heldAt', header: '日時', kind: 'dateTime', required: true, help: '面談・相談の日（時刻は任意。例: 2024/4/1 14:00、R6.4.1）', aliases: ['日付', '実施日', '相談日', '面談日'] },
    { field: 'method', header: '方法', kind: 'enum', enum: 'interview_method', required: true, help: '来所・電話・オンライン・メール・SNS・同行支援', aliases: ['相談方法', '手段'] },
    { field: 'durationMinutes', header: '所要時間(分)', kind: 'integer', help: '分で（例: 60、1時間30分）', aliases: ['時間', '所要時間', '時間(分)'] },
    { field: 'participants', header: '参加者', kind: 'enumList', enum: 'participant', help: '本人・家族・関係機関（「、」で区切ります）', aliases: ['対象者', '相手'] },
    { field: 'summary', header: '要旨', kind: 'text', required: true, help: '面談・相談の内容', aliases: ['内容', '経過', '記録', '相談内容'] },
    { field: 'staffIds', header: '対応職員', kind: 'coordinator', help: '対応した職員の氏名かメールアドレス（空欄ならケースの主担当）', aliases: ['対応者', '担当', '担当者', '記録者'] },
  ],
};

/** Every name a column is known by (its header, the API's field name, its aliases), folded, by sheet. */
const COLUMN_NAMES = Object.fromEntries(
  IMPORT_SHEETS.map((sheet) => [
    sheet,
    new Map(IMPORT_COLUMNS[sheet].flatMap((c) => [c.header, c.field, ...(c.aliases ?? [])].map((name) => [foldWord(name), c] as const))),
  ]),
) as Record<ImportSheet, Map<string, ImportColumn>>;

/** The column a header names on a sheet, if any (width, case, spaces and brackets aside). */
export function importColumnNamed(sheet: ImportSheet, header: string): ImportColumn | undefined {
  return COLUMN_NAMES[sheet].get(foldWord(header));
}

/** Each header with the column it names on the sheet, each column once (null: unknown, for the mapping step). */
export function autoMapping(sheet: ImportSheet, headers: readonly string[]): ImportHeaderDto[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const column = header ? importColumnNamed(sheet, header) : undefined;
    if (!column || taken.has(column.field)) return { header, field: null };
    taken.add(column.field);
    return { header, field: column.field };
  });
}

/** The template headers of the required columns no header fills (every row would be refused for them). */
export function missingColumns(sheet: ImportSheet, headers: readonly ImportHeaderDto[]): string[] {
  const filled = new Set(headers.map((h) => h.field));
  return IMPORT_COLUMNS[sheet].filter((c) => c.required && !filled.has(c.field)).map((c) => c.header);
}

/** Where a batch is: read and checked (nothing written yet), written, voided, or dropped before writing. */
export const IMPORT_BATCH_STATUSES = ['draft', 'committed', 'voided', 'discarded'] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];

/** What happens to a row on commit. */
export const IMPORT_ROW_OUTCOMES = ['create', 'skip', 'already_imported', 'error', 'undecided'] as const;
export type ImportRowOutcome = (typeof IMPORT_ROW_OUTCOMES)[number];

/** A supervisor's decision on a case row the duplicate check flagged. */
export const IMPORT_DECISIONS = ['import', 'skip'] as const;
export type ImportDecision = (typeof IMPORT_DECISIONS)[number];

/** A header of the file, and the column it fills (null: not imported). */
export interface ImportHeaderDto {
  header: string;
  field: string | null;
}

export interface ImportSheetDto {
  sheet: ImportSheet;
  /** Where it came from: the workbook's sheet name or the CSV's file name. */
  source: string;
  headers: ImportHeaderDto[];
  /** Required columns no header fills yet. */
  missing: string[];
  rows: number;
}

export type ImportCounts = Record<ImportSheet, Record<ImportRowOutcome, number>>;

export interface ImportBatchDto {
  id: string;
  centerId: string;
  status: ImportBatchStatus;
  fileName: string;
  fileHash: string;
  sheets: ImportSheetDto[];
  counts: ImportCounts;
  createdBy: string;
  createdAt: string;
  committedBy: string | null;
  committedAt: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
  voidReason: string | null;
}

export interface ImportProblemDto {
  /** The file's header of the column (or the sheet's, for a row-wide problem: null). */
  column: string | null;
  message: string;
}

/** A case the duplicate check found for an incoming row: limited fields, as the check answers anywhere. */
export interface ImportDuplicateDto {
  /** A case of the center, or another row of the same file. */
  caseNumber: string | null;
  row: number | null;
  initials: string;
  birthYear: number | null;
}

export interface ImportRowDto {
  id: string;
  batchId: string;
  sheet: ImportSheet;
  /** The row's number in its sheet as the spreadsheet shows it (the header is row 1). */
  rowNumber: number;
  caseKey: string | null;
  /** The values as read and normalised, by field. */
  values: Record<string, unknown>;
  problems: ImportProblemDto[];
  duplicates: ImportDuplicateDto[];
  decision: ImportDecision | null;
  outcome: ImportRowOutcome;
  /** The record the row became, once committed. */
  recordId: string | null;
  caseNumber: string | null;
}
