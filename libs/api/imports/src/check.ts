import { createHash } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { foldForSearch, foldWord, IMPORT_COLUMNS, initialsOf, japanDate, type ImportColumn, type ImportDuplicateDto, type ImportSheet } from '@tsunagu/contracts';
import { DomainError, VALIDATOR_OPTIONS } from '@tsunagu/api-core';
import { assertClosure, birthYearOf, CreateFamilyMemberDto, LEAD_ROLES, NewCaseDto, UpdateCaseDto } from '@tsunagu/api-cases';
import { assertRecordDates, CreateInterviewDto } from '@tsunagu/api-contacts';
import type { CaseStatus, ClosureReason, Role } from '@tsunagu/contracts';
import type { BatchSheet, ImportRow } from './import.entities';
import { columnOf } from './mapping';
import { problemInJapanese } from './messages';
import {
  isBlank,
  normaliseText,
  parseBoolean,
  parseDate,
  parseDateTime,
  parseEnum,
  parseEnumList,
  parseInteger,
  parseYearMonth,
  type CellValue,
  type Normalised,
} from './normalise';
import { cellValueOf } from './read-file';

/** A user of the center a spreadsheet may name (by name or email). */
export interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** A case an earlier batch imported from the same file key, still current. */
export interface ImportedCase {
  id: string;
  caseNumber: string;
  openedOn: string;
  leadCoordinatorId: string;
}

/** What the check reads from the database, gathered by the service before (and again at commit). */
export interface CheckContext {
  members: Member[];
  importedCases: Map<string, ImportedCase>;
  /** Keys of family members and contacts already imported, as `${caseId} ${importKey}`. */
  importedKeys: Set<string>;
  /** The API's duplicate check of a new case among the center's cases. */
  duplicatesOf: (name: string, kana: string | null, birthYear: number | null) => Promise<ImportDuplicateDto[]>;
  /** A decision's run: the duplicates an earlier run stored with each row are kept rather than asked again. */
  keepDuplicates?: boolean;
  /** The file's header of a column (set by checkRows). */
  headerOf?: (sheet: ImportSheet, column: ImportColumn) => string;
}

/** Where the check reads a sheet's rows (a page at a time, by row number) and where it hands them back checked. */
export interface RowStore {
  pages(sheet: ImportSheet): AsyncIterable<ImportRow[]>;
  checked(rows: ImportRow[]): Promise<void>;
}

/** Validates like a request body would be: against a placeholder case for records whose case does not exist yet. */
const PLACEHOLDER_CASE_ID = '00000000-0000-4000-8000-000000000000';

type Values = Record<string, unknown>;

/**
 * The dry run: reads every row through its sheet's mapping, normalises the values, validates them
 * with the API's own DTOs and domain rules, looks for duplicates, and decides each row's outcome.
 * Rows are changed in place (values, problems, duplicates, outcome, caseKey, importKey in values),
 * a page at a time: what later rows need of earlier ones is kept as a few facts per case.
 */
export async function checkRows(ctx: CheckContext, sheets: BatchSheet[], store: RowStore): Promise<void> {
  const headersOf = new Map(sheets.map((s) => [s.sheet, s]));
  ctx = { ...ctx, headerOf: (sheet, column) => headerOf(headersOf.get(sheet), column) };
  const read = async function* (sheet: ImportSheet) {
    for await (const page of store.pages(sheet)) {
      const known = new Map(page.map((r) => [r, r.duplicates]));
      for (const row of page) readRow(ctx, headersOf.get(row.sheet), row);
      yield { page, known };
    }
  };

  const firstContact = new Map<string, string>();
  for await (const { page } of read('contacts')) earliestContacts(page, firstContact);
  const caseRows = new Map<string, CaseFacts>();
  const people: People = new Map();
  for await (const { page, known } of read('cases')) {
    for (const row of page) {
      const first = row.caseKey ? caseRows.get(row.caseKey) : undefined;
      await checkCase(ctx, row, first, people, firstContact, known.get(row));
      if (row.caseKey && !first) caseRows.set(row.caseKey, factsOf(row));
      if (row.outcome === 'create' || row.outcome === 'undecided') remember(people, row);
    }
    await store.checked(page);
  }
  const target = (row: ImportRow) => caseOf(ctx, row, caseRows);
  const occurrences = new Map<string, number>();
  for (const [sheet, dtoOf, keyOf] of [['family', familyDto, familyKey], ['contacts', contactDto, contactKey]] as const) {
    for await (const { page } of read(sheet)) {
      for (const row of page) await checkDependent(row, target(row), occurrences, dtoOf, keyOf, ctx);
      await store.checked(page);
    }
  }
}

