import type { EnumLabels } from './enums';
import type { AgeBand, DurationBand } from '../reports';
import type { InterviewMethod } from '../contacts';

/**
 * Japanese labels of the contracts' enums: the one catalog the screens (through the web's i18n)
 * and every CSV and printed output use.
 */
export const ENUM_LABELS_JA = {
  role: { admin: '管理者', supervisor: 'スーパーバイザー', coordinator: 'ひきこもり支援コーディネーター', staff: '連携担当職員' },
  audit_action: { read: '閲覧', create: '作成', update: '更新', void: '無効化', export: 'エクスポート', login: 'ログイン', login_failed: 'ログイン失敗' },
  case_status: { intake: '受付', active: '支援中', paused: '中断', closed: '終結' },
  closure_reason: {
    goal_reached: '目標達成',
    lapsed: '連絡途絶・自然終結',
    moved_away: '転居',
    transferred: '他機関へ移行',
    other: 'その他',
  },
  sex: { female: '女性', male: '男性', other: 'その他', unknown: '不明' },
  client_contact: { none: '家族のみの相談', indirect: '本人と間接的に接触', direct: '本人と直接接触' },
  referral_route: {
    self: '本人',
    family: '家族',
    relative: '親族',
    municipal_office: '市区町村の窓口',
    medical_institution: '医療機関',
    school: '学校・教育委員会',
    welfare_agency: '福祉機関',
    other_agency: 'その他の機関',
    acquaintance: '知人・近隣',
    website: 'ウェブサイト・広報',
    other: 'その他',
  },
  support_stage: {
    encounter_assessment: '出会い・評価',
    individual_support: '個人的支援',
    intermediate_group: '中間的・過渡的な集団',
    social_participation: '社会参加の試行',
  },
  risk_flag: {
    self_harm: '自傷・自殺の危険',
    violence_at_home: '家庭内暴力',
    financial_hardship: '経済的困窮',
    health: '健康上の課題',
  },
  relationship: { mother: '母', father: '父', sibling: 'きょうだい', spouse: '配偶者', child: '子', grandparent: '祖父母', other: 'その他' },
  consent_giver: { client: '本人', family: '家族', representative: '代理人' },
  consent_purpose: {
    consultation: '相談記録（要配慮個人情報）',
    outreach: '訪問支援',
    information_sharing: '関係機関との情報共有',
    case_conference: '支援会議・事例検討',
  },
  consent_method: { written: '書面', verbal: '口頭' },
  consent_state: { active: '有効', not_yet: '開始前', expired: '期限切れ', withdrawn: '撤回' },
  info_category: {
    basic: '基本情報',
    health_disability: '健康・障害',
    work_school: '就労・就学',
    finances: '経済状況',
    welfare_services: '福祉サービス',
    life_history: '生活歴',
  },
  interview_method: { in_person: '来所', phone: '電話', online: 'オンライン', email: 'メール', sns: 'SNS', accompanied: '同行支援' },
  participant: { client: '本人', family: '家族', agency: '関係機関' },
  outreach_outcome: { met_client: '本人に会えた', met_family: '家族のみ会えた', no_answer: '応答なし', letter_left: '手紙を置いた' },
  outreach_location: { doorstep: '玄関先', inside: '室内', outside: '屋外' },
  program_kind: { family_class: '家族教室', family_meeting: '家族会', ibasho: '居場所・フリースペース', peer_group: '当事者会' },
  attendee: { client: '本人', family: '家族' },
  timeline_kind: {
    interview: '面談・相談',
    outreach_visit: '訪問支援',
    attendance: 'プログラム参加',
    consent_given: '同意の取得',
    consent_withdrawn: '同意の撤回',
    status_change: '状態の変更',
    referral: '紹介・つなぎ',
  },
  follow_up: { due: '今日が次回連絡日', overdue: '次回連絡日を過ぎています', upcoming: '予定あり', none: '予定なし' },
  referral_status: {
    planned: '計画中',
    referred: '紹介済み（回答待ち）',
    accepted: '受入れ',
    declined: '受入れ不可',
    completed: '完了',
    cancelled: '取りやめ',
  },
  referral_subject: { client: '本人', family: '家族' },
  disclosure_basis: {
    consent: '本人等の同意',
    support_meeting: '支援会議（社会福祉法第106条の6）',
    legal_obligation: '法令に基づく場合',
    vital_interest: '生命・身体の保護（同意を得ることが困難）',
  },
  agency_type: {
    municipal_office: '市区町村',
    private_support_group: '民間支援団体・NPO',
    public_health_center: '保健所・保健センター',
    medical_institution: '医療機関',
    youth_support_station: '地域若者サポートステーション',
    self_reliance_support: '自立相談支援機関',
    disability_services: '障害福祉サービス事業所',
    mental_health_welfare_center: '精神保健福祉センター',
    school_board_of_education: '学校・教育委員会',
    welfare_office: '福祉事務所',
    other_hikikomori_center: '他のひきこもり地域支援センター',
    hello_work: 'ハローワーク',
    social_welfare_council: '社会福祉協議会',
    community_general_support_center: '地域包括支援センター',
    company: '企業',
    developmental_disability_support_center: '発達障害者支援センター',
    children_youth_consultation_center: '子ども・若者総合相談センター',
    disability_employment_support: '障害者就業・生活支援センター',
    child_guidance_center: '児童相談所',
    other: 'その他',
  },
} satisfies EnumLabels;

/** Labels of the reports' own breakdowns: methods with outreach and programs, age and duration bands. */
export const REPORT_LABELS_JA = {
  method: {
    in_person: '来所',
    phone: '電話',
    online: 'オンライン',
    email: 'メール',
    sns: 'SNS',
    accompanied: '同行支援',
    outreach: '訪問支援',
    program: 'プログラム参加',
  },
  age_band: {
    under_10: '10歳未満',
    '10s': '10代',
    '20s': '20代',
    '30s': '30代',
    '40s': '40代',
    '50s': '50代',
    '60s': '60代',
    '70_plus': '70歳以上',
    unknown: '不明',
  },
  duration_band: {
    under_6m: '6か月未満',
    '6m_1y': '6か月〜1年未満',
    '1_3y': '1〜3年未満',
    '3_5y': '3〜5年未満',
    '5_7y': '5〜7年未満',
    '7_10y': '7〜10年未満',
    '10_20y': '10〜20年未満',
    '20y_plus': '20年以上',
    unknown: '不明',
  },
} satisfies {
  method: Record<InterviewMethod | 'outreach' | 'program', string>;
  age_band: Record<AgeBand, string>;
  duration_band: Record<DurationBand, string>;
};
