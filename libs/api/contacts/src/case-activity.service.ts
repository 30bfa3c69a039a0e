import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ASSESSMENT_STATES, japanDate, PLAN_STATES, TIMELINE_KINDS, type AssessmentState, type PlanState, type FollowUpDto, type FollowUpState, type TimelineEntryDto, type TimelineKind } from '@tsunagu/contracts';
import { AuthUser, ListQuery, ListResult, ListSpec } from '@tsunagu/api-core';
import { Case, CaseAccess, scopeCases } from '@tsunagu/api-cases';
import { fromBuilder, readListFrom, ReadDatabase, runPrepared } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';
import { followUpsSql, FollowUpRow, timelineSql, TimelineRow } from './case-activity.queries';
import { seesContactRecords, visibleNote } from './contacts.policy';

export const TIMELINE_LIST_SPEC: ListSpec<never> = { sortable: [], filters: { kind: { enum: TIMELINE_KINDS } } as ListSpec<never>['filters'] };

type FollowUpField = 'nextContactOn' | 'daysSinceContact' | 'caseNumber' | 'followUp' | 'noContactBand' | 'leadCoordinatorId' | 'assessment' | 'assessmentDueOn' | 'plan' | 'planReviewOn';
export const FOLLOW_UP_LIST_SPEC: ListSpec<FollowUpField> = {
  sortable: ['nextContactOn', 'daysSinceContact', 'caseNumber', 'assessmentDueOn', 'planReviewOn'],
  filters: {
    assessment: { enum: ASSESSMENT_STATES },
    plan: { enum: PLAN_STATES },
    followUp: { enum: ['due', 'overdue', 'upcoming', 'none', 'due_or_overdue'] },
    noContactBand: { enum: ['30', '60', '90'] },
    leadCoordinatorId: 'uuid',
  },
  defaultSort: { field: 'nextContactOn', order: 'ASC' },
};

/** Liaison staff see a case's consents and referrals, nothing of the support itself. */
const STAFF_KINDS: TimelineKind[] = ['consent_given', 'consent_withdrawn', 'referral'];

@Injectable()
export class CaseActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: ReadDatabase,
    private readonly access: CaseAccess,
  ) {}

  /**
   * Every contact record, consent, status change and referral step of a case, newest first, one
   * query per page, read from the replica when one is configured (access is checked on the primary).
   */
  async timeline(actor: AuthUser, caseId: string, list: ListQuery): Promise<ListResult<TimelineEntryDto>> {
    await this.access.findVisible(actor, caseId);
    const allowed = TIMELINE_KINDS.filter((k) => seesContactRecords(actor) || STAFF_KINDS.includes(k));
    const wanted = list.filter.kind;
    const kinds = wanted === undefined ? allowed : allowed.filter((k) => (Array.isArray(wanted) ? wanted.includes(k) : wanted === k));
    if (!kinds.length) return new ListResult(`timeline`, [], list.start, 0);
    const rows = await this.reads.read(actor, (db) => runPrepared<TimelineRow>(db, timelineSql(caseId, kinds, { offset: list.start, limit: list.end - list.start + 1 })));
    const total = rows.length ? Number(rows[0].total) : 0;
    return new ListResult(
      'timeline',
      rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        at: new Date(r.at).toISOString(),
        recordId: r.record_id,
        detail: r.detail,
        title: r.title,
        summary: r.summary,
        confidentialNote: visibleNote(actor, r.created_by, r.confidential_note),
        createdBy: r.created_by,
        nextContactOn: r.next_contact_on,
        participants: (r.participants ?? []) as TimelineEntryDto['participants'],
        familyRelationships: (r.family ?? []) as TimelineEntryDto['familyRelationships'],
        durationMinutes: r.duration_minutes,
        corrected: r.corrected,
        imported: r.imported,
      })),
      list.start,
      total,
    );
  }

  /**
   * The coordinator's "today" list: for each open case the user may see, the pending next-contact
   * date (that of the latest interview or visit) and the days since the last contact of any kind,
   * read from what the database keeps with each write of a record (case_contact_dates).
   */
  async followUps(actor: AuthUser, list: ListQuery): Promise<ListResult<FollowUpDto>> {
    const scope = this.db.getRepository(Case).createQueryBuilder('c').select('c.id', 'id');
    scopeCases(scope, 'c', actor);
    scope.andWhere(`c.status <> 'closed'`);
    const { followUp, noContactBand, leadCoordinatorId, assessment, plan } = list.filter;
    const sortColumn = (
      { nextContactOn: 'next_contact_on', daysSinceContact: 'days_since_contact', caseNumber: 'case_number', assessmentDueOn: 'assessment_due_on', planReviewOn: 'plan_review_on', id: 'id' } as const
    )[list.sort.field as 'nextContactOn' | 'daysSinceContact' | 'caseNumber' | 'assessmentDueOn' | 'planReviewOn' | 'id'];
    const statement = followUpsSql({
      visible: fromBuilder(scope),
      today: japanDate(),
      followUp: typeof followUp === 'string' ? followUp : undefined,
      minDaysSinceContact: typeof noContactBand === 'string' ? Number(noContactBand) : undefined,
      leadCoordinatorId: typeof leadCoordinatorId === 'string' ? leadCoordinatorId : undefined,
      assessment: typeof assessment === 'string' ? assessment : undefined,
      plan: typeof plan === 'string' ? plan : undefined,
      sort: { column: sortColumn ?? 'next_contact_on', order: list.sort.order },
      page: { offset: list.start, limit: list.end - list.start + 1 },
    });
    // Not a findPage list: its CSV export reads from the replica through the same door. Prepared,
    // as the timeline: its shapes are the few filter and sort combinations, and planning the
    // lookups of a coordinator's cases cost as much as running them.
    const rows = await readListFrom(this.db, (db) => runPrepared<FollowUpRow>(db, statement));
    const total = rows.length ? Number(rows[0].total) : 0;
    return new ListResult(
      'follow-ups',
      rows.map((r) => {
        const days = Number(r.days_since_contact);
        return {
          id: r.id,
          caseNumber: r.case_number,
          clientName: r.client_name,
          leadCoordinatorId: r.lead_coordinator_id,
          status: r.status,
          nextContactOn: r.next_contact_on ?? null,
          followUp: r.follow_up as FollowUpState,
          lastContactOn: r.last_contact_on ?? null,
          daysSinceContact: days,
          noContactBand: days >= 90 ? 90 : days >= 60 ? 60 : days >= 30 ? 30 : null,
          assessmentDueOn: r.assessment_due_on,
          assessment: r.assessment as AssessmentState,
          planReviewOn: r.plan_review_on,
          plan: r.plan as PlanState,
        };
      }),
      list.start,
      total,
    );
  }
}
