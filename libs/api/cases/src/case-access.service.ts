import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, notFound, staleVersion } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Case } from './case.entity';
import { scopeCases } from './cases.policy';

/** A record that belongs to a case: family members, consents, contact records, referrals. */
export interface CaseChild extends ObjectLiteral {
  id: string;
  caseId: string;
  version: number;
}

/**
 * The gate every case-owned resource passes: a case (or a record of a case) the user may not
 * see is "not found", exactly as if it did not exist.
 */
@Injectable()
export class CaseAccess {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The case, if `actor` may see it; 404 otherwise. Inside a transaction, `lock` holds its row:
   * 'update' to change the case itself, 'share' to add a record to it (many may add at once,
   * while the case cannot be changed or voided under them).
   */
  async findVisible(actor: AuthUser, caseId: string, m: EntityManager = this.db.manager, lock?: 'update' | 'share'): Promise<Case> {
    const qb = m.getRepository(Case).createQueryBuilder('c').where('c.id = :caseId', { caseId });
    scopeCases(qb, 'c', actor);
    if (lock) qb.setLock(lock === 'update' ? 'pessimistic_write' : 'pessimistic_read', undefined, ['c']);
    const found = await qb.getOne();
    if (!found) throw notFound('Case');
    return found;
  }

  /**
   * A query over a case-owned table aliased `alias`, joined to its case and limited to records
   * of cases `actor` may see: the current records, or (`voided`, which supervisors list) the
   * voided ones, or (`any`) both.
   */
  children<T extends CaseChild>(
    actor: AuthUser,
    entity: EntityTarget<T>,
    alias: string,
    m: EntityManager = this.db.manager,
    state: 'current' | 'voided' | 'any' = 'current',
  ): SelectQueryBuilder<T> {
    const qb = m
      .getRepository(entity)
      .createQueryBuilder(alias)
      .innerJoin(Case, 'c', `c.id = ${alias}.case_id`)
      .where(state === 'any' ? 'true' : `${alias}.voided_at IS ${state === 'voided' ? 'NOT ' : ''}NULL`);
    scopeCases(qb, 'c', actor);
    return qb;
  }

  /** One case-owned record `actor` may see (404 otherwise); with `expectedVersion`, a stale one is 409. */
  async findChild<T extends CaseChild>(
    actor: AuthUser,
    entity: EntityTarget<T>,
    id: string,
    label: string,
    options: { m?: EntityManager; lock?: boolean; expectedVersion?: number; withVoided?: boolean } = {},
  ): Promise<T> {
    const qb = this.children(actor, entity, 'x', options.m, options.withVoided ? 'any' : 'current').andWhere('x.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write', undefined, ['x']);
    const found = await qb.getOne();
    if (!found) throw notFound(label);
    if (options.expectedVersion !== undefined && options.expectedVersion !== found.version) throw staleVersion(label.toLowerCase());
    return found;
  }

  /**
   * Voids a case-owned record (the API's DELETE, which the role table gives to supervisors), with
   * a reason. The record stays in the database and leaves every list and count; the audit log
   * keeps who and why.
   */
  voidChild<T extends CaseChild>(actor: AuthUser, entity: EntityTarget<T>, id: string, label: string, auditEntity: string, reason: string): Promise<T> {
    return this.db.transaction(async (m) => {
      const record = await this.findChild(actor, entity, id, label, { m, lock: true });
      const saved = await m.save(entity, Object.assign(record, { voidedAt: new Date(), voidedBy: actor.id, voidReason: reason }));
      await this.audit.record({ actor, action: 'void', entity: auditEntity, entityId: id, caseId: record.caseId, detail: { reason } }, m);
      return saved as T;
    });
  }
}