/** The row's values by field, each cell normalised by its column's kind; unreadable cells become problems. */
function readRow(ctx: CheckContext, sheet: BatchSheet | undefined, row: ImportRow) {
  row.values = {};
  row.problems = [];
  row.duplicates = [];
  row.recordId = null;
  const problem = (column: string | null, message: string) => row.problems.push({ column, message });
  sheet?.headers.forEach((h, i) => {
    const column = h.field ? columnOf(row.sheet, h.field) : undefined;
    if (!column) return;
    const stored = row.cells[i];
    if (stored && typeof stored === 'object' && 'problem' in stored) return problem(h.header, stored.problem);
    const cell = cellValueOf(stored);
    if (isBlank(cell)) return;
    const read = readCell(ctx, column, cell);
    if (read.ok) row.values[column.field] = read.value;
    else problem(h.header, read.problem);
  });
  for (const column of sheet ? requiredOf(row.sheet) : []) {
    if (row.values[column.field] === undefined && !row.problems.some((p) => p.column === headerOf(sheet, column))) {
      problem(headerOf(sheet, column), `「${headerOf(sheet, column)}」が空です`);
    }
  }
  row.caseKey = typeof row.values['caseKey'] === 'string' ? row.values['caseKey'] : null;
}

const requiredOf = (sheet: ImportSheet) => IMPORT_COLUMNS[sheet].filter((c) => c.required);

/** The file's header of a column (its template header when the file has none for it). */
function headerOf(sheet: BatchSheet | undefined, column: ImportColumn): string {
  return sheet?.headers.find((h) => h.field === column.field)?.header ?? column.header;
}

function readCell(ctx: CheckContext, column: ImportColumn, cell: CellValue): Normalised<unknown> {
  switch (column.kind) {
    case 'line':
      return { ok: true, value: normaliseText(cell, false) };
    case 'text':
      return { ok: true, value: normaliseText(cell, true) };
    case 'date':
      return parseDate(cell);
    case 'yearMonth':
      return parseYearMonth(cell);
    case 'dateTime':
      return parseDateTime(cell);
    case 'integer':
      return parseInteger(cell);
    case 'boolean':
      return parseBoolean(cell);
    case 'enum':
      return parseEnum(column.enum as NonNullable<ImportColumn['enum']>, cell);
    case 'enumList':
      return parseEnumList(column.enum as NonNullable<ImportColumn['enum']>, cell);
    case 'coordinator':
      return memberNamed(ctx.members, normaliseText(cell, false), column.field === 'leadCoordinatorId' ? LEAD_ROLES : undefined);
  }
}

/** A user of the center by email or by name (spaces and width ignored); a name two users share is ambiguous. */
function memberNamed(members: Member[], text: string, roles?: readonly Role[]): Normalised<string> {
  const folded = foldWord(text);
  const found = members.filter((m) => m.email.toLowerCase() === text.toLowerCase() || foldWord(m.name) === folded);
  if (found.length > 1) return { ok: false, problem: `「${text}」という職員が${found.length}人います。メールアドレスで指定してください` };
  const [member] = found;
  if (!member) return { ok: false, problem: `「${text}」という職員はこのセンターにいません（氏名かメールアドレスで指定します）` };
  if (roles && !roles.includes(member.role)) return { ok: false, problem: `「${text}」はコーディネーターかスーパーバイザーではないため、主担当にできません` };
  return { ok: true, value: member.id };
}

