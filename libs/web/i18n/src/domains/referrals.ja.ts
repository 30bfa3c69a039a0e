/** Partner agencies, referrals and disclosure records (issue 5), in Japanese. */
export const referralsJa = {
  tsunagu: {
    agencies: {
      search_hint: '名称・市区町村・担当者で検索',
    },
    referrals: {
      plan: '紹介を計画',
      planned: '紹介を計画しました',
      empty: 'まだ紹介はありません。',
      moved: '「%{status}」を記録しました',
      steps: {
        planned: '計画',
        referred: '送付する',
        accepted: '受入れを記録',
        declined: '受入れ不可を記録',
        completed: '完了を記録',
        cancelled: '取りやめる',
      },
      step_on: '日付',
      send_title: '紹介の送付（情報の第三者提供）',
      basis: '提供の根拠',
      basis_reason: '同意以外の根拠による理由',
      basis_reason_hint: 'スーパーバイザーが、なぜ同意なしで提供できるのかを具体的に記入します',
      what_is_shared: '提供する情報',
      consent_ok: 'この紹介に使える同意があります',
      consent_missing: '%{date} にこの紹介を対象とする同意がありません',
      consent_missing_hint:
        '本人（または対象の家族）から、この機関を指定した有効な「関係機関との情報共有」の同意が必要です。担当コーディネーターに同意の記録を依頼してください。',
      consent_missing_hint_supervisor:
        '本人（または対象の家族）から、この機関を指定した有効な「関係機関との情報共有」の同意が必要です。同意を得られない場合は、提供の根拠を選び、理由を記入してください。',
      waiting: '機関からの回答待ち（%{smart_count}件）',
      waiting_none: '回答待ちの紹介はありません。',
      days_waiting: '待ち日数',
      days: '%{smart_count}日',
    },
    disclosures: {
      add: '会議などでの提供を記録',
      add_hint: '紹介以外で情報を提供したとき（支援会議・事例検討など）に記録します。紹介の送付は自動で記録されます。',
      added: '第三者提供を記録しました',
      empty: 'この記録から第三者に提供した情報はありません。',
    },
    validation: {
      phone: '数字・スペース・+・-・括弧で入力してください',
    },
  },
  resources: {
    agencies: {
      name: '関係機関',
      fields: {
        name: '機関名',
        type: '種別',
        municipality: '市区町村',
        contactPerson: '担当者',
        phone: '電話番号',
        email: 'メールアドレス',
        notes: 'メモ',
        centerId: 'センター',
        q: '検索',
      },
    },
    referrals: {
      name: '紹介・つなぎ',
      fields: {
        caseId: 'ケース',
        agencyId: '紹介先',
        subject: '対象',
        familyMemberId: '家族',
        reason: '紹介の理由',
        accompanied: '同行支援',
        status: '状態',
        plannedOn: '計画日',
        referredOn: '送付日',
        respondedOn: '回答日',
        closedOn: '終了日',
        feedback: '機関からの回答',
        responsibleUserId: '担当',
      },
    },
    disclosures: {
      name: '第三者提供の記録',
      fields: {
        caseId: 'ケース',
        agencyId: '提供先',
        basis: '根拠',
        consentId: '同意',
        categories: '提供した情報',
        reason: '理由',
        disclosedOn: '提供日',
        disclosedBy: '提供した職員',
      },
    },
  },
};
