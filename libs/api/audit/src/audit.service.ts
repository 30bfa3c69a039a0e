import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditLogDto } from '@tsunagu/contracts';
import { AuthUser, ExportRecorder, ListQuery, ListResult, notFound } from '@tsunagu/api-core';
import { findPage } from '@tsunagu/api-database';
import { DataSource, EntityManager } from 'typeorm';
import { AuditDetail, AuditLog } from './audit-log.entity';
import { AUDIT_COLUMNS, auditScope } from './audit.policy';

export interface AuditEntry {
  actor: Pick<AuthUser, 'id' | 'centerId'> | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  centerId?: string | null;
  caseId?: string | null;
  detail?: AuditDetail;
}

@Injectable()
export class AuditService implements ExportRecorder {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Appends an entry; pass the transaction's manager so the entry commits or rolls back with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.insert(AuditLog, {
      userId: entry.actor?.id ?? null,
      centerId: entry.centerId !== undefined ? entry.centerId : (entry.actor?.centerId ?? null),
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      caseId: entry.caseId ?? null,
      detail: entry.detail ?? null,
    });
  }

  /** An export (a CSV download of a list or a report) is always on the trail. */
  recordExport(actor: AuthUser, what: string, detail: AuditDetail): Promise<void> {
    return this.record({ actor, action: 'export', entity: what, detail });
  }

  /** Failed sign-ins recorded for a user since `since`. */
  countFailedLogins(userId: string, since: Date): Promise<number> {
    return this.db
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where('a.entity_id = :userId AND a.action = :action AND a.at > :since', { userId, action: 'login_failed', since })
      .getCount();
  }

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<AuditLogDto>> {
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a');
    const scope = auditScope(actor);
    if (scope.centerId !== undefined) qb.where('a.center_id = :centerId', { centerId: scope.centerId });
    const { items, total } = await findPage(qb, list, AUDIT_COLUMNS);
    return new ListResult('audit-logs', items.map(toAuditLogDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<AuditLogDto> {
    const qb = this.db.getRepository(AuditLog).createQueryBuilder('a').where('a.id = :id', { id });
    const scope = auditScope(actor);
    if (scope.centerId !== undefined) qb.andWhere('a.center_id = :centerId', { centerId: scope.centerId });
    const row = await qb.getOne();
    if (!row) throw notFound('Audit entry');
    return toAuditLogDto(row);
  }
}

export function toAuditLogDto(a: AuditLog): AuditLogDto {
  return {
    id: a.id,
    at: a.at.toISOString(),
    userId: a.userId,
    centerId: a.centerId,
    action: a.action,
    entity: a.entity,
    entityId: a.entityId,
    caseId: a.caseId,
  };
}
