import { ENUM_LABELS_JA } from '@tsunagu/contracts';
import { accountJa } from './domains/account.ja';
import { casesJa } from './domains/cases.ja';
import { contactsJa } from './domains/contacts.ja';
import { importsJa } from './domains/imports.ja';
import { inquiriesJa } from './domains/inquiries.ja';
import { referralsJa } from './domains/referrals.ja';
import { reportsJa } from './domains/reports.ja';
import { supportJa } from './domains/support.ja';
import type { Catalog } from './domains/catalog';
import { enumsJa } from './domains/enums.ja';
import { errorsJa } from './domains/errors.ja';
import { mergeMessages } from './merge';

/**
 * Tsunagu's own Japanese strings (the default locale). react-admin's strings come from
 * @bicstone/ra-language-japanese; the few keys it lacks are filled in here under `ra`.
 * Every key here has its English twin in messages.en.ts (the type there makes sure of it).
 */
const coreJa = {
  ra: {
    page: {
      // Upstream shows the record's UUID ("ユーザー #c0a8..."); people recognise names.
      edit: '%{name}「%{recordRepresentation}」の編集',
      show: '%{name}「%{recordRepresentation}」',
    },
    validation: {
      unique: 'すでに使われています',
    },
    guesser: {
      empty: {
        title: '表示するデータがありません',
        message: 'データプロバイダーを確認してください',
      },
    },
  },
  tsunagu: {
    app: {
      title: 'つなぐ',
      tagline: 'ひきこもり地域支援センター 支援記録',
    },
    dashboard: {
      welcome: 'ようこそ、%{name}さん',
      role: 'あなたの役割: %{role}',
      nothing_yet: 'この役割で使える画面はまだありません。',
    },
    roles: ENUM_LABELS_JA.role,
    audit: {
      from: 'この日から',
      to: 'この日まで',
      case_history: '閲覧・操作の履歴',
      case_history_hint: 'このケースを誰がいつ閲覧・記録・出力したかの記録です（監査ログより）。',
      case_history_empty: 'まだ記録がありません。',
      actions: ENUM_LABELS_JA.audit_action,
      entities: ENUM_LABELS_JA.audit_entity,
    },
    users: {
      active: '有効',
      inactive: '無効',
      members: '所属ユーザー',
      kana_hint: 'ひらがな・カタカナ（一覧はこの読みの順に並びます）',
    },
    validation: {
      center_required: '管理者以外は所属センターが必要です',
      center_code: '英大文字で始まる2〜10文字の英大文字・数字で入力してください（例: SAP）',
      required: '入力してください。',
      too_long: '長すぎます。短くしてください。',
      too_short: '短すぎます。',
      single_line: '改行やタブは入れられません（1行で入力してください）。',
      control_characters: '入力できない文字が含まれています。',
      kana: 'ひらがな・カタカナで入力してください。',
      future: '未来の日付は入力できません。',
      datetime: '日付と時刻を入力してください。',
      date: '正しい日付を入力してください。',
      month: '年と月を入力してください（例: 2015-04）。',
      email: 'メールアドレスの形式で入力してください。',
      choice: '選択肢から選んでください。',
      range: '範囲外の値です。',
      invalid: 'この項目の値を確認してください。',
    },
    errors: {
      stale_version: '他の人が先に更新しました。再読み込みしてから、もう一度保存してください。',
      conflict: '他の変更と重なったため保存できませんでした。再読み込みしてください。',
      email_taken: 'このメールアドレスはすでに別のユーザーが使っています。',
      center_code_taken: 'このセンターコードはすでに別のセンターが使っています。',
      self_lockout: '自分自身を無効にしたり、自分の役割を変えたりすることはできません。',
      user_center: '所属センターの指定が正しくありません（管理者は空欄、それ以外は必須）。',
      invalid: '入力内容に誤りがあります。確認してください。',
      forbidden: 'この操作を行う権限がありません。',
      not_found: '見つかりません。削除されたか、閲覧する権限がありません。',
      rule: '業務ルールにより、この操作はできません。',
      too_many_attempts: '試行回数が多すぎます。しばらくしてからもう一度お試しください。',
      server: 'サーバーでエラーが発生しました。時間をおいてもう一度お試しください。',
    },
  },
  resources: {
    centers: {
      name: 'センター',
      fields: {
        id: 'ID',
        name: 'センター名',
        code: 'センターコード',
        createdAt: '登録日時',
        updatedAt: '更新日時',
        q: '検索',
      },
    },
    users: {
      name: 'ユーザー',
      fields: {
        id: 'ID',
        name: '氏名',
        nameKana: 'ふりがな',
        email: 'メールアドレス',
        role: '役割',
        centerId: '所属センター',
        active: '有効',
        password: 'パスワード',
        newPassword: '新しいパスワード',
        createdAt: '登録日時',
        updatedAt: '更新日時',
        q: '検索',
      },
    },
    'audit-logs': {
      name: '監査ログ',
      fields: {
        id: 'ID',
        at: '日時',
        userId: '操作したユーザー',
        centerId: 'センター',
        action: '操作',
        entity: '対象',
        entityId: '対象ID',
        caseId: 'ケースID',
        userName: '操作した人',
        caseNumber: 'ケース番号',
      },
    },
  },
};

/** Tsunagu's whole Japanese catalog: the core strings, then each domain's. */
export const tsunaguJa = mergeMessages<
  typeof coreJa & typeof enumsJa & typeof errorsJa & typeof casesJa & typeof contactsJa & typeof referralsJa & typeof reportsJa & typeof inquiriesJa & typeof importsJa & typeof supportJa & typeof accountJa
>(coreJa, enumsJa, errorsJa, casesJa, contactsJa, referralsJa, reportsJa, inquiriesJa, importsJa, supportJa, accountJa);

/** The shape every locale's own strings must have: the same keys, all strings. */
export type TsunaguMessages = Catalog<typeof tsunaguJa>;
export type CoreMessages = Catalog<typeof coreJa>;