/** The day of each case key's first contact in the file (a case with no intake date opens then), a page at a time. */
function earliestContacts(contacts: ImportRow[], first: Map<string, string>) {
  for (const row of contacts) {
    const at = row.values['heldAt'];
    if (!row.caseKey || typeof at !== 'string') continue;
    const day = japanDate(new Date(at));
    const known = first.get(row.caseKey);
    if (!known || day < known) first.set(row.caseKey, day);
  }
}

/** What the rows after a case row need of it: the family and contact rows of its key, and the check of a later row with the same key. */
interface CaseFacts {
  rowNumber: number;
  outcome: ImportRow['outcome'];
  openedOn?: string;
  leadCoordinatorId?: string;
}

const factsOf = (row: ImportRow): CaseFacts => ({
  rowNumber: row.rowNumber,
  outcome: row.outcome,
  openedOn: row.values['openedOn'] as string | undefined,
  leadCoordinatorId: row.values['leadCoordinatorId'] as string | undefined,
});

/** A case row: `first` is an earlier row of the same key, `known` the duplicates a decision's run keeps. */
async function checkCase(ctx: CheckContext, row: ImportRow, first: CaseFacts | undefined, people: People, firstContact: Map<string, string>, known?: ImportDuplicateDto[]) {
  const key = row.caseKey;
  if (key && first) row.problems.push({ column: null, message: `整理番号「${key}」は${first.rowNumber}行目と重複しています` });
  const imported = key ? ctx.importedCases.get(key) : undefined;
  if (imported && !row.problems.length) {
    row.recordId = imported.id;
    row.outcome = 'already_imported';
    return;
  }
  const { caseKey, status, closedOn, closureReason, ...fields } = row.values;
  void caseKey;
  const dto: Values = { ...fields, openedOn: fields['openedOn'] ?? (key && firstContact.get(key)) ?? japanDate() };
  row.values['openedOn'] = dto['openedOn'];
  await validateAs(ctx, NewCaseDto, dto, row);
  // Where support stands: the status fields as a case's update takes them, under the same closure rule.
  await validateAs(ctx, UpdateCaseDto, Object.fromEntries(Object.entries({ status, closedOn, closureReason }).filter(([, v]) => v !== undefined)), row);
  if (!row.problems.length) {
    try {
      birthYearOf(dto['birthDate'] as string | undefined, dto['birthYear'] as number | undefined);
      if (status === 'paused') throw new DomainError('rule', 'CASE_STATUS', 'Import a paused case as active, then pause it with its reason');
      assertClosure(dto['openedOn'] as string, (status as CaseStatus | undefined) ?? 'intake', (closureReason as ClosureReason | undefined) ?? null, (closedOn as string | undefined) ?? null);
      if (status === 'closed' && !closedOn) throw new DomainError('rule', 'CASE_CLOSURE_FIELDS', 'closedOn is required for a closed case');
    } catch (e) {
      row.problems.push({ column: null, message: problemOf(e) });
    }
  }
  if (!row.problems.length) row.duplicates = (ctx.keepDuplicates && known) || (await duplicatesOf(ctx, row, people));
  row.outcome = outcomeOf(row);
}

/** Earlier case rows of the file by folded name and by folded kana, to find the same person twice in one file. */
type People = Map<string, Person[]>;

interface Person {
  rowNumber: number;
  initials: string;
  birthYear: number | null;
}

