import type { AgencyType, ClosureReason, InterviewMethod, OutreachOutcome, ReferralRoute } from '@tsunagu/contracts';

/** Fictional people: family names with their kana, given names by sex. No real person is meant. */
export const FAMILY_NAMES: ReadonlyArray<[string, string]> = [
  ['佐々木', 'ささき'], ['山口', 'やまぐち'], ['松本', 'まつもと'], ['井上', 'いのうえ'], ['木村', 'きむら'], ['林', 'はやし'],
  ['清水', 'しみず'], ['山崎', 'やまざき'], ['森', 'もり'], ['池田', 'いけだ'], ['橋本', 'はしもと'], ['阿部', 'あべ'],
  ['石川', 'いしかわ'], ['山下', 'やました'], ['中島', 'なかじま'], ['石井', 'いしい'], ['小川', 'おがわ'], ['前田', 'まえだ'],
  ['岡田', 'おかだ'], ['長谷川', 'はせがわ'], ['藤田', 'ふじた'], ['後藤', 'ごとう'], ['近藤', 'こんどう'], ['村上', 'むらかみ'],
  ['遠藤', 'えんどう'], ['青木', 'あおき'], ['坂本', 'さかもと'], ['福田', 'ふくだ'], ['太田', 'おおた'], ['西村', 'にしむら'],
  ['藤井', 'ふじい'], ['金子', 'かねこ'], ['岡本', 'おかもと'], ['藤原', 'ふじわら'], ['中野', 'なかの'], ['三浦', 'みうら'],
  ['原田', 'はらだ'], ['中川', 'なかがわ'], ['松田', 'まつだ'], ['竹内', 'たけうち'],
];
export const MALE_NAMES: ReadonlyArray<[string, string]> = [
  ['翔太', 'しょうた'], ['大輝', 'だいき'], ['健太', 'けんた'], ['拓也', 'たくや'], ['直樹', 'なおき'], ['和也', 'かずや'],
  ['誠', 'まこと'], ['浩二', 'こうじ'], ['隆', 'たかし'], ['裕介', 'ゆうすけ'], ['亮太', 'りょうた'], ['悠斗', 'ゆうと'],
];
export const FEMALE_NAMES: ReadonlyArray<[string, string]> = [
  ['美咲', 'みさき'], ['彩', 'あや'], ['智子', 'ともこ'], ['由美', 'ゆみ'], ['麻衣', 'まい'], ['陽菜', 'ひな'],
  ['真由美', 'まゆみ'], ['恵', 'めぐみ'], ['沙織', 'さおり'], ['千尋', 'ちひろ'],
];
export const PARENT_NAMES = { mother: ['恵子', '幸子', '洋子', '和子', '久美子', '節子'], father: ['正雄', '博', '茂', '清', '勝', '進'] };

export const CHIEF_CONCERNS = [
  '高校中退後、自室で過ごすことが多く、家族との会話もほとんどない。',
  '大学卒業後に就職したが、職場の人間関係で退職し、以後外出していない。',
  '昼夜逆転の生活が続き、家族が今後を心配して相談に来た。',
  '親の高齢化で、今後の生活をどうするか不安がある（8050）。',
  '本人はオンラインゲームで人とつながっているが、外出はコンビニ程度。',
  '中学時代の不登校から続いており、家族も対応に疲れている。',
  '精神科受診歴があるが通院が途切れている。生活リズムの乱れが続いている。',
  '本人から「働きたいが一歩が出ない」とメールで相談があった。',
];

export const INTERVIEW_SUMMARIES: Record<InterviewMethod, readonly string[]> = {
  in_person: [
    '母が来所。本人は最近、夕食を家族と一緒に取るようになったとのこと。焦らず見守る方針を確認した。',
    '両親が来所。家での声かけの仕方について一緒に考え、次回まで「おはよう」を続けてみることにした。',
    '本人が初めて来所。緊張していたが、好きなゲームの話から少しずつ話せた。次回も同じ時間を約束。',
    '本人来所。生活リズムを整えたいとのこと。起床時間の記録をつけてみることを提案した。',
  ],
  phone: [
    '母より電話。本人は昼夜逆転が続くが、食事は家族と取れている。次回の来所日を調整した。',
    '父より電話。本人が居間に出てくる時間が少し増えたとの報告。家族教室の案内をした。',
    '母より電話。本人が家族に強い口調を向けることがあり不安とのこと。安全の確認と対応を相談した。',
    '本人より電話。外出の練習として図書館に行ってみたいとの話があった。',
  ],
  online: ['本人とオンライン面談。カメラはオフのまま、チャットと音声で30分ほど話せた。', '本人とオンライン面談。最近読んでいる本の話をしてくれた。'],
  email: ['本人からメール。最近の気持ちや体調について書かれていた。返信で次の一歩を一緒に考えた。', '本人からメール。次回の面談日の相談があり、日程を決めた。'],
  sns: ['本人とSNSでやりとり。短い文章だが毎週連絡が続いている。'],
  accompanied: ['本人と保健所の相談に同行。待合で不安が強くなったが、最後まで一緒にいられた。', '本人とハローワークの見学に同行。窓口の雰囲気を知ることができた。'],
};

