import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@tsunagu/contracts';

/** Non-identifying detail: changed field names, a reason code, an export's parameters. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

/** One thing someone did. Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_logs' })
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  /** The center whose record it was (or the user's center), so supervisors see their own center's trail. */
  @Column({ name: 'center_id', type: 'uuid', nullable: true })
  centerId: string | null;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'text' })
  entity: string;

  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  detail: AuditDetail | null;
}
