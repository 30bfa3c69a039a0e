import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AGE_BANDS,
  AGENCY_TYPES,
  CONFERENCE_KINDS,
  CALLER_TYPES,
  INQUIRY_METHODS,
  INQUIRY_ROUTES,
  CHOSEN_CLOSURE_REASONS,
  DURATION_BANDS,
  INTERVIEW_METHODS,
  mayDo,
  OUTREACH_OUTCOMES,
  REPORTS,
  SEXES,
  type ActivityReport,
  type CaseloadCounts,
  type CaseloadReport,
  type CaseloadRow,
  type ReferralStatsReport,
} from '@tsunagu/contracts';
import type { AuthUser } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { ReadDatabase, runSql, type Sql } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';
import { activitySql, ActivityRow, referralStatsSql } from './activity.sql';
import { caseloadSql } from './caseload.sql';
import { activityCsv, caseloadCsv, referralStatsCsv } from './csv';
import { periodOf } from './period';
import { caseloadRowsFor, inquiryScope, reachOf, REPORT_WORK_MEM, reportScope } from './report-scope';
import { ReportQueryDto } from './report-query.dto';


/** Every key present, zero where nothing was counted, so tables and charts keep their shape. */
const withZeros = <K extends string>(keys: readonly K[], data: Record<string, number> | null): Record<K, number> =>
  Object.fromEntries([...keys.map((k) => [k, 0]), ...Object.entries(data ?? {})]) as Record<K, number>;

const COUNT_KEYS: Array<[keyof CaseloadCounts, string]> = [
  ['leadCases', 'lead_cases'],
  ['secondCases', 'second_cases'],
  ['newCases', 'new_cases'],
  ['closedCases', 'closed_cases'],
  ['contacts', 'contacts'],
  ['interviews', 'interviews'],
  ['outreachVisits', 'outreach_visits'],
  ['attendances', 'attendances'],
  ['noContact30', 'no_contact30'],
  ['noContact60', 'no_contact60'],
  ['noContact90', 'no_contact90'],
  ['overdueFollowUps', 'overdue_follow_ups'],
  ['familyOnlyCases', 'family_only_cases'],
  ['cases8050', 'cases8050'],
  ['assessmentsOverdue', 'assessments_overdue'],
  ['assessmentsDueSoon', 'assessments_due_soon'],
  ['notAssessed', 'not_assessed'],
  ['planReviewsOverdue', 'plan_reviews_overdue'],
  ['planReviewsDueSoon', 'plan_reviews_due_soon'],
  ['noPlan', 'no_plan'],
];

export interface ReportOutput<T> {
  json: T;
  csv?: string;
}

/** Reports are aggregates over many rows: they read from the replica when one is configured (ReadDatabase). */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: ReadDatabase,
    private readonly audit: AuditService,
  ) {}

  /**
   * Caseload per coordinator: a supervisor's center, a coordinator's own row; an admin gets
   * counts per center, without names of coordinators or clients.
   */
  async caseload(actor: AuthUser, q: ReportQueryDto): Promise<ReportOutput<CaseloadReport>> {
    const period = periodOf(q);
    const scope = reportScope(this.db, actor, q.centerId);
    const rowsOf = caseloadRowsFor(actor, q.centerId);
    const raw = await this.aggregate<Record<string, unknown>>(actor, caseloadSql(scope, rowsOf.people, rowsOf.mode, period));
    const rows: CaseloadRow[] = raw.map((r) => ({
      coordinatorId: r['id'] as string,
      coordinatorName: r['name'] as string,
      ...(Object.fromEntries(COUNT_KEYS.map(([k, col]) => [k, Number(r[col])])) as CaseloadCounts),
    }));
    const totals = Object.fromEntries(COUNT_KEYS.map(([k]) => [k, rows.reduce((s, r) => s + r[k], 0)])) as CaseloadCounts;
    const report: CaseloadReport = { ...period, rows, totals };
    return this.output(actor, 'caseload', q, report, caseloadCsv);
  }

  /** 実績: the activity statistics for a period, by the definitions in docs/domain.md ("Reports"). */
  async activity(actor: AuthUser, q: ReportQueryDto): Promise<ReportOutput<ActivityReport | ReferralStatsReport>> {
    const period = periodOf(q);
    const scope = reportScope(this.db, actor, q.centerId);
    // Those the role table gives only the referral statistics (liaison staff).
    if (!mayDo(actor.role, REPORTS, 'activity')) {
      const [r] = await this.aggregate<{ referrals_by_agency_type: ReferralStatsReport['referralsByAgencyType'] }>(actor, referralStatsSql(scope, period));
      const report: ReferralStatsReport = { ...period, referralsByAgencyType: r.referrals_by_agency_type };
      return this.output(actor, 'activity', q, report, referralStatsCsv);
    }
    const [r] = await this.aggregate<ActivityRow>(actor, activitySql(scope, inquiryScope(actor, q.centerId), period, reachOf(actor, q.centerId)));
    const c = r.consultations;
    const report: ActivityReport = {
      ...period,
      uniqueCases: r.unique_cases,
      totalContacts: r.total_contacts,
      newCases: r.new_cases,
      continuingCases: r.continuing_cases,
      reopenedCases: r.reopened_cases,
      byMethod: withZeros([...INTERVIEW_METHODS, 'outreach'], r.by_method),
      byParticipant: r.by_participant,
      byAgeDecade: withZeros(AGE_BANDS, r.by_age),
      bySex: withZeros(SEXES, r.by_sex),
      byDurationBand: withZeros(DURATION_BANDS, r.by_duration),
      outreachByOutcome: withZeros(OUTREACH_OUTCOMES, r.outreach_by_outcome),
      programs: r.programs,
      referralsByAgencyType: r.referrals_by_agency_type,
      closuresByReason: withZeros(CHOSEN_CLOSURE_REASONS, r.closures_by_reason),
      conferences: {
        byKind: withZeros(CONFERENCE_KINDS, r.conferences_by_kind),
        casesDiscussed: r.cases_discussed,
        outsideAgenciesByType: withZeros(AGENCY_TYPES, r.outside_agencies_by_type),
      },
      planReviews: r.plan_reviews,
      contactsByMonth: r.contacts_by_month,
      consultations: {
        ...c,
        byCallerType: withZeros(CALLER_TYPES, c.byCallerType),
        byMethod: withZeros(INQUIRY_METHODS, c.byMethod),
        byRoute: withZeros([...INQUIRY_ROUTES, 'unknown'], c.byRoute),
        byAgeBand: withZeros(AGE_BANDS, c.byAgeBand),
      },
    };
    return this.output(actor, 'activity', q, report, activityCsv);
  }

  /**
   * A report's one statement, with room for its sorts and hashes: a fiscal year of every center
   * groups hundreds of thousands of records, which PostgreSQL's default 4 MB would spill to disk.
   */
  private aggregate<R>(actor: AuthUser, statement: Sql): Promise<R[]> {
    return this.reads.read(actor, (db) =>
      db.transaction(async (m) => {
        await m.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
        return runSql<R>(m, statement);
      }),
    );
  }

  private async output<T>(actor: AuthUser, name: string, q: ReportQueryDto, json: T, toCsv: (r: T) => string): Promise<ReportOutput<T>> {
    if (q.format !== 'csv') return { json };
    const { from, to } = json as { from: string; to: string };
    await this.audit.recordExport(actor, `report_${name}`, { from, to, format: 'csv' });
    return { json, csv: toCsv(json) };
  }
}
