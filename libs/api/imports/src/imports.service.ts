import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  autoMapping,
  ENUM_LABELS_JA,
  IMPORT_BATCH_STATUSES,
  IMPORT_COLUMNS,
  IMPORT_ROW_OUTCOMES,
  IMPORT_SHEETS,
  foldForSearch,
  initialsOf,
  missingColumns,
  type ImportBatchDto,
  type ImportCounts,
  type ImportDuplicateDto,
  type ImportRowDto,
  type CaseStatus,
  type ClosureReason,
  type ImportSheet,
} from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, invalid, ListQuery, ListResult, ListSpec, notFound, ruleBroken, tenantOf, VoidDto } from '@tsunagu/api-core';
import { findPage, runSql, sql } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { allocateCaseNumbers, Case, CaseStatusChange, duplicateCandidatesSql, FamilyMember, newCaseRecord, NewCaseDto, type DuplicateRow } from '@tsunagu/api-cases';
import { CreateInterviewDto, Interview, newInterviewRecord } from '@tsunagu/api-contacts';
import { activeMembers } from '@tsunagu/api-users';
import { DataSource, EntityManager } from 'typeorm';
import { checkRows, type CheckContext } from './check';
import { DecideManyDto, DecideRowDto, MappingDto } from './dto/import.dto';
import { BatchSheet, ImportBatch, ImportRow } from './import.entities';
import { isHeaderRow, recogniseSheet } from './mapping';
import { readSpreadsheet, type RawSheet } from './read-file';

/** An uploaded file as the controller hands it over. */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

type BatchField = 'createdAt' | 'status';
export const IMPORT_LIST_SPEC: ListSpec<BatchField> = {
  sortable: ['createdAt'],
  filters: { status: { enum: IMPORT_BATCH_STATUSES } },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};
const BATCH_COLUMNS: Record<BatchField, string> = { createdAt: 'b.created_at', status: 'b.status' };

type RowField = 'batchId' | 'sheet' | 'outcome' | 'rowNumber' | 'duplicates';
export const IMPORT_ROW_LIST_SPEC: ListSpec<RowField> = {
  sortable: ['rowNumber'],
  filters: { batchId: 'uuid', sheet: { enum: IMPORT_SHEETS }, outcome: { enum: IMPORT_ROW_OUTCOMES }, duplicates: 'boolean' },
  defaultSort: { field: 'rowNumber', order: 'ASC' },
};
/** Rows in the file's order: the cases sheet, then family, then contacts, each by row number. */
const ROW_ORDER = `array_position(ARRAY['cases', 'family', 'contacts'], r.sheet) * 10000000 + r.row_number`;
const ROW_COLUMNS: Partial<Record<RowField, string>> = { batchId: 'r.batch_id', sheet: 'r.sheet', outcome: 'r.outcome', rowNumber: ROW_ORDER };

/** Rows written per INSERT statement. */
const CHUNK = 1_000;

const emptyCounts = (): ImportCounts =>
  Object.fromEntries(IMPORT_SHEETS.map((s) => [s, Object.fromEntries(IMPORT_ROW_OUTCOMES.map((o) => [o, 0]))])) as ImportCounts;

function countsOf(rows: ImportRow[]): ImportCounts {
  const counts = emptyCounts();
  for (const r of rows) counts[r.sheet][r.outcome] += 1;
  return counts;
}

/** A batch as its list's CSV shows it: what it created, in words. */
function exportedBatch(b: ImportBatchDto): Record<string, unknown> {
  const created = IMPORT_SHEETS.map((sheet) => `${ENUM_LABELS_JA.import_sheet[sheet]} ${b.counts[sheet].create}件`).join('・');
  const { status, fileName, createdBy, createdAt, committedBy, committedAt, voidedBy, voidedAt, voidReason, fileHash, id } = b;
  return { status, fileName, created, createdBy, createdAt, committedBy, committedAt, voidedBy, voidedAt, voidReason, fileHash, id };
}

