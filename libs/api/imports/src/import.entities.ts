import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type {
  ImportBatchStatus,
  ImportCounts,
  ImportDecision,
  ImportDuplicateDto,
  ImportHeaderDto,
  ImportProblemDto,
  ImportRowOutcome,
  ImportSheet,
} from '@tsunagu/contracts';
import type { StoredCell } from './read-file';

/** A sheet of the batch's file: where it came from, its header row, and which column each header fills. */
export interface BatchSheet {
  sheet: ImportSheet;
  source: string;
  headerRow: number;
  headers: ImportHeaderDto[];
}

/** One uploaded file, from the dry run to its commit (or its void). */
@Entity({ name: 'import_batches' })
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ type: 'text' })
  status: ImportBatchStatus;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'file_hash', type: 'text' })
  fileHash: string;

  @Column({ type: 'jsonb' })
  sheets: BatchSheet[];

  @Column({ type: 'jsonb' })
  counts: ImportCounts;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'committed_by', type: 'uuid', nullable: true })
  committedBy: string | null;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;

  @Column({ name: 'voided_by', type: 'uuid', nullable: true })
  voidedBy: string | null;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  @VersionColumn()
  version: number;
}

/** A row of the file as read, what it normalises to, what is wrong with it, and what it became. */
@Entity({ name: 'import_rows' })
export class ImportRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @Column({ type: 'text' })
  sheet: ImportSheet;

  @Column({ name: 'row_number', type: 'int' })
  rowNumber: number;

  @Column({ type: 'jsonb' })
  cells: StoredCell[];

  @Column({ name: 'case_key', type: 'text', nullable: true })
  caseKey: string | null;

  @Column({ type: 'jsonb' })
  values: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  problems: ImportProblemDto[];

  @Column({ type: 'jsonb' })
  duplicates: ImportDuplicateDto[];

  @Column({ type: 'text', nullable: true })
  decision: ImportDecision | null;

  @Column({ type: 'text' })
  outcome: ImportRowOutcome;

  @Column({ name: 'record_id', type: 'uuid', nullable: true })
  recordId: string | null;
}
