import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { japanDate, TIMELINE_KINDS, type FollowUpDto, type FollowUpState, type TimelineEntryDto, type TimelineKind } from '@tsunagu/contracts';
import { AuthUser, ListQuery, ListResult, ListSpec } from '@tsunagu/api-core';
import { Case, CaseAccess, scopeCases } from '@tsunagu/api-cases';
import { DataSource } from 'typeorm';
import { seesContactRecords, visibleNote } from './contacts.policy';

export const TIMELINE_LIST_SPEC: ListSpec<never> = { sortable: [], filters: { kind: { enum: TIMELINE_KINDS } } as ListSpec<never>['filters'] };

type FollowUpField = 'nextContactOn' | 'daysSinceContact' | 'caseNumber' | 'followUp' | 'noContactBand' | 'leadCoordinatorId';
export const FOLLOW_UP_LIST_SPEC: ListSpec<FollowUpField> = {
  sortable: ['nextContactOn', 'daysSinceContact', 'caseNumber'],
  filters: {
    followUp: { enum: ['due', 'overdue', 'upcoming', 'none', 'due_or_overdue'] },
    noContactBand: { enum: ['30', '60', '90'] },
    leadCoordinatorId: 'uuid',
  },
  defaultSort: { field: 'nextContactOn', order: 'ASC' },
};

/** The instant of a day-dated event: when it was entered if that was the same day (Japan time), else the day's start. */
const dayAt = (day: string, entered: string) =>
  `CASE WHEN (${entered} AT TIME ZONE 'Asia/Tokyo')::date = ${day} THEN ${entered} ELSE (${day}::timestamp AT TIME ZONE 'Asia/Tokyo') END`;

/** Each kind of timeline entry, as one branch of a UNION ALL over the case's records ($1 = case id). */
const TIMELINE_BRANCHES: Record<TimelineKind, string> = {
  interview: `SELECT 'interview:' || i.id, 'interview', i.held_at, i.id, i.method, NULL, i.summary, i.confidential_note, i.created_by, i.next_contact_on
                FROM interviews i WHERE i.case_id = $1 AND i.voided_at IS NULL`,
  outreach_visit: `SELECT 'outreach_visit:' || o.id, 'outreach_visit', o.visited_at, o.id, o.outcome, o.location, o.summary, o.confidential_note, o.created_by, o.next_contact_on
                FROM outreach_visits o WHERE o.case_id = $1 AND o.voided_at IS NULL`,
  attendance: `SELECT 'attendance:' || a.id, 'attendance', ${dayAt('s.held_on', 'a.created_at')}, a.id, p.kind, p.name, s.topic, NULL, a.created_by, NULL::date
                FROM attendances a JOIN program_sessions s ON s.id = a.session_id JOIN programs p ON p.id = s.program_id
               WHERE a.case_id = $1 AND a.voided_at IS NULL AND s.voided_at IS NULL`,
  consent_given: `SELECT 'consent_given:' || k.id, 'consent_given', ${dayAt('k.given_on', 'k.created_at')}, k.id, k.purpose, k.given_by, NULL, NULL, k.created_by, NULL::date
                FROM consents k WHERE k.case_id = $1 AND k.voided_at IS NULL`,
  consent_withdrawn: `SELECT 'consent_withdrawn:' || k.id, 'consent_withdrawn', ${dayAt('k.withdrawn_on', 'k.updated_at')}, k.id, k.purpose, k.given_by, k.withdrawal_reason, NULL, k.withdrawn_by, NULL::date
                FROM consents k WHERE k.case_id = $1 AND k.voided_at IS NULL AND k.withdrawn_on IS NOT NULL`,
  status_change: `SELECT 'status_change:' || sc.id, 'status_change', ${dayAt('sc.changed_on', 'sc.changed_at')}, sc.id, sc.to_status, sc.from_status, sc.closure_reason, NULL, sc.changed_by, NULL::date
                FROM case_status_changes sc WHERE sc.case_id = $1`,
  referral: `SELECT 'referral:' || st.id, 'referral', ${dayAt('st.step_on', 'st.at')}, r.id, st.status, ag.name, r.reason, NULL, st.by_user_id, NULL::date
                FROM referral_steps st JOIN referrals r ON r.id = st.referral_id JOIN agencies ag ON ag.id = r.agency_id
               WHERE r.case_id = $1 AND r.voided_at IS NULL`,
};

/** Liaison staff see a case's consents and referrals, nothing of the support itself. */
const STAFF_KINDS: TimelineKind[] = ['consent_given', 'consent_withdrawn', 'referral'];

interface TimelineRow {
  id: string;
  kind: TimelineKind;
  at: Date;
  record_id: string;
  detail: string | null;
  title: string | null;
  summary: string | null;
  confidential_note: string | null;
  created_by: string | null;
  next_contact_on: string | null;
  total: string;
}