/** A row of the dry run as its CSV shows it (to fix the file from): its problems and possible duplicates in words. */
function exportedRow(r: ImportRowDto): Record<string, unknown> {
  const problems = r.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join(' / ');
  const duplicates = r.duplicates
    .map((d) => `${d.caseNumber ?? `${d.row}行目`} ${d.initials}${d.birthYear ? ` ${d.birthYear}年生` : ''}`)
    .join(' / ');
  return { sheet: r.sheet, rowNumber: r.rowNumber, caseKey: r.caseKey, outcome: r.outcome, problems, duplicates, decision: r.decision, caseNumber: r.caseNumber, recordId: r.recordId, id: r.id };
}

/** The counts as the audit entry keeps them: rows per sheet, and rows per outcome. */
function totalsOf(counts: ImportCounts): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const sheet of IMPORT_SHEETS) {
    for (const outcome of IMPORT_ROW_OUTCOMES) {
      totals[sheet] = (totals[sheet] ?? 0) + counts[sheet][outcome];
      totals[outcome] = (totals[outcome] ?? 0) + counts[sheet][outcome];
    }
  }
  return totals;
}

function toBatchDto(b: ImportBatch): ImportBatchDto {
  return {
    id: b.id,
    centerId: b.centerId,
    status: b.status,
    fileName: b.fileName,
    fileHash: b.fileHash,
    sheets: b.sheets.map((s) => ({ sheet: s.sheet, source: s.source, headers: s.headers, missing: missingColumns(s.sheet, s.headers), rows: 0 })),
    counts: b.counts,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    committedBy: b.committedBy,
    committedAt: b.committedAt?.toISOString() ?? null,
    voidedBy: b.voidedBy,
    voidedAt: b.voidedAt?.toISOString() ?? null,
    voidReason: b.voidReason,
  };
}

function withRowCounts(dto: ImportBatchDto): ImportBatchDto {
  return { ...dto, sheets: dto.sheets.map((s) => ({ ...s, rows: Object.values(dto.counts[s.sheet]).reduce((a, b) => a + b, 0) })) };
}

function toRowDto(r: ImportRow, caseNumber: string | null): ImportRowDto {
  const { importKey, ...values } = r.values;
  void importKey;
  return {
    id: r.id,
    batchId: r.batchId,
    sheet: r.sheet,
    rowNumber: r.rowNumber,
    caseKey: r.caseKey,
    values,
    problems: r.problems,
    duplicates: r.duplicates,
    decision: r.decision,
    outcome: r.outcome,
    recordId: r.recordId,
    caseNumber,
  };
}

