import { ASSESSMENT_DOMAINS, type AssessmentDomain, type AssessmentRatingDto } from '@tsunagu/contracts';
import type { AssessmentsService, ConferencesService, SupportPlansService } from '@tsunagu/api-support';
import type { DataSource } from 'typeorm';
import { dayAt, random, type DemoStaff } from './demo-year';

export interface DemoSupportServices {
  assessments: AssessmentsService;
  plans: SupportPlansService;
  conferences: ConferencesService;
}

const NOTES: Partial<Record<AssessmentDomain, [string, string]>> = {
  daily_life: ['昼夜逆転。食事は自室で取ることが多い。', '起床が昼前まで戻った。夕食は家族と一緒。'],
  social: ['家族以外との会話はない。', 'コンビニに週1回、一人で行けるようになった。'],
  family: ['父との会話はほとんどない。', '母を通じて父とも短い会話がある。'],
  household: ['父75歳、母72歳。父の通院が増えている。', '父の介護保険の申請を地域包括支援センターと進めている。'],
};

const GOALS = [
  { goal: '昼夜逆転を直して、朝ごはんを家族と食べたい', steps: '起床時刻を記録し、面談で振り返る', actors: ['client', 'center'] },
  { goal: '週に一度はコンビニに行けるようになりたい', steps: '夜の散歩から始める（家族同伴可）', actors: ['client', 'family'] },
  { goal: '就労について話を聞いてみたい', steps: 'サポステの説明会に職員が同行する', actors: ['client', 'agency'] },
] as const;

/**
 * The support process of a demo center: assessments (a history of two for some cases, one due
 * again soon or already overdue for others), support plans with a review behind them, and two
 * conferences: an internal case review and a 支援会議 with two outside members and their pledges.
 */
export async function loadDemoSupport(db: DataSource, services: DemoSupportServices, who: DemoStaff, centerId: string, seed: number): Promise<void> {
  const rnd = random(seed + 200);
  const cases: Array<{ id: string; lead: string; opened_on: string }> = await db.query(
    `SELECT id, lead_coordinator_id AS lead, opened_on::text FROM cases
      WHERE center_id = $1 AND status IN ('intake', 'active') AND voided_at IS NULL AND opened_on <= $2 ORDER BY case_number LIMIT 8`,
    [centerId, dayAt(-240)],
  );
  const actorOf = (lead: string) => [who.supervisor, ...who.coordinators].find((u) => u.id === lead) ?? who.supervisor;
  for (const [i, c] of cases.entries()) {
    const actor = actorOf(c.lead);
    const score = (d: AssessmentDomain, later: boolean) => Math.min(5, Math.max(1, 2 + (later ? rnd.int(0, 2) : 0) - (d === 'risk' ? 0 : rnd.int(0, 1))));
    const ratings = (later: boolean) =>
      Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: score(d, later), note: NOTES[d]?.[later ? 1 : 0] ?? null }])) as Record<AssessmentDomain, AssessmentRatingDto>;
    // Half the cases were assessed again; the others wait for their reassessment (due or overdue).
    await services.assessments.create(actor, { caseId: c.id, assessedOn: dayAt(-(200 + i * 5)), ratings: ratings(false), strengths: '絵を描くことが好き。母との関係は良い。', wishes: '人の少ない時間なら外に出てみたい' });
    if (i % 2 === 0) await services.assessments.create(actor, { caseId: c.id, assessedOn: dayAt(-(20 + i * 3)), ratings: ratings(true), strengths: '絵を描くことが好き。母との関係は良い。', wishes: '外出の回数を増やしたい' });
    if (i >= 6) continue;
    const plan = await services.plans.create(actor, {
      caseId: c.id,
      agreedOn: dayAt(-(190 + i * 5)),
      agreedHow: i % 3 === 0 ? 'with_family' : 'with_client',
      reviewOn: dayAt(i < 3 ? -(10 + i) : 15 + i * 5),
      goals: GOALS.slice(0, 2 + (i % 2)).map((g) => ({ ...g, actors: [...g.actors] })),
    });
    if (i === 0) {
      await services.plans.review(actor, plan.id, {
        reviewedOn: dayAt(-12),
        evaluations: plan.goals.map((g, k) => ({ goalId: g.id, result: k === 0 ? 'achieved' : 'in_progress', note: k === 0 ? '起床が昼前まで戻った' : null })),
        nextReviewOn: dayAt(170),
      });
    }
  }
  if (cases.length < 2) return;
  const agencies: Array<{ id: string; type: string }> = await db.query(
    `SELECT id, type FROM agencies WHERE center_id = $1 AND type IN ('youth_support_station', 'community_general_support_center') AND voided_at IS NULL`,
    [centerId],
  );
  const [first, second] = cases;
  await services.conferences.create(actorOf(first.lead), {
    kind: 'internal',
    title: 'ケース検討（月例）',
    heldOn: dayAt(-25),
    cases: [{ caseId: first.id, decision: '本人の希望に沿い、サポステの見学を提案する。' }],
    internalAttendeeIds: [who.supervisor.id, ...who.coordinators.map((u) => u.id)],
  });
  await services.conferences.create(who.supervisor, {
    kind: 'welfare_act_meeting',
    title: '支援会議（重層的支援体制整備事業）',
    heldOn: dayAt(-9),
    cases: [
      { caseId: first.id, decision: 'サポステ見学に職員が同行する。次回は3か月後。' },
      { caseId: second.id, decision: '父の介護保険の申請を地域包括支援センターが支援する。' },
    ],
    internalAttendeeIds: [who.supervisor.id, first.lead],
    outsideAttendees: agencies.map((a, k) => ({ name: k === 0 ? '山本 和子' : '佐々木 健', agencyId: a.id, role: k === 0 ? '就労支援員' : '社会福祉士', pledgedOn: dayAt(-9) })),
    categories: ['basic', 'work_school', 'welfare_services'],
    papers: 'ケース概要票（共有用）各1部',
    papersCollected: true,
    nextReviewOn: dayAt(80),
  });
}