@Injectable()
export class CaseActivityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccess,
  ) {}

  /** Every contact record, consent, status change and referral step of a case, newest first, one query per page. */
  async timeline(actor: AuthUser, caseId: string, list: ListQuery): Promise<ListResult<TimelineEntryDto>> {
    await this.access.findVisible(actor, caseId);
    const allowed = TIMELINE_KINDS.filter((k) => seesContactRecords(actor) || STAFF_KINDS.includes(k));
    const wanted = list.filter.kind;
    const kinds = wanted === undefined ? allowed : allowed.filter((k) => (Array.isArray(wanted) ? wanted.includes(k) : wanted === k));
    if (!kinds.length) return new ListResult(`timeline`, [], list.start, 0);
    const union = kinds.map((k) => TIMELINE_BRANCHES[k]).join('\nUNION ALL\n');
    const rows: TimelineRow[] = await this.db.query(
      `SELECT t.*, count(*) OVER () AS total
         FROM (${union}) AS t(id, kind, at, record_id, detail, title, summary, confidential_note, created_by, next_contact_on)
        ORDER BY t.at DESC, t.id DESC
        LIMIT $2 OFFSET $3`,
      [caseId, list.end - list.start + 1, list.start],
    );
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
      })),
      list.start,
      total,
    );
  }

  /**
   * The coordinator's "today" list: for each open case the user may see, the pending next-contact
   * date (that of the latest interview or visit) and the days since the last contact of any kind.
   * Computed from the records each time, never stored.
   */
  async followUps(actor: AuthUser, list: ListQuery): Promise<ListResult<FollowUpDto>> {
    const scope = this.db.getRepository(Case).createQueryBuilder('c').select('c.id', 'id');
    scopeCases(scope, 'c', actor);
    scope.andWhere(`c.status <> 'closed'`);
    const [scopeSql, scopeParams] = scope.getQueryAndParameters();
    const n = scopeParams.length;
    const p = (i: number) => `$${n + i}`;
    const today = japanDate();
    const where: string[] = [];
    const params: unknown[] = [today];
    const { followUp, noContactBand, leadCoordinatorId } = list.filter;
    if (followUp === 'due_or_overdue') where.push(`follow_up IN ('due', 'overdue')`);
    else if (typeof followUp === 'string') where.push(`follow_up = ${p(params.push(followUp))}`);
    if (typeof noContactBand === 'string') where.push(`days_since_contact >= ${p(params.push(Number(noContactBand)))}`);
    if (typeof leadCoordinatorId === 'string') where.push(`lead_coordinator_id = ${p(params.push(leadCoordinatorId))}`);
    const sortColumn = { nextContactOn: 'next_contact_on', daysSinceContact: 'days_since_contact', caseNumber: 'case_number', id: 'id' }[list.sort.field] ?? 'next_contact_on';
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `WITH visible AS (${scopeSql}),
       records AS (
         SELECT i.case_id, i.held_at AS at, i.next_contact_on FROM interviews i WHERE i.voided_at IS NULL AND i.case_id IN (SELECT id FROM visible)
         UNION ALL
         SELECT o.case_id, o.visited_at, o.next_contact_on FROM outreach_visits o WHERE o.voided_at IS NULL AND o.case_id IN (SELECT id FROM visible)
       ),
       latest AS (SELECT DISTINCT ON (case_id) case_id, next_contact_on FROM records ORDER BY case_id, at DESC),
       last_contact AS (
         SELECT case_id, max(day) AS day FROM (
           SELECT case_id, (at AT TIME ZONE 'Asia/Tokyo')::date AS day FROM records
           UNION ALL
           SELECT a.case_id, s.held_on FROM attendances a JOIN program_sessions s ON s.id = a.session_id
            WHERE a.voided_at IS NULL AND s.voided_at IS NULL AND a.case_id IN (SELECT id FROM visible)
         ) d GROUP BY case_id
       ),
       rows AS (
         SELECT c.id, c.case_number, c.client_name, c.lead_coordinator_id, c.status,
                l.next_contact_on, lc.day AS last_contact_on,
                (${p(1)}::date - coalesce(lc.day, c.opened_on)) AS days_since_contact,
                CASE WHEN l.next_contact_on IS NULL THEN 'none'
                     WHEN l.next_contact_on = ${p(1)}::date THEN 'due'
                     WHEN l.next_contact_on < ${p(1)}::date THEN 'overdue'
                     ELSE 'upcoming' END AS follow_up
           FROM cases c
           LEFT JOIN latest l ON l.case_id = c.id
           LEFT JOIN last_contact lc ON lc.case_id = c.id
          WHERE c.id IN (SELECT id FROM visible)
       )
       SELECT rows.*, count(*) OVER () AS total FROM rows
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY ${sortColumn} ${list.sort.order} NULLS LAST, id
       LIMIT ${p(params.push(list.end - list.start + 1))} OFFSET ${p(params.push(list.start))}`,
      [...scopeParams, ...params],
    );
    const total = rows.length ? Number(rows[0]['total']) : 0;
    return new ListResult(
      'follow-ups',
      rows.map((r) => {
        const days = Number(r['days_since_contact']);
        return {
          id: r['id'] as string,
          caseNumber: r['case_number'] as string,
          clientName: r['client_name'] as string,
          leadCoordinatorId: r['lead_coordinator_id'] as string,
          status: r['status'] as string,
          nextContactOn: (r['next_contact_on'] as string | null) ?? null,
          followUp: r['follow_up'] as FollowUpState,
          lastContactOn: (r['last_contact_on'] as string | null) ?? null,
          daysSinceContact: days,
          noContactBand: days >= 90 ? 90 : days >= 60 ? 60 : days >= 30 ? 30 : null,
        };
      }),
      list.start,
      total,
    );
  }
}
