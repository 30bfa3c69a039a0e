import type { ActivityReport, CaseloadReport } from '@tsunagu/contracts';
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
  return toCsv([[`期間`, `${r.from}〜${r.to}`], header, ...rows, total]);
}

const LABELS: Record<string, string> = {
  in_person: '来所', phone: '電話', online: 'オンライン', email: 'メール', sns: 'SNS', accompanied: '同行支援', outreach: '訪問支援', program: 'プログラム',
  client: '本人', family: '家族', agency: '関係機関',
  under_10: '10歳未満', '10s': '10代', '20s': '20代', '30s': '30代', '40s': '40代', '50s': '50代', '60s': '60代', '70_plus': '70歳以上', unknown: '不明',
  female: '女性', male: '男性', other: 'その他',
  under_6m: '6か月未満', '6m_1y': '6か月〜1年未満', '1_3y': '1〜3年未満', '3_5y': '3〜5年未満', '5_7y': '5〜7年未満', '7_10y': '7〜10年未満', '10_20y': '10〜20年未満', '20y_plus': '20年以上',
  met_client: '本人と会えた', met_family: '家族のみと会えた', no_answer: '不在・応答なし', letter_left: '手紙を置いた',
  planned: '予定', referred: '紹介済み', accepted: '受入れ', declined: '受入れ不可', completed: '完了', cancelled: '中止',
  goal_reached: '目標達成', lapsed: '自然終結', moved_away: '転居', transferred: '他機関へ移管',
  municipal_office: '市区町村', private_support_group: '民間支援団体・NPO', public_health_center: '保健所', medical_institution: '医療機関',
  youth_support_station: '地域若者サポートステーション', self_reliance_support: '自立相談支援機関', disability_services: '障害福祉サービス事業所',
  mental_health_welfare_center: '精神保健福祉センター', school_board_of_education: '学校・教育委員会', welfare_office: '福祉事務所',
  other_hikikomori_center: '他のひきこもり地域支援センター', hello_work: 'ハローワーク', social_welfare_council: '社会福祉協議会',
  community_general_support_center: '地域包括支援センター', company: '企業', developmental_disability_support_center: '発達障害者支援センター',
  children_youth_consultation_center: '子ども・若者総合相談センター', disability_employment_support: '障害者就業・生活支援センター',
  child_guidance_center: '児童相談所',
};
const ja = (key: string) => LABELS[key] ?? key;

/** One row per figure: section, item, (sub-item), count. */
export function activityCsv(r: ActivityReport): string {
  const rows: unknown[][] = [['期間', `${r.from}〜${r.to}`], ['区分', '項目', '内訳', '件数']];
  rows.push(['合計', '実人数', '', r.uniqueCases], ['合計', '延べ件数', '', r.totalContacts]);
  rows.push(['ケース', '新規', '', r.newCases], ['ケース', '継続', '', r.continuingCases], ['ケース', '再開', '', r.reopenedCases]);
  const section = (name: string, data: Record<string, number>) => Object.entries(data).forEach(([k, n]) => rows.push([name, ja(k), '', n]));
  section('支援方法', r.byMethod);
  section('相談者', r.byParticipant);
  section('本人の年代', r.byAgeDecade);
  section('本人の性別', r.bySex);
  section('ひきこもり期間', r.byDurationBand);
  section('訪問支援の結果', r.outreachByOutcome);
  rows.push(['プログラム', '開催回数', '', r.programs.sessions], ['プログラム', '参加延べ人数', '', r.programs.attendances], ['プログラム', '参加実人数', '', r.programs.uniqueCases]);
  for (const [type, statuses] of Object.entries(r.referralsByAgencyType)) {
    for (const [status, n] of Object.entries(statuses)) rows.push(['紹介先の種別', ja(type), ja(status), n]);
  }
  section('終結理由', r.closuresByReason);
  return toCsv(rows);
}
