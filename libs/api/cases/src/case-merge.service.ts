import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { japanDate, type CaseDto } from '@tsunagu/contracts';
import { AuthUser, invalid } from '@tsunagu/api-core';
import { runSql, sql, trusted } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource } from 'typeorm';
import { CaseAccess } from './case-access.service';
import { NO_DECLINE, NO_REQUEST } from './case.entity';
import { CaseStatusChange } from './case-links.entity';
import { CasesService } from './cases.service';
import { MergeCaseDto } from './dto/case.dto';

/**
 * The records of a case that follow the person when a duplicate is merged. Disclosures stay where
 * they were made (they are append-only: the record of what was given to whom about that case),
 * as do the duplicate's status history and coordinators. First contacts that became the
 * duplicate follow too (their chain's case).
 */
const MOVED = ['family_members', 'consents', 'interviews', 'outreach_visits', 'referrals', 'contact_record_changes', 'inquiry_chains'] as const;

@Injectable()
export class CaseMergeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
    private readonly cases: CasesService,
  ) {}

  /**
   * Merges `dto.duplicateId` into case `id` in one transaction: family members, consents, contact
   * records, attendance and referrals move to the surviving case; the duplicate is closed as a
   * duplicate with a link to it; both cases' trails say who merged what and why.
   */
  async merge(actor: AuthUser, id: string, dto: MergeCaseDto): Promise<CaseDto> {
    if (dto.duplicateId === id) throw invalid('CASE_MERGE', 'duplicateId must name another case than the one it is merged into');
    await this.db.transaction(async (m) => {
      // Both rows locked, in a fixed order so two merges of the same pair cannot deadlock.
      const [first, second] = [id, dto.duplicateId].sort();
      const lockedFirst = await this.access.findVisible(actor, first, m, 'update');
      const lockedSecond = await this.access.findVisible(actor, second, m, 'update');
      const [survivor, duplicate] = first === id ? [lockedFirst, lockedSecond] : [lockedSecond, lockedFirst];
      if (survivor.centerId !== duplicate.centerId || survivor.mergedIntoId || duplicate.mergedIntoId) {
        throw invalid('CASE_MERGE', 'Both cases must be cases of one center that were not merged before');
      }
      const moved: Record<string, number> = {};
      for (const table of MOVED) {
        const [{ n }] = await runSql<{ n: number }>(
          m,
          sql`WITH moved AS (UPDATE ${trusted(table)} SET case_id = ${survivor.id} WHERE case_id = ${duplicate.id} RETURNING 1) SELECT count(*)::int AS n FROM moved`,
        );
        moved[table] = n;
      }
      // Attendance moves unless the surviving case already has the same attendee at the same session;
      // such a second tick is voided rather than counted twice.
      const [{ n: attendances }] = await runSql<{ n: number }>(
        m,
        sql`WITH moved AS (
              UPDATE attendances a SET case_id = ${survivor.id}
               WHERE a.case_id = ${duplicate.id}
                 AND NOT EXISTS (SELECT 1 FROM attendances b WHERE b.case_id = ${survivor.id} AND b.session_id = a.session_id
                                   AND b.attendee = a.attendee AND b.family_member_id IS NOT DISTINCT FROM a.family_member_id)
              RETURNING 1)
            SELECT count(*)::int AS n FROM moved`,
      );
      await runSql(
        m,
        sql`UPDATE attendances SET voided_at = now(), voided_by = ${actor.id}, void_reason = ${'統合先のケースに同じ出席があるため'}
             WHERE case_id = ${duplicate.id} AND voided_at IS NULL`,
      );
      moved['attendances'] = attendances;
      const from = duplicate.status;
      const closedOn = japanDate();
      await m.save(Object.assign(duplicate, { status: 'closed', closureReason: 'duplicate', closedOn, mergedIntoId: survivor.id }, NO_REQUEST, NO_DECLINE));
      if (from !== 'closed') {
        await m.insert(CaseStatusChange, { caseId: duplicate.id, fromStatus: from, toStatus: 'closed', closureReason: 'duplicate', changedOn: closedOn, changedBy: actor.id, note: dto.reason });
      }
      const detail = { reason: dto.reason, survivor: survivor.caseNumber, duplicate: duplicate.caseNumber, ...moved };
      await this.audit.record({ actor, action: 'update', entity: 'case_merge', entityId: survivor.id, caseId: survivor.id, detail }, m);
      await this.audit.record({ actor, action: 'update', entity: 'case_merge', entityId: duplicate.id, caseId: duplicate.id, detail }, m);
    });
    return this.cases.get(actor, id) as Promise<CaseDto>;
  }
}