/** Possible duplicates of a new case: the center's cases (the API's check) and earlier rows of the file (its rule). */
async function duplicatesOf(ctx: CheckContext, row: ImportRow, people: People): Promise<ImportDuplicateDto[]> {
  const person = personOf(row.values);
  const found = await ctx.duplicatesOf(row.values['clientName'] as string, (row.values['clientNameKana'] as string | undefined) ?? null, person.birthYear);
  const candidates = new Set([...(people.get(`n:${person.name}`) ?? []), ...(person.kana ? (people.get(`k:${person.kana}`) ?? []) : [])]);
  for (const other of candidates) {
    if (person.birthYear === null || other.birthYear === null || person.birthYear === other.birthYear) {
      found.push({ caseNumber: null, row: other.rowNumber, initials: other.initials, birthYear: other.birthYear });
    }
  }
  return found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Remembers a case row that will (or may) become a case, for the rows after it. */
function remember(people: People, row: ImportRow) {
  const person = personOf(row.values);
  const facts: Person = { rowNumber: row.rowNumber, initials: initialsOf(String(row.values['clientName'])), birthYear: person.birthYear };
  for (const key of [`n:${person.name}`, ...(person.kana ? [`k:${person.kana}`] : [])]) people.set(key, [...(people.get(key) ?? []), facts]);
}

function personOf(values: Values) {
  const birthDate = values['birthDate'] as string | undefined;
  return {
    name: foldForSearch(String(values['clientName'] ?? '')),
    kana: values['clientNameKana'] ? foldForSearch(String(values['clientNameKana'])) : '',
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : ((values['birthYear'] as number | undefined) ?? null),
  };
}

/** What a case row becomes: a decision to skip wins; errors wait for one; duplicates need one. */
function outcomeOf(row: ImportRow): ImportRow['outcome'] {
  if (row.decision === 'skip') return 'skip';
  if (row.problems.length) return 'error';
  if (row.duplicates.length) return row.decision === 'import' ? 'create' : 'undecided';
  return 'create';
}

/** The case a family or contact row belongs to: a case row of the file, or a case an earlier batch imported. */
interface Target {
  row?: CaseFacts;
  imported?: ImportedCase;
}

function caseOf(ctx: CheckContext, row: ImportRow, caseRows: Map<string, CaseFacts>): Target | null {
  if (!row.caseKey) return null;
  const caseRow = caseRows.get(row.caseKey);
  if (caseRow) return caseRow.outcome === 'already_imported' ? { row: caseRow, imported: ctx.importedCases.get(row.caseKey) } : { row: caseRow };
  const imported = ctx.importedCases.get(row.caseKey);
  return imported ? { imported } : null;
}

type DtoOf = (values: Values, target: Target, ctx: CheckContext) => { dto: Values; type: new () => object };

const familyDto: DtoOf = (values) => {
  const { caseKey, ...fields } = values;
  void caseKey;
  return { dto: { ...fields, caseId: PLACEHOLDER_CASE_ID }, type: CreateFamilyMemberDto };
};

const contactDto: DtoOf = (values, target) => {
  const { caseKey, staffIds, ...fields } = values;
  void caseKey;
  const lead = target.imported?.leadCoordinatorId ?? target.row?.leadCoordinatorId;
  const staff = staffIds ?? lead;
  return { dto: { ...fields, caseId: PLACEHOLDER_CASE_ID, ...(staff ? { staffIds: [staff] } : {}) }, type: CreateInterviewDto };
};

/** Family members are one per relationship and name; contacts one per day, method, duration and summary. */
const familyKey = (v: Values) => `family:${v['relationship']}:${foldForSearch(String(v['name']))}`;
const contactKey = (v: Values) =>
  `contact:${createHash('sha256').update(JSON.stringify([v['heldAt'], v['method'], v['durationMinutes'] ?? null, v['summary']])).digest('hex').slice(0, 32)}`;

/**
 * A family or contact row: it needs its case; it follows the case row's outcome (skipped with it,
 * waiting with it); validated with the API's DTO and, for contacts, the API's date rule; and it is
 * already imported when an earlier batch created the same record (identical rows count apart, so
 * the same file imported twice gives the same keys).
 */
async function checkDependent(row: ImportRow, target: Target | null, occurrences: Map<string, number>, dtoOf: DtoOf, keyOf: (v: Values) => string, ctx: CheckContext) {
  if (row.caseKey && !target) row.problems.push({ column: null, message: `整理番号「${row.caseKey}」のケースが、ケースのシートにも取込済みのケースにもありません` });
  if (!target || row.problems.length) {
    row.outcome = row.decision === 'skip' ? 'skip' : 'error';
    return;
  }
  const { dto, type } = dtoOf(row.values, target, ctx);
  if (dto['staffIds']) row.values['staffIds'] = dto['staffIds'];
  await validateAs(ctx, type, dto, row);
  const openedOn = target.imported?.openedOn ?? target.row?.openedOn;
  if (!row.problems.length && dto['heldAt'] && openedOn) {
    try {
      assertRecordDates(openedOn, new Date(dto['heldAt'] as string), null);
    } catch (e) {
      row.problems.push({ column: null, message: problemOf(e) });
    }
  }
  if (row.problems.length) {
    row.outcome = row.decision === 'skip' ? 'skip' : 'error';
    return;
  }
  const base = `${row.caseKey} ${keyOf(row.values)}`;
  const n = (occurrences.get(base) ?? 0) + 1;
  occurrences.set(base, n);
  const importKey = `${keyOf(row.values)}#${n}`;
  row.values['importKey'] = importKey;
  const caseOutcome = target.row?.outcome ?? 'already_imported';
  if (target.imported && ctx.importedKeys.has(`${target.imported.id} ${importKey}`)) row.outcome = 'already_imported';
  else if (row.decision === 'skip' || caseOutcome === 'skip' || caseOutcome === 'error') row.outcome = 'skip';
  else row.outcome = caseOutcome === 'undecided' ? 'undecided' : 'create';
}

/** Checks values against a DTO of the API with the request pipe's options; each failure becomes a Japanese problem on its column. */
async function validateAs(ctx: CheckContext, type: new () => object, dto: Values, row: ImportRow) {
  const errors = await validate(plainToInstance(type, dto), VALIDATOR_OPTIONS);
  for (const e of flatten(errors)) {
    const column = columnOf(row.sheet, e.property);
    const header = column && ctx.headerOf ? ctx.headerOf(row.sheet, column) : e.property;
    // A cell that could not be read, or a required one left empty, is already reported.
    if (column && row.problems.some((p) => p.column === header)) continue;
    row.problems.push({ column: column ? header : null, message: problemInJapanese(e, header) });
  }
}

function flatten(errors: ValidationError[]): ValidationError[] {
  return errors.flatMap((e) => (e.children?.length ? flatten(e.children) : [e]));
}

/** A domain rule's refusal as a row problem, in Japanese where the rule has a Japanese message. */
function problemOf(e: unknown): string {
  if (!(e instanceof DomainError)) throw e;
  return DOMAIN_MESSAGES[e.code] ?? e.message;
}

const DOMAIN_MESSAGES: Partial<Record<DomainError['code'], string>> = {
  CASE_BIRTH: '「生年」が「生年月日」の年と合いません',
  CASE_STATUS: '中断中のケースは「支援中」で取り込み、取込後に理由とともに中断にしてください',
  CASE_CLOSURE_REASON: '状態が「終結」のケースには「終結理由」が必要です',
  CASE_CLOSURE_FIELDS: '「終結日」と「終結理由」は状態が「終結」のケースにだけ書き、終結のケースには両方を書きます',
  CASE_CLOSED_BEFORE_OPENED: '「終結日」が「受付日」より前です',
  CONTACT_BEFORE_OPENED: 'ケースの受付日より前の記録です（受付日を直すか、空欄にすると最初の記録の日になります）',
  FUTURE_DATE: '未来の日付です',
};
