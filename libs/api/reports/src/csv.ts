import { ENUM_LABELS_JA, labelOf, REPORT_LABELS_JA, type ActivityReport, type CaseloadReport, type ReferralStatsReport } from '@tsunagu/contracts';
import { toCsv } from '@tsunagu/api-core';

export const CASELOAD_COLUMNS_JA: Array<[keyof CaseloadReport['totals'], string]> = [
  ['leadCases', '主担当ケース数'],
  ['secondCases', '副担当ケース数'],
  ['newCases', '新規ケース'],
  ['closedCases', '終結ケース'],
  ['contacts', '支援件数(計)'],
  ['interviews', '面談・相談'],
  ['outreachVisits', '訪問支援'],
  ['attendances', 'プログラム参加'],
  ['noContact30', '30日以上接触なし'],
  ['noContact60', '60日以上接触なし'],
  ['noContact90', '90日以上接触なし'],
  ['overdueFollowUps', '次回予定超過'],
  ['familyOnlyCases', '家族のみの相談'],
  ['cases8050', '8050ケース'],
];

export function caseloadCsv(r: CaseloadReport): string {
  const header = ['担当者', ...CASELOAD_COLUMNS_JA.map(([, ja]) => ja)];
  const rows = r.rows.map((row) => [row.coordinatorName, ...CASELOAD_COLUMNS_JA.map(([k]) => row[k])]);
  const total = ['合計', ...CASELOAD_COLUMNS_JA.map(([k]) => r.totals[k])];
  return toCsv([header, ...rows, total]);
}

type Labels = Record<string, string>;
const E = ENUM_LABELS_JA;
const R = REPORT_LABELS_JA;

/** Rows of one breakdown: section, item (its label from the one catalog), count. */
const breakdown = (section: string, labels: Labels, data: Record<string, number>) =>
  Object.entries(data).map(([k, n]) => [section, labelOf(labels, k), '', n]);

/** Referrals planned in the period: agency type and status, by their labels. */
const referralRows = (byType: ActivityReport['referralsByAgencyType']) =>
  Object.entries(byType).flatMap(([type, statuses]) =>
    Object.entries(statuses).map(([status, n]) => ['紹介先の種別', labelOf(E.agency_type, type), labelOf(E.referral_status, status), n]),
  );

/** The header row: the period is in the file's name, so that Excel opens the sheet as a table. */
const HEADER = ['区分', '項目', '内訳', '件数'];

/** One row per figure: section, item, (sub-item), count. */
export function activityCsv(r: ActivityReport): string {
  return toCsv([
    HEADER,
    ['合計', '実人数', '', r.uniqueCases],
    ['合計', '延べ件数', '', r.totalContacts],
    ['ケース', '新規', '', r.newCases],
    ['ケース', '継続', '', r.continuingCases],
    ['ケース', '再開', '', r.reopenedCases],
    ...breakdown('支援方法', R.method, r.byMethod),
    ...breakdown('相談者', E.participant, r.byParticipant),
    ...breakdown('本人の年代', R.age_band, r.byAgeDecade),
    ...breakdown('本人の性別', E.sex, r.bySex),
    ...breakdown('ひきこもり期間', R.duration_band, r.byDurationBand),
    ...breakdown('訪問支援の結果', E.outreach_outcome, r.outreachByOutcome),
    ['プログラム', '開催回数', '', r.programs.sessions],
    ['プログラム', '参加延べ人数', '', r.programs.attendances],
    ['プログラム', '参加実人数', '', r.programs.uniqueCases],
    ...referralRows(r.referralsByAgencyType),
    ...breakdown('終結理由', E.closure_reason, r.closuresByReason),
  ]);
}

/** The referral statistics that liaison staff read, in the same layout. */
export function referralStatsCsv(r: ReferralStatsReport): string {
  return toCsv([HEADER, ...referralRows(r.referralsByAgencyType)]);
}
