import { AGE_BANDS, CALLER_TYPES, CHOSEN_CLOSURE_REASONS, CONFERENCE_KINDS, DURATION_BANDS, ENUM_LABELS_JA, INQUIRY_METHODS, INQUIRY_ROUTES, OUTREACH_OUTCOMES, REPORT_LABELS_JA, SEXES, type ActivityReport } from '@tsunagu/contracts';
import { activityCsv, referralStatsCsv } from './csv';

const count = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k, i) => [k, i + 1])) as Record<K, number>;

const report: ActivityReport = {
  from: '2026-04-01',
  to: '2026-04-30',
  uniqueCases: 3,
  totalContacts: 6,
  newCases: 1,
  continuingCases: 1,
  reopenedCases: 1,
  byMethod: count(Object.keys(REPORT_LABELS_JA.method)),
  byParticipant: { client: 1, family: 2, agency: 3 },
  byAgeDecade: count(AGE_BANDS),
  bySex: count(SEXES),
  byDurationBand: count(DURATION_BANDS),
  outreachByOutcome: count(OUTREACH_OUTCOMES),
  programs: { sessions: 1, attendances: 2, uniqueCases: 1 },
  referralsByAgencyType: { hello_work: { referred: 1, accepted: 2 } },
  closuresByReason: count(CHOSEN_CLOSURE_REASONS),
  conferences: { byKind: count(CONFERENCE_KINDS), casesDiscussed: 3, outsideAgenciesByType: { youth_support_station: 2 } },
  planReviews: { total: 5, onTime: 4 },
  contactsByMonth: {},
  consultations: {
    firstContacts: 4,
    repeatContacts: 2,
    persons: { total: 7, withCase: 3, withoutCase: 4 },
    contacts: { total: 12, withCase: 6, withoutCase: 6 },
    byCallerType: count(CALLER_TYPES),
    byMethod: count(INQUIRY_METHODS),
    byRoute: count([...INQUIRY_ROUTES, 'unknown']),
    byAgeBand: count(AGE_BANDS),
    byMunicipality: { 水戸市: 3, '': 1 },
    convertedToCases: 1,
  },
};

describe('report CSVs', () => {
  const rows = activityCsv(report).slice(1).trim().split('\r\n');

  it("label every figure with the screens' catalog", () => {
    const expected = [
      ...Object.values(REPORT_LABELS_JA.method).map((label) => `支援方法,${label},`),
      ...Object.values(ENUM_LABELS_JA.participant).map((label) => `相談者,${label},`),
      ...Object.values(REPORT_LABELS_JA.age_band).map((label) => `本人の年代,${label},`),
      ...Object.values(ENUM_LABELS_JA.sex).map((label) => `本人の性別,${label},`),
      ...Object.values(REPORT_LABELS_JA.duration_band).map((label) => `ひきこもり期間,${label},`),
      ...Object.values(ENUM_LABELS_JA.outreach_outcome).map((label) => `訪問支援の結果,${label},`),
      ...CHOSEN_CLOSURE_REASONS.map((reason) => `終結理由,${ENUM_LABELS_JA.closure_reason[reason]},`),
      `紹介先の種別,${ENUM_LABELS_JA.agency_type.hello_work},${ENUM_LABELS_JA.referral_status.referred},1`,
      ...CONFERENCE_KINDS.map((kind, i) => `ケース会議・支援会議,${ENUM_LABELS_JA.conference_kind[kind]},,${i + 1}`),
      'ケース会議・支援会議,検討したケース,,3',
      `会議に出席した関係機関,${ENUM_LABELS_JA.agency_type.youth_support_station},,2`,
      '支援計画,見直し件数,,5',
      '支援計画,期日までの見直し,,4',
      '相談受付,初回相談,,4',
      '相談受付,継続相談,,2',
      '相談受付,実人数,ケースあり,3',
      '相談受付,延べ件数,ケースなし,6',
      '相談受付,ケース化,,1',
      ...Object.values(ENUM_LABELS_JA.caller_type).map((label) => `相談受付・相談者,${label},`),
      ...Object.values(ENUM_LABELS_JA.inquiry_method).map((label) => `相談受付・方法,${label},`),
      ...Object.values(ENUM_LABELS_JA.inquiry_route).map((label) => `相談受付・相談経路,${label},`),
      '相談受付・相談経路,不明,,11',
      '相談受付・対象者の市区町村,水戸市,,3',
      '相談受付・対象者の市区町村,不明,,1',
    ];
    for (const start of expected) expect(rows.some((row) => row.startsWith(start))).toBe(true);
    expect(rows.join('\n')).not.toMatch(/\b(met_client|no_answer|in_person|hello_work|goal_reached|under_6m|online_form|web_search|unknown)\b/);
  });

  it('give liaison staff the referral rows only', () => {
    const csv = referralStatsCsv({ from: report.from, to: report.to, referralsByAgencyType: report.referralsByAgencyType });
    expect(csv.slice(1).trim().split('\r\n')).toEqual([
      '区分,項目,内訳,件数',
      '紹介先の種別,ハローワーク,紹介済み（回答待ち）,1',
      '紹介先の種別,ハローワーク,受入れ,2',
    ]);
  });
});
