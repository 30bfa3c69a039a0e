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
  fiscalYear,
  foldForSearch,
  initialsOf,
  missingColumns,
  type ImportBatchDto,
  type ImportCounts,
  type ImportDuplicateDto,
  type ImportRowDto,
  type ImportRowOutcome,
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
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { checkRows, type CheckContext } from './check';
import { DecideManyDto, DecideRowDto, MappingDto } from './dto/import.dto';
import { BatchSheet, ImportBatch, ImportRow } from './import.entities';
import { isHeaderRow, recogniseSheet } from './mapping';
import { readSpreadsheet } from './read-file';

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

/** Rows read, checked and written at a time: a batch's rows are never all in memory. */
const CHUNK = 1_000;

const emptyCounts = (): ImportCounts =>
  Object.fromEntries(IMPORT_SHEETS.map((s) => [s, Object.fromEntries(IMPORT_ROW_OUTCOMES.map((o) => [o, 0]))])) as ImportCounts;

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

  /** Reads the files (their rows straight into the batch), recognises their sheets and headers, and runs the dry run; no record is written. */
  async upload(actor: AuthUser, files: UploadedFile[]): Promise<ImportBatchDto> {
    if (!files.length) throw invalid('IMPORT_FILE_TYPE', 'Choose a file to import (.xlsx or .csv)');
    const centerId = tenantOf(actor) as string;
    return this.db.transaction(async (m) => {
      const batch = await m.save(
        m.create(ImportBatch, {
          centerId,
          status: 'draft',
          fileName: files.map((f) => fileNameOf(f.originalname)).join('、').slice(0, 255),
          fileHash: hashOf(files),
          sheets: [],
          counts: emptyCounts(),
          createdBy: actor.id,
        }),
      );
      const sheets: BatchSheet[] = [];
      let read = 0;
      for (const file of files) {
        await readSpreadsheet(file.buffer, fileNameOf(file.originalname), isHeaderRow, (head, found) => {
          // A lone CSV whose headers are all unknown is taken as cases, for the mapping step to name its columns.
          const sheet = recogniseSheet(head) ?? (files.length === 1 && found.sheets === 1 && !found.empty ? 'cases' : null);
          if (!sheet) return null;
          const twin = sheets.find((s) => s.sheet === sheet);
          if (twin) throw invalid('IMPORT_NO_SHEETS', `Two sheets hold ${sheet} ("${twin.source}" and "${head.source}"): import one at a time`);
          sheets.push({ sheet, source: head.source, headerRow: head.headerRow, headers: autoMapping(sheet, head.headers) });
          return async (rows) => {
            read += rows.length;
            const stored = rows.map((r) => Object.assign(new ImportRow(), { batchId: batch.id, sheet, rowNumber: r.rowNumber, cells: r.cells, decision: null, outcome: 'undecided' }));
            await insertChunks(m, ImportRow, stored);
          };
        });
      }
      if (!read) throw invalid('IMPORT_NO_SHEETS', 'No sheet of cases (ケース), family members (家族) or contacts (支援経過) with rows was found');
      batch.sheets = sheets;
      batch.counts = await this.check(m, batch, await this.context(m, centerId));
      await m.save(batch);
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
      // Each source's rows follow it to the kind of rows it now holds.
      const moved = batch.sheets.map((b, i) => ({ from: b.sheet, to: sheets[i].sheet })).filter((s) => s.from !== s.to);
      if (moved.length) {
        await m.query(
          `UPDATE import_rows r SET sheet = s.to FROM jsonb_to_recordset($2::jsonb) AS s("from" text, "to" text) WHERE r.batch_id = $1 AND r.sheet = s.from`,
          [id, JSON.stringify(moved)],
        );
      }
      batch.sheets = sheets;
      batch.counts = await this.check(m, batch, await this.context(m, batch.centerId));
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
      await m.update(ImportRow, { id: rowId }, { decision: decision ?? null });
      // The decision changes this row's outcome and those of the rows that hang on its case: the dry run says how.
      batch.counts = await this.check(m, batch, { ...(await this.context(m, batch.centerId)), keepDuplicates: true });
      await m.save(batch);
      return toRowDto(await m.findOneOrFail(ImportRow, { where: { id: rowId } }), current.caseNumber);
    });
  }

  /** One decision for every row of an outcome (every error skipped, every possible duplicate decided), in one pass of the dry run. */
  decideMany(actor: AuthUser, id: string, dto: DecideManyDto): Promise<ImportBatchDto> {
    if (dto.decision === 'import' && dto.outcome !== 'undecided') {
      throw invalid('IMPORT_DECISION', '"import" decides on possible duplicates (outcome undecided); rows with errors can only be skipped');
    }
    return this.db.transaction(async (m) => {
      const batch = await this.draftOf(actor, id, m);
      const chosen = await m.update(ImportRow, { batchId: id, outcome: dto.outcome }, { decision: dto.decision });
      batch.counts = await this.check(m, batch, { ...(await this.context(m, batch.centerId)), keepDuplicates: true });
      await m.save(batch);
      await this.audit.record({ actor, action: 'update', entity: 'import_batch', entityId: id, detail: { decision: dto.decision, outcome: dto.outcome, rows: chosen.affected ?? 0 } }, m);
      return withRowCounts(toBatchDto(batch));
    });
  }

  /** Writes the batch: every row to create, in one transaction, after the dry run passes again on today's data. */
  commit(actor: AuthUser, id: string): Promise<ImportBatchDto> {
    return this.db.transaction(async (m) => {
      const batch = await this.draftOf(actor, id, m);
      const ctx = await this.context(m, batch.centerId);
      const counts = await this.check(m, batch, ctx);
      const open = IMPORT_SHEETS.reduce((n, s) => n + counts[s].error + counts[s].undecided, 0);
      if (open) {
        throw ruleBroken('IMPORT_UNRESOLVED', `${open} rows have errors or possible duplicates without a decision: skip them, decide, or fix the file`);
      }
      await this.write(m, actor, batch, ctx);
      // The file's raw cells are kept only until the commit: the records now hold what was read.
      await m.query(`UPDATE import_rows SET cells = '[]' WHERE batch_id = $1`, [id]);
      Object.assign(batch, { status: 'committed', counts, committedBy: actor.id, committedAt: new Date() });
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
  private async context(m: EntityManager, centerId: string): Promise<CheckContext> {
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
      duplicatesOf: async (name, kana, birthYear) => {
        const found = await runSql<DuplicateRow>(m, duplicateCandidatesSql({ centerId, name: foldForSearch(name), kana: kana ? foldForSearch(kana) : '', birthYear }));
        return found.map((d): ImportDuplicateDto => ({ caseNumber: d.case_number, row: null, initials: initialsOf(d.client_name), birthYear: d.birth_year }));
      },
    };
  }

  /** The dry run over the batch's rows, a page at a time, writing back the rows it changed; the rows per sheet and outcome. */
  private async check(m: EntityManager, batch: ImportBatch, ctx: CheckContext): Promise<ImportCounts> {
    const counts = emptyCounts();
    const before = new WeakMap<ImportRow, string>();
    await checkRows(ctx, batch.sheets, {
      pages: async function* (sheet) {
        for await (const page of pagesOf(m, batch.id, sheet)) {
          for (const r of page) before.set(r, stateOf(r));
          yield page;
        }
      },
      checked: async (rows) => {
        for (const r of rows) counts[r.sheet][r.outcome] += 1;
        await saveRows(m, rows.filter((r) => stateOf(r) !== before.get(r)));
      },
    });
    return counts;
  }

  /** Creates the rows' records, a page at a time: cases with numbers from the usual counter, then their family members and contacts. */
  private async write(m: EntityManager, actor: AuthUser, batch: ImportBatch, ctx: CheckContext) {
    const origin = (r: ImportRow) => ({ importBatchId: batch.id, importKey: (r.values['importKey'] as string | undefined) ?? r.caseKey });
    const caseIds = new Map([...ctx.importedCases].map(([key, c]) => [key, c.id]));
    const caseIdOf = (r: ImportRow) => caseIds.get(r.caseKey as string) as string;

    const numberOf = await this.numbers(m, batch);
    await writeRows(
      m,
      batch.id,
      'cases',
      Case,
      (r) => {
        const { leadCoordinatorId, openedOn, status = 'intake', closedOn = null, closureReason = null, ...client } = fieldsOf(r) as unknown as ImportedCaseFields;
        const record = newCaseRecord(client, { centerId: batch.centerId, caseNumber: numberOf(openedOn), lead: leadCoordinatorId, openedOn, createdBy: actor.id });
        return m.create(Case, { ...record, status, closedOn, closureReason, ...origin(r) });
      },
      async (cases) => {
        for (const c of cases) caseIds.set(c.importKey as string, c.id);
        await insertChunks(m, CaseStatusChange, cases.flatMap((c) => statusHistoryOf(m, c, actor.id)));
      },
    );
    await writeRows(m, batch.id, 'family', FamilyMember, (r) => m.create(FamilyMember, { ...fieldsOf(r), caseId: caseIdOf(r), createdBy: actor.id, ...origin(r) }));
    await writeRows(m, batch.id, 'contacts', Interview, (r) =>
      m.create(Interview, { ...newInterviewRecord(actor, { ...fieldsOf(r), caseId: caseIdOf(r) } as unknown as CreateInterviewDto), ...origin(r) }),
    );
  }

  /** The case number of each new case, in row order, by its intake day: each fiscal year's numbers are taken from the usual counter at once. */
  private async numbers(m: EntityManager, batch: ImportBatch): Promise<(openedOn: string) => string> {
    const perYear = new Map<number, { openedOn: string; count: number }>();
    for await (const page of pagesOf(m, batch.id, 'cases', 'create')) {
      for (const r of page) {
        const openedOn = r.values['openedOn'] as string;
        const year = perYear.get(fiscalYear(openedOn)) ?? { openedOn, count: 0 };
        perYear.set(fiscalYear(openedOn), { openedOn: year.openedOn, count: year.count + 1 });
      }
    }
    const years = new Map<number, { taken: number; numbers: string[] }>();
    for (const [fy, { openedOn, count }] of perYear) years.set(fy, { taken: 0, numbers: await allocateCaseNumbers(m, batch.centerId, openedOn, count) });
    return (openedOn) => {
      const year = years.get(fiscalYear(openedOn)) as { taken: number; numbers: string[] };
      return year.numbers[year.taken++];
    };
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

/** A batch's rows of a sheet (of one outcome), a page at a time in row order. */
async function* pagesOf(m: EntityManager, batchId: string, sheet: ImportSheet, outcome?: ImportRowOutcome): AsyncIterable<ImportRow[]> {
  for (let after = 0; ; ) {
    const page = await m.find(ImportRow, { where: { batchId, sheet, rowNumber: MoreThan(after), ...(outcome && { outcome }) }, order: { rowNumber: 'ASC' }, take: CHUNK });
    if (!page.length) return;
    yield page;
    after = page[page.length - 1].rowNumber;
  }
}

/** Creates a record per row to create of a sheet, a page at a time, and notes each row's record. */
async function writeRows<T extends { id: string }>(m: EntityManager, batchId: string, sheet: ImportSheet, entity: new () => T, build: (r: ImportRow) => T, written?: (records: T[]) => Promise<void>) {
  for await (const page of pagesOf(m, batchId, sheet, 'create')) {
    const records = page.map(build);
    await insertChunks(m, entity, records);
    page.forEach((r, j) => (r.recordId = records[j].id));
    await written?.(records);
    await saveRows(m, page);
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