/**
 * Moving in from spreadsheets: a supervisor uploads a workbook or CSVs, maps unknown headers,
 * reads the dry run, decides on duplicates and errors, and commits the batch in one transaction;
 * a committed batch can be voided as a whole.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<ImportBatchDto>> {
    const qb = this.db.getRepository(ImportBatch).createQueryBuilder('b').where('b.center_id = :centerId', { centerId: tenantOf(actor) });
    const { items, total } = await findPage(qb, list, BATCH_COLUMNS);
    const batches = items.map((b) => withRowCounts(toBatchDto(b)));
    return new ListResult('imports', batches, list.start, total, () => batches.map(exportedBatch));
  }

  async get(actor: AuthUser, id: string): Promise<ImportBatchDto> {
    return withRowCounts(toBatchDto(await this.batchOf(actor, id)));
  }

  /** Reads the files, recognises their sheets and headers, and runs the dry run; nothing but the batch is written. */
  async upload(actor: AuthUser, files: UploadedFile[]): Promise<ImportBatchDto> {
    if (!files.length) throw invalid('IMPORT_FILE_TYPE', 'Choose a file to import (.xlsx or .csv)');
    const raw: Array<RawSheet & { sheet: ImportSheet }> = [];
    for (const file of files) {
      const sheets = await readSpreadsheet(file.buffer, fileNameOf(file.originalname), isHeaderRow);
      const lone = files.length === 1 && sheets.length === 1;
      for (const s of sheets) {
        // A lone CSV whose headers are all unknown is taken as cases, for the mapping step to name its columns.
        const sheet = recogniseSheet(s) ?? (lone && s.rows.length ? 'cases' : null);
        if (!sheet) continue;
        if (raw.some((r) => r.sheet === sheet)) throw invalid('IMPORT_NO_SHEETS', `Two sheets hold ${sheet} ("${raw.find((r) => r.sheet === sheet)?.source}" and "${s.source}"): import one at a time`);
        raw.push({ ...s, sheet });
      }
    }
    if (!raw.some((r) => r.rows.length)) throw invalid('IMPORT_NO_SHEETS', 'No sheet of cases (ケース), family members (家族) or contacts (支援経過) with rows was found');
    const centerId = tenantOf(actor) as string;
    const sheets: BatchSheet[] = raw.map((r) => ({ sheet: r.sheet, source: r.source, headerRow: r.headerRow, headers: autoMapping(r.sheet, r.headers) }));
    const rows = raw.flatMap((r) =>
      r.rows.map((row) => Object.assign(new ImportRow(), { sheet: r.sheet, rowNumber: row.rowNumber, cells: row.cells, decision: null, outcome: 'undecided' })),
    );
    return this.db.transaction(async (m) => {
      await checkRows(await this.context(m, centerId), sheets, rows);
      const batch = await m.save(
        m.create(ImportBatch, {
          centerId,
          status: 'draft',
          fileName: files.map((f) => fileNameOf(f.originalname)).join('、').slice(0, 255),
          fileHash: hashOf(files),
          sheets,
          counts: countsOf(rows),
          createdBy: actor.id,
        }),
      );
      for (const r of rows) r.batchId = batch.id;
      await insertChunks(m, ImportRow, rows);
      await this.audit.record({ actor, action: 'create', entity: 'import_batch', entityId: batch.id, detail: { fileName: batch.fileName, fileHash: batch.fileHash, ...totalsOf(batch.counts) } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  /** The mapping step: which column each header fills (and which kind of rows a sheet holds); the dry run runs again. */
  mapping(actor: AuthUser, id: string, dto: MappingDto): Promise<ImportBatchDto> {
    return this.db.transaction(async (m) => {
      const batch = await this.draftOf(actor, id, m);
      changesOf(dto, withRowCounts(toBatchDto(batch)));
      const sheets = batch.sheets.map((s) => {
        const change = dto.sheets.find((c) => c.source === s.source);
        if (!change) return s;
        if (change.headers.length !== s.headers.length || change.headers.some((h, i) => h.header !== s.headers[i].header)) {
          throw invalid('IMPORT_MAPPING', `The headers of "${s.source}" do not match the file's`);
        }
        const fields = IMPORT_COLUMNS[change.sheet].map((c) => c.field);
        const chosen = change.headers.map((h) => h.field).filter((f): f is string => !!f);
        const unknown = chosen.find((f) => !fields.includes(f));
        if (unknown) throw invalid('IMPORT_MAPPING', `"${unknown}" is not a column of the ${change.sheet} sheet`);
        const twice = chosen.find((f, i) => chosen.indexOf(f) !== i);
        if (twice) throw invalid('IMPORT_MAPPING', `Two headers of "${s.source}" fill "${twice}"`);
        return { ...s, sheet: change.sheet, headers: change.headers.map((h) => ({ header: h.header, field: h.field ?? null })) };
      });
      if (new Set(sheets.map((s) => s.sheet)).size !== sheets.length) throw invalid('IMPORT_MAPPING', 'Two sheets would hold the same kind of rows');
      const rows = await m.find(ImportRow, { where: { batchId: id }, order: { sheet: 'ASC', rowNumber: 'ASC' } });
      for (const r of rows) r.sheet = sheets.find((s) => s.source === batch.sheets.find((b) => b.sheet === r.sheet)?.source)?.sheet ?? r.sheet;
      await checkRows(await this.context(m, batch.centerId), sheets, rows);
      await saveRows(m, rows);
      Object.assign(batch, { sheets, counts: countsOf(rows) });
      await m.save(batch);
      await this.audit.record({ actor, action: 'update', entity: 'import_batch', entityId: id, detail: { mapping: true } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  async rows(actor: AuthUser, list: ListQuery): Promise<ListResult<ImportRowDto>> {
    const batchId = list.filter['batchId'];
    if (typeof batchId !== 'string') throw invalid('INVALID_LIST_QUERY', 'filter.batchId is required');
    const batch = await this.batchOf(actor, batchId);
    const qb = this.db.getRepository(ImportRow).createQueryBuilder('r');
    if (list.filter['duplicates'] !== undefined) qb.andWhere(`jsonb_array_length(r.duplicates) ${list.filter['duplicates'] ? '>' : '='} 0`);
    const { items, total } = await findPage(qb, list, ROW_COLUMNS);
    const numbers = await this.caseNumbers(batch.centerId, items);
    const found = items.map((r) => toRowDto(r, numbers.get(r.caseKey ?? '') ?? null));
    return new ListResult('import-rows', found, list.start, total, () => found.map(exportedRow));
  }

  /** A supervisor's decision on one row: skip it, or import a possible duplicate as a new case anyway (null: undecided again). */
  decide(actor: AuthUser, rowId: string, dto: DecideRowDto): Promise<ImportRowDto> {
    return this.db.transaction(async (m) => {
      const row = await m.findOne(ImportRow, { where: { id: rowId } });
      if (!row) throw notFound('Import row');
      const batch = await this.draftOf(actor, row.batchId, m);
      const current = toRowDto(row, (await this.caseNumbers(batch.centerId, [row], m)).get(row.caseKey ?? '') ?? null);
      const { decision } = changesOf(dto, current);
      if (decision === undefined) return current;
      if (decision === 'import' && !row.duplicates.length) {
        throw invalid('IMPORT_DECISION', '"import" decides on a possible duplicate; a row without one is imported as it is');
      }
      row.decision = decision ?? null;
      await m.save(row);
      // The decision changes this row's outcome and those of the rows that hang on its case: the dry run says how.
      const rows = await m.find(ImportRow, { where: { batchId: batch.id }, order: { sheet: 'ASC', rowNumber: 'ASC' } });
      const before = new Map(rows.map((r) => [r.id, stateOf(r)]));
      await checkRows(await this.context(m, batch.centerId, rows), batch.sheets, rows);
      await saveRows(m, rows.filter((r) => stateOf(r) !== before.get(r.id)));
      batch.counts = countsOf(rows);
      await m.save(batch);
      return toRowDto(rows.find((r) => r.id === rowId) as ImportRow, current.caseNumber);
    });
  }

  /** One decision for every row of an outcome (every error skipped, every possible duplicate decided), in one pass of the dry run. */
  decideMany(actor: AuthUser, id: string, dto: DecideManyDto): Promise<ImportBatchDto> {
    if (dto.decision === 'import' && dto.outcome !== 'undecided') {
      throw invalid('IMPORT_DECISION', '"import" decides on possible duplicates (outcome undecided); rows with errors can only be skipped');
    }
    return this.db.transaction(async (m) => {
      const batch = await this.draftOf(actor, id, m);
      const rows = await m.find(ImportRow, { where: { batchId: id }, order: { sheet: 'ASC', rowNumber: 'ASC' } });
      const before = new Map(rows.map((r) => [r.id, stateOf(r)]));
      const chosen = rows.filter((r) => r.outcome === dto.outcome);
      for (const r of chosen) r.decision = dto.decision;
      await m.createQueryBuilder().update(ImportRow).set({ decision: dto.decision }).whereInIds(chosen.map((r) => r.id)).execute();
      await checkRows(await this.context(m, batch.centerId, rows), batch.sheets, rows);
      await saveRows(m, rows.filter((r) => stateOf(r) !== before.get(r.id)));
      batch.counts = countsOf(rows);
      await m.save(batch);
      await this.audit.record({ actor, action: 'update', entity: 'import_batch', entityId: id, detail: { decision: dto.decision, outcome: dto.outcome, rows: chosen.length } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  /** Writes the batch: every row to create, in one transaction, after the dry run passes again on today's data. */
  commit(actor: AuthUser, id: string): Promise<ImportBatchDto> {
    return this.db.transaction(async (m) => {
      const batch = await this.draftOf(actor, id, m);
      const rows = await m.find(ImportRow, { where: { batchId: id }, order: { sheet: 'ASC', rowNumber: 'ASC' } });
      const ctx = await this.context(m, batch.centerId);
      await checkRows(ctx, batch.sheets, rows);
      // The cells have been read; what is written comes from the values (a large file's cells are let go).
      for (const r of rows) r.cells = [];
      const counts = countsOf(rows);
      const open = IMPORT_SHEETS.reduce((n, s) => n + counts[s].error + counts[s].undecided, 0);
      if (open) {
        throw ruleBroken('IMPORT_UNRESOLVED', `${open} rows have errors or possible duplicates without a decision: skip them, decide, or fix the file`);
      }
      await this.write(m, actor, batch, rows, ctx);
      await saveRows(m, rows);
      // The file's raw cells are kept only until the commit: the records now hold what was read.
      await m.query(`UPDATE import_rows SET cells = '[]' WHERE batch_id = $1`, [id]);
      Object.assign(batch, { status: 'committed', counts: countsOf(rows), committedBy: actor.id, committedAt: new Date() });
      await m.save(batch);
      await this.audit.record({ actor, action: 'create', entity: 'import_batch', entityId: id, detail: { committed: true, ...totalsOf(batch.counts) } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  /** Voids a committed batch (every record it created, as a void elsewhere), or drops a draft. */
  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<ImportBatchDto> {
    return this.db.transaction(async (m) => {
      const batch = await this.batchOf(actor, id, m, true);
      if (batch.status === 'draft') {
        await m.delete(ImportRow, { batchId: id });
        Object.assign(batch, { status: 'discarded', voidedBy: actor.id, voidedAt: new Date(), voidReason: dto.reason });
      } else if (batch.status === 'committed') {
        const voided = { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason };
        for (const entity of [Interview, FamilyMember, Case]) {
          await m.createQueryBuilder().update(entity).set(voided).where('import_batch_id = :id AND voided_at IS NULL', { id }).execute();
        }
        Object.assign(batch, { status: 'voided', ...voided });
      } else {
        throw ruleBroken('IMPORT_NOT_COMMITTED', `This import is already ${batch.status}`);
      }
      await m.save(batch);
      await this.audit.record({ actor, action: 'void', entity: 'import_batch', entityId: id, detail: { reason: dto.reason } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  /** What the dry run reads from the database: the center's users, what earlier batches imported, the duplicate check. */
  private async context(m: EntityManager, centerId: string, known?: ImportRow[]): Promise<CheckContext> {
    const imported = await runSql<{ id: string; case_number: string; opened_on: string; lead_coordinator_id: string; import_key: string }>(
      m,
      sql`SELECT id, case_number, opened_on::text, lead_coordinator_id, import_key FROM cases
           WHERE center_id = ${centerId} AND import_key IS NOT NULL AND voided_at IS NULL`,
    );
    // Each imported case's keys through the tables' (case_id, import_key) indexes (LATERAL): right
    // after a large import, before autovacuum has counted its cases, a join planned for "one case"
    // read every imported record once per case (16,666 cases: minutes).
    const keys = await runSql<{ key: string }>(
      m,
      sql`SELECT c.id || ' ' || x.import_key AS key
            FROM cases c
            CROSS JOIN LATERAL (
              SELECT import_key FROM family_members f WHERE f.case_id = c.id AND f.import_key IS NOT NULL AND f.voided_at IS NULL
              UNION ALL
              SELECT import_key FROM interviews i WHERE i.case_id = c.id AND i.import_key IS NOT NULL AND i.voided_at IS NULL
            ) x
           WHERE c.center_id = ${centerId} AND c.import_key IS NOT NULL AND c.voided_at IS NULL`,
    );
    return {
      members: await activeMembers(m, centerId),
      importedCases: new Map(imported.map((c) => [c.import_key, { id: c.id, caseNumber: c.case_number, openedOn: c.opened_on, leadCoordinatorId: c.lead_coordinator_id }])),
      importedKeys: new Set(keys.map((k) => k.key)),
      knownDuplicates: known ? new Map(known.map((r) => [r.id, r.duplicates])) : undefined,
      duplicatesOf: async (name, kana, birthYear) => {
        const found = await runSql<DuplicateRow>(m, duplicateCandidatesSql({ centerId, name: foldForSearch(name), kana: kana ? foldForSearch(kana) : '', birthYear }));
        return found.map((d): ImportDuplicateDto => ({ caseNumber: d.case_number, row: null, initials: initialsOf(d.client_name), birthYear: d.birth_year }));
      },
    };
  }

  /** Creates the rows' records: cases with numbers from the usual counter, then their family members and contacts. */
  private async write(m: EntityManager, actor: AuthUser, batch: ImportBatch, rows: ImportRow[], ctx: CheckContext) {
    const toCreate = (sheet: ImportSheet) => rows.filter((r) => r.sheet === sheet && r.outcome === 'create');
    const origin = (r: ImportRow) => ({ importBatchId: batch.id, importKey: (r.values['importKey'] as string | undefined) ?? r.caseKey });
    const caseIds = new Map([...ctx.importedCases].map(([key, c]) => [key, c.id]));
    const caseIdOf = (r: ImportRow) => caseIds.get(r.caseKey as string) as string;

    const caseRows = toCreate('cases');
    const numbers = await this.numbers(m, batch.centerId, caseRows);
    await insertFor(
      m,
      Case,
      caseRows,
      (r, i) => {
        const { leadCoordinatorId, openedOn, status = 'intake', closedOn = null, closureReason = null, ...client } = fieldsOf(r) as unknown as ImportedCaseFields;
        const record = newCaseRecord(client, { centerId: batch.centerId, caseNumber: numbers[i], lead: leadCoordinatorId, openedOn, createdBy: actor.id });
        return m.create(Case, { ...record, status, closedOn, closureReason, ...origin(r) });
      },
      async (cases) => {
        for (const c of cases) caseIds.set(c.importKey as string, c.id);
        await insertChunks(m, CaseStatusChange, cases.flatMap((c) => statusHistoryOf(m, c, actor.id)));
      },
    );
    await insertFor(m, FamilyMember, toCreate('family'), (r) => m.create(FamilyMember, { ...fieldsOf(r), caseId: caseIdOf(r), createdBy: actor.id, ...origin(r) }));
    await insertFor(m, Interview, toCreate('contacts'), (r) =>
      m.create(Interview, { ...newInterviewRecord(actor, { ...fieldsOf(r), caseId: caseIdOf(r) } as unknown as CreateInterviewDto), ...origin(r) }),
    );
  }

  /** Case numbers for the new cases, in row order, each from its intake day's fiscal year. */
  private async numbers(m: EntityManager, centerId: string, caseRows: ImportRow[]): Promise<string[]> {
    const byYear = new Map<string, ImportRow[]>();
    for (const r of caseRows) {
      const on = r.values['openedOn'] as string;
      const fy = String(Number(on.slice(0, 4)) - (Number(on.slice(5, 7)) < 4 ? 1 : 0));
      byYear.set(fy, [...(byYear.get(fy) ?? []), r]);
    }
    const numberOf = new Map<ImportRow, string>();
    for (const group of byYear.values()) {
      const numbers = await allocateCaseNumbers(m, centerId, group[0].values['openedOn'] as string, group.length);
      group.forEach((r, i) => numberOf.set(r, numbers[i]));
    }
    return caseRows.map((r) => numberOf.get(r) as string);
  }

  /** Case numbers of the rows' cases, by the file's case key (once they exist). */
  private async caseNumbers(centerId: string, rows: ImportRow[], m: EntityManager = this.db.manager): Promise<Map<string, string>> {
    const keys = [...new Set(rows.map((r) => r.caseKey).filter((k): k is string => !!k))];
    if (!keys.length) return new Map();
    const found = await runSql<{ import_key: string; case_number: string }>(
      m,
      sql`SELECT import_key, case_number FROM cases WHERE center_id = ${centerId} AND import_key = ANY(${keys}::text[]) AND voided_at IS NULL`,
    );
    return new Map(found.map((c) => [c.import_key, c.case_number]));
  }

  private async batchOf(actor: AuthUser, id: string, m: EntityManager = this.db.manager, lock = false): Promise<ImportBatch> {
    const batch = await m.findOne(ImportBatch, { where: { id, centerId: tenantOf(actor) as string }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!batch) throw notFound('Import');
    return batch;
  }

  private async draftOf(actor: AuthUser, id: string, m: EntityManager): Promise<ImportBatch> {
    const batch = await this.batchOf(actor, id, m, true);
    if (batch.status !== 'draft') throw new DomainError('conflict', 'IMPORT_NOT_DRAFT', `This import is ${batch.status}: upload the file again to change it`);
    return batch;
  }
}

function hashOf(files: UploadedFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => a.originalname.localeCompare(b.originalname))) hash.update(f.buffer);
  return hash.digest('hex');
}

/** Multer reads a file name's bytes as Latin-1; browsers send UTF-8. */
function fileNameOf(name: string): string {
  const utf8 = Buffer.from(name, 'latin1').toString('utf8');
  return utf8.includes('\ufffd') ? name : utf8;
}

/** A case row's values: a new case's fields, and where support stands. */
type ImportedCaseFields = NewCaseDto & { openedOn: string; leadCoordinatorId: string; status?: CaseStatus; closedOn?: string; closureReason?: ClosureReason };

/** How an imported case came to its status: opened (受付) on its intake day, then active, or closed on its closing day. */
function statusHistoryOf(m: EntityManager, c: Case, by: string): CaseStatusChange[] {
  const change = (fromStatus: CaseStatus | null, toStatus: CaseStatus, changedOn: string) =>
    m.create(CaseStatusChange, { caseId: c.id, fromStatus, toStatus, changedOn, changedBy: by, closureReason: toStatus === 'closed' ? c.closureReason : null });
  const opened = change(null, 'intake', c.openedOn);
  if (c.status === 'intake') return [opened];
  return [opened, change('intake', c.status, c.status === 'closed' ? (c.closedOn as string) : c.openedOn)];
}

/** A row's values as a record takes them: without the file's keys. */
function fieldsOf(r: ImportRow): Record<string, unknown> {
  const { caseKey, importKey, ...fields } = r.values;
  void caseKey;
  void importKey;
  return fields;
}

/** Creates a record per row, a chunk at a time (each chunk's records are let go once written), and notes each row's record. */
async function insertFor<T extends { id: string }>(m: EntityManager, entity: new () => T, rows: ImportRow[], build: (r: ImportRow, i: number) => T, written?: (records: T[]) => Promise<void>) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const records = chunk.map((r, j) => build(r, i + j));
    await insertChunks(m, entity, records);
    chunk.forEach((r, j) => (r.recordId = records[j].id));
    await written?.(records);
  }
}

async function insertChunks<T extends object>(m: EntityManager, entity: new () => T, records: T[]) {
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const result = await m.createQueryBuilder().insert().into(entity).values(chunk as never).returning('id').execute();
    result.identifiers.forEach((idOf, j) => Object.assign(chunk[j], idOf));
  }
}

/** What the dry run decides of a row, to write back only the rows a decision changed. */
const stateOf = (r: ImportRow) => JSON.stringify([r.sheet, r.caseKey, r.values, r.problems, r.duplicates, r.outcome, r.recordId]);

async function saveRows(m: EntityManager, rows: ImportRow[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await m.query(
      `UPDATE import_rows r SET sheet = u.sheet, case_key = u.case_key, "values" = u.values, problems = u.problems, duplicates = u.duplicates,
              outcome = u.outcome, record_id = u.record_id
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, sheet text, case_key text, values jsonb, problems jsonb, duplicates jsonb, outcome text, record_id uuid)
        WHERE r.id = u.id`,
      [
        JSON.stringify(
          chunk.map((r) => ({ id: r.id, sheet: r.sheet, case_key: r.caseKey, values: r.values, problems: r.problems, duplicates: r.duplicates, outcome: r.outcome, record_id: r.recordId })),
        ),
      ],
    );
  }
}
