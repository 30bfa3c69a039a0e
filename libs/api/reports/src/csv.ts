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
  ['assessmentsOverdue', 'アセスメント見直し超過'],
  ['assessmentsDueSoon', '30日以内にアセスメント見直し'],
  ['notAssessed', 'アセスメント未実施'],
  ['planReviewsOverdue', '支援計画見直し超過'],
  ['planReviewsDueSoon', '30日以内に支援計画見直し'],
  ['noPlan', '支援計画なし'],
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

/** The consultation figures (相談受付), in the same layout. */
function consultationRows(c: ActivityReport['consultations']) {
  return [
    ['相談受付', '初回相談', '', c.firstContacts],
    ['相談受付', '継続相談', '', c.repeatContacts],
    ['相談受付', '実人数', '計', c.persons.total],
    ['相談受付', '実人数', 'ケースあり', c.persons.withCase],
    ['相談受付', '実人数', 'ケースなし', c.persons.withoutCase],
    ['相談受付', '延べ件数', '計', c.contacts.total],
    ['相談受付', '延べ件数', 'ケースあり', c.contacts.withCase],
    ['相談受付', '延べ件数', 'ケースなし', c.contacts.withoutCase],
    ['相談受付', 'ケース化', '', c.convertedToCases],
    ...breakdown('相談受付・相談者', E.caller_type, c.byCallerType),
    ...breakdown('相談受付・方法', E.inquiry_method, c.byMethod),
    ...breakdown('相談受付・相談経路', { ...E.inquiry_route, unknown: '不明' }, c.byRoute),
    ...breakdown('相談受付・対象者の年代', E.age_band, c.byAgeBand),
    ...Object.entries(c.byMunicipality).map(([name, n]) => ['相談受付・対象者の市区町村', name || '不明', '', n]),
  ];
}

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
    ...breakdown('ケース会議・支援会議', E.conference_kind, r.conferences.byKind),
    ['ケース会議・支援会議', '検討したケース', '', r.conferences.casesDiscussed],
    ...breakdown('会議に出席した関係機関', E.agency_type, r.conferences.outsideAgenciesByType),
    ['支援計画', '見直し件数', '', r.planReviews.total],
    ['支援計画', '期日までの見直し', '', r.planReviews.onTime],
    ...consultationRows(r.consultations),
  ]);
}

/** The referral statistics that liaison staff read, in the same layout. */
export function referralStatsCsv(r: ReferralStatsReport): string {
  return toCsv([HEADER, ...referralRows(r.referralsByAgencyType)]);
}