export const OUTREACH_SUMMARIES: Record<OutreachOutcome, readonly string[]> = {
  met_client: ['訪問。本人が玄関まで出てきて、短い時間だが挨拶ができた。', '訪問。本人の部屋の前で声をかけ、ドア越しに少し会話ができた。'],
  met_family: ['訪問。本人には会えなかったが、母と玄関先で最近の様子を話した。', '訪問。父と面談。本人は在宅だが部屋から出てこなかった。'],
  no_answer: ['訪問したが応答なし。手紙は残さず、次回の訪問日を家族に電話で伝えた。'],
  letter_left: ['訪問したが応答なし。本人宛ての手紙をポストに入れた。'],
};

export const REFERRAL_REASONS = [
  '就労に向けた相談を本人が希望',
  '通院の再開について医療機関につなぐ',
  '生活費の相談のため自立相談支援機関を紹介',
  '居場所としてNPOのフリースペースを紹介',
  '親の介護について地域包括支援センターと連携',
];

export const REFERRAL_ROUTES_USED: readonly ReferralRoute[] = ['family', 'family', 'family', 'self', 'municipal_office', 'medical_institution', 'welfare_agency', 'website'];

export const CLOSURE_REASONS_USED: readonly ClosureReason[] = ['goal_reached', 'moved_away', 'transferred', 'lapsed'];

/** One partner agency of each type of the national statistics, named for the center's area. */
export function agencyNames(area: string): Record<AgencyType, string> {
  return {
    municipal_office: `${area}役所 福祉課`,
    private_support_group: 'NPO法人 ひだまりの会',
    public_health_center: `${area}保健所`,
    medical_institution: `${area}こころのクリニック`,
    youth_support_station: `${area}地域若者サポートステーション`,
    self_reliance_support: `${area}自立相談支援センター`,
    disability_services: '就労継続支援B型 あおぞら作業所',
    mental_health_welfare_center: '県精神保健福祉センター',
    school_board_of_education: `${area}教育委員会 教育相談室`,
    welfare_office: `${area}福祉事務所`,
    other_hikikomori_center: 'となり市ひきこもり地域支援センター',
    hello_work: `ハローワーク${area}`,
    social_welfare_council: `${area}社会福祉協議会`,
    community_general_support_center: '中央地域包括支援センター',
    company: '株式会社みらいロジスティクス',
    developmental_disability_support_center: '県発達障害者支援センター',
    children_youth_consultation_center: '子ども・若者総合相談センター',
    disability_employment_support: '障害者就業・生活支援センター つばさ',
    child_guidance_center: '県中央児童相談所',
    other: 'こども食堂 ひまわり',
  };
}

/** What first callers say (相談受付), by who called. */
export const INQUIRY_SUMMARIES = {
  family: [
    '母より電話。息子が3年ほど自室から出ず、食事も別。家族としてどう関わればよいか知りたい。',
    '父より電話。娘が大学を中退後、昼夜逆転の生活が続いている。本人は相談を嫌がっている。',
    '母より。40代の息子と二人暮らし。自分の体調が悪くなり、この先が心配。',
    '姉より電話。弟が退職後に外出しなくなって1年。両親は高齢で相談に行けない。',
    '再度の電話。前回の助言どおり声かけを続けているが、返事がない日が多い。',
  ],
  self: ['本人よりメール。人と話すのが怖いが、このままではいけないと思っている。まずはメールでやりとりしたい。', '本人より電話。仕事を辞めてから外に出られない。居場所の情報がほしい。'],
  agency: ['地域包括支援センターより。高齢の母親の介護の相談で訪問したところ、同居の50代の息子が長くひきこもっている様子。', '市の福祉課より。生活保護の相談に来た母親から、息子のことも相談したいとの話があった。'],
  other: ['近所の方より。隣の家の息子さんを何年も見かけないと心配されている。センターの案内を伝えた。'],
} as const;
