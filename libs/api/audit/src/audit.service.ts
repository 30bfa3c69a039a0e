import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditLogDto } from '@tsunagu/contracts';
import { AuthUser, ExportRecorder, ListQuery, ListResult, notFound } from '@tsunagu/api-core';
import { findRawPage } from '@tsunagu/api-database';
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

  /** Failed sign-ins (wrong passwords and wrong second-factor codes) recorded for a user since `since`. */
  countFailedLogins(userId: string, since: Date): Promise<number> {
    return this.db
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where(`a.entity_id = :userId AND a.action IN ('login_failed', 'two_factor_failed') AND a.at > :since`, { userId, since })
      .getCount();
  }

  /** Failed sign-ins from one client address since `since`, whoever they were for (an index fits it). */
  countFailuresFrom(address: string, since: Date): Promise<number> {
    return this.db
      .getRepository(AuditLog)
      .createQueryBuilder('a')
      .where(`a.action IN ('login_failed', 'two_factor_failed') AND a.detail->>'address' = :address AND a.at > :since`, { address, since })
      .getCount();
  }

  /**
   * The trail, newest first, with who did it and the case number by name; filtered by user, case,
   * action, what it was about and a period of days (Japan time). A case's own access history is
   * this list filtered by `caseId`.
   */
  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<AuditLogDto>> {
    const qb = this.entries(actor);
    const { from, to } = list.filter;
    if (typeof from === 'string') qb.andWhere(`a.at >= (:from::date::timestamp AT TIME ZONE 'Asia/Tokyo')`, { from });
    if (typeof to === 'string') qb.andWhere(`a.at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`, { to });
    const { rows, total } = await findRawPage<AuditRow>(qb, list, AUDIT_COLUMNS);
    return new ListResult('audit-logs', rows.map(toAuditLogDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<AuditLogDto> {
    const row = await this.entries(actor).andWhere('a.id = :id', { id }).getRawOne<AuditRow>();
    if (!row) throw notFound('Audit entry');
    return toAuditLogDto(row);
  }

  /** The entries `actor` reads, with the names that stand for their ids. */
  private entries(actor: AuthUser) {
    const scope = auditScope(actor);
    const qb = this.db
      .createQueryBuilder()
      .from(AuditLog, 'a')
      .select(['a.id AS id', 'a.at AS at', 'a.user_id AS user_id', 'a.center_id AS center_id', 'a.action AS action', 'a.entity AS entity'])
      .addSelect(['a.entity_id AS entity_id', 'a.case_id AS case_id', 'u.name AS user_name', 'c.case_number AS case_number'])
      .leftJoin('users', 'u', 'u.id = a.user_id')
      .leftJoin('cases', 'c', 'c.id = a.case_id')
      .where('true');
    if (scope.centerId !== undefined) qb.andWhere('a.center_id = :centerId', { centerId: scope.centerId });
    return qb;
  }
}

interface AuditRow {
  id: string;
  at: Date;
  user_id: string | null;
  user_name: string | null;
  center_id: string | null;
  action: AuditAction;
  entity: string;
  entity_id: string | null;
  case_id: string | null;
  case_number: string | null;
}

const toAuditLogDto = (a: AuditRow): AuditLogDto => ({
  id: a.id,
  at: new Date(a.at).toISOString(),
  userId: a.user_id,
  userName: a.user_name,
  centerId: a.center_id,
  action: a.action,
  entity: a.entity,
  entityId: a.entity_id,
  caseId: a.case_id,
  caseNumber: a.case_number,
});
