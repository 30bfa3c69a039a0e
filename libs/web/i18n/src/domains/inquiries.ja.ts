import { FIELD_LABELS_JA } from '@tsunagu/contracts';

const exportLabels = <K extends string>(...keys: K[]) => Object.fromEntries(keys.map((k) => [k, FIELD_LABELS_JA[k]])) as Record<K, string>;

/** First contacts (相談受付), their chains and ケース化, in Japanese. */
export const inquiriesJa = {
  tsunagu: {
    inquiries: {
      quick: {
        button: '電話を受けた',
        tooltip: '電話を受けた：相談受付を記録（Alt+N）',
        title: '相談受付（電話）',
        more: '詳しく入力',
        keys: 'Ctrl+Enter で保存・Esc で閉じる（入力は下書きに残ります）',
      },
      saved: '相談受付を記録しました',
      saved_linked: '相談受付を記録しました。前回までの相談（%{smart_count}件）につなげました',
      caller: '相談者の名前',
      caller_was: '相談者: %{caller}',
      anonymous: '匿名',
      none: 'なし',
      name_or_nickname: '氏名と相談上の名前は、どちらか一方だけ入力してください',
      nickname_hint: '相談者が名乗った呼び名（匿名なら空欄）',
      phone_last4_hint: '数字4桁',
      referred_hint: '関係機関の一覧にない場合は名称を入力',
      note_hint: 'あなたとスーパーバイザーだけが読めます',
      search_hint: '名前・相談者番号・内容で検索',
      converted_yes: 'ケース化済み',
      converted_no: 'ケース化前',
      sections: {
        contact: '受付',
        caller: '相談者',
        person: '本人について',
        consultation: '相談の内容',
        outcome: '対応',
      },
      chain: {
        title: '相談のつながり（%{smart_count}件）',
        this: 'この相談',
        link: '別の相談とつなげる',
        link_title: 'つなげる相談を選ぶ',
        link_hint: '同じ人からの相談を検索して選ぶと、その相談のつながりにこの相談が加わります。',
        choose: 'つなげる',
        linked: '相談をつなげました',
        unlink: 'つながりを外す',
        unlinked: 'つながりを外しました',
        none_found: 'つなげられる相談が見つかりません。',
        has_case: 'この人の相談はケース化されています。',
      },
      convert: {
        button: 'ケース化',
        title: 'ケース化（新しいケースを作成）',
        hint: '相談の内容から入力してあります。確認して、本人の氏名を入力してください。これまでの相談は、ケースの支援経過に表示されます。',
        save: 'ケースを作成',
        done: 'ケース %{caseNumber} を作成しました',
        open_case: 'ケースを開く',
      },
      home: {
        title: '相談受付',
        today: '今日の相談受付（%{smart_count}件）',
        none_today: '今日の相談受付はまだありません。',
        all_today: '今日の一覧',
        week: '今週の相談受付（%{smart_count}件）',
      },
    },
  },
  resources: {
    inquiries: {
      name: '相談受付',
      fields: {
        // The labels the list's CSV export uses too, from the one catalog (the contracts').
        ...exportLabels('receivedAt', 'callerType', 'callerAgencyType', 'callerAgencyId', 'callerName', 'nickname', 'callerNumber', 'phoneLast4', 'personAgeBand', 'personSex', 'personMunicipality', 'withdrawnFor', 'personSituation', 'route', 'concerns', 'referredAgencyId', 'referredAgencyName', 'chainSize'),
        method: '受付方法',
        durationMinutes: '所要時間（分）',
        callerRelationship: '本人との続柄',
        summary: '相談の概要',
        outcome: '対応',
        confidentialNote: '非公開メモ',
        chainCaseId: 'ケース',
        createdBy: '受付した職員',
        createdAt: '登録日時',
        q: '検索',
        converted: 'ケース化',
        from: 'この日から',
        to: 'この日まで',
      },
    },
  },
};
