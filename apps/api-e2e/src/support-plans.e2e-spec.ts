import { as, countRows, dayFromToday, Suite, useApi } from './support';

type Plan = { id: string; version: number; current: boolean; supersededById: string | null; reviewOn: string; goals: Array<{ id: string; goal: string; result: string | null; resultNote: string | null }>; reviews: Array<{ reviewedOn: string; dueOn: string }> } & Record<string, unknown>;

/** 支援計画: one plan in force, supersession keeping history, reviews of every goal, who sees it. */
describe('support plans', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const sup = () => as(s, s.org.users.aSupervisor);
  const filter = (f: object) => `?filter=${encodeURIComponent(JSON.stringify(f))}`;
  const goal = (text: string, over: object = {}) => ({ goal: text, steps: null, actors: ['client', 'center'], targetOn: dayFromToday(90), ...over });
  let caseId: string;
  let agencyId: string;
  let first: Plan;
  let second: Plan;

  beforeAll(async () => {
    caseId = (await coord().post('/cases', { clientName: '計画 太郎', openedOn: dayFromToday(-300) }).expect(201)).body.id;
    agencyId = (await as(s, s.org.users.aStaff).post('/agencies', { name: '計画サポステ', type: 'youth_support_station' }).expect(201)).body.id;
  });

  it('agrees a plan with goals in the person’s words, who does what, and a review day', async () => {
    const res = await coord().post('/support-plans', {
      caseId,
      agreedOn: dayFromToday(-200),
      agreedHow: 'with_client',
      reviewOn: dayFromToday(-20),
      goals: [goal('週に一度はコンビニに行けるようになりたい', { steps: '夜の散歩から' }), goal('就労の話を聞いてみたい', { actors: ['agency'], agencyId })],
    });
    expect(res.status).toBe(201);
    first = res.body;
    expect(first).toMatchObject({ caseId, agreedHow: 'with_client', current: true, supersededById: null, reviews: [], version: 1 });
    expect(first.goals).toEqual([
      expect.objectContaining({ goal: '週に一度はコンビニに行けるようになりたい', steps: '夜の散歩から', actors: ['client', 'center'], agencyId: null, result: null }),
      expect.objectContaining({ goal: '就労の話を聞いてみたい', actors: ['agency'], agencyId, result: null }),
    ]);
    expect(first.goals[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reviews every goal, keeping the review with the day it was due, and sets the next review day', async () => {
    const partial = await coord().post(`/support-plans/${first.id}/review`, { evaluations: [{ goalId: first.goals[0].id, result: 'achieved' }], nextReviewOn: dayFromToday(160) });
    expect(partial.status).toBe(400);
    expect(partial.body.code).toBe('PLAN_EVALUATIONS');
    const res = await coord().post(`/support-plans/${first.id}/review`, {
      reviewedOn: dayFromToday(-10),
      evaluations: [
        { goalId: first.goals[0].id, result: 'achieved', note: '週1回の外出が続いた' },
        { goalId: first.goals[1].id, result: 'in_progress' },
      ],
      nextReviewOn: dayFromToday(170),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reviewOn: dayFromToday(170), reviews: [{ reviewedOn: dayFromToday(-10), dueOn: dayFromToday(-20) }], version: 2 });
    expect(res.body.goals.map((g: Plan['goals'][number]) => [g.result, g.resultNote])).toEqual([
      ['achieved', '週1回の外出が続いた'],
      ['in_progress', null],
    ]);
    first = res.body;
  });

  it('supersedes the plan in force with a new one, which keeps the old as history that no longer changes', async () => {
    const res = await coord().post('/support-plans', { caseId, agreedHow: 'at_conference', reviewOn: dayFromToday(180), goals: [goal('アルバイトの面接を受けたい')] });
    expect(res.status).toBe(201);
    second = res.body;
    const history = (await coord().get(`/support-plans${filter({ caseId })}`).expect(200)).body as Plan[];
    expect(history.map((p) => [p.id, p.current, p.supersededById])).toEqual([
      [second.id, true, null],
      [first.id, false, second.id],
    ]);
    const old = await coord().put(`/support-plans/${first.id}`, { ...history[1], reviewOn: dayFromToday(200) });
    expect(old.status).toBe(422);
    expect(old.body.code).toBe('PLAN_SUPERSEDED');
    expect((await coord().put(`/support-plans/${first.id}`, history[1])).status).toBe(200);
    expect((await coord().post(`/support-plans/${first.id}/review`, { evaluations: [], nextReviewOn: dayFromToday(10) })).status).toBe(400);
    const review = await coord().post(`/support-plans/${first.id}/review`, { evaluations: first.goals.map((g) => ({ goalId: g.id, result: 'dropped' })), nextReviewOn: dayFromToday(10) });
    expect(review.status).toBe(422);
    expect(await countRows(s, 'support_plans', `case_id = '${caseId}' AND superseded_by_id IS NULL AND voided_at IS NULL`)).toBe(1);
  });

  it('changes the plan in force from the whole record, keeping goal ids and results, and refuses a stale version', async () => {
    const current = (await coord().get(`/support-plans/${second.id}`).expect(200)).body as Plan;
    const res = await coord().put(`/support-plans/${second.id}`, { ...current, goals: [...current.goals, goal('家族会に母が参加する', { actors: ['family'] })] });
    expect(res.status).toBe(200);
    expect(res.body.goals).toHaveLength(2);
    expect(res.body.goals[0].id).toBe(current.goals[0].id);
    expect((await coord().put(`/support-plans/${second.id}`, { ...current, reviewOn: dayFromToday(190) })).status).toBe(409);
    const forged = await coord().put(`/support-plans/${second.id}`, { ...res.body, goals: [{ ...res.body.goals[0], id: '00000000-0000-4000-8000-000000000000' }] });
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('PLAN_GOALS');
  });

  it('makes two new plans at the same moment one after the other: one plan in force, the history unbroken', async () => {
    const [a, b] = await Promise.all(
      ['同時A', '同時B'].map((text) => coord().post('/support-plans', { caseId, agreedHow: 'with_family', reviewOn: dayFromToday(100), goals: [goal(text)] })),
    );
    expect([a.status, b.status]).toEqual([201, 201]);
    const history = (await coord().get(`/support-plans${filter({ caseId })}&sort=${encodeURIComponent('["agreedOn","DESC"]')}`).expect(200)).body as Plan[];
    expect(history.filter((p) => p.current)).toHaveLength(1);
    expect(history.filter((p) => !p.current).map((p) => p.supersededById).sort()).toEqual(history.filter((p) => p.supersededById).map((p) => p.supersededById).sort());
    expect(new Set(history.map((p) => p.supersededById).filter(Boolean)).size).toBe(history.length - 1);
  });

  it('puts the plan in force back when a supervisor voids the one that superseded it', async () => {
    const before = ((await sup().get(`/support-plans${filter({ caseId })}`).expect(200)).body as Plan[]).find((p) => p.current) as Plan;
    const replaced = ((await sup().get(`/support-plans${filter({ caseId })}`).expect(200)).body as Plan[]).find((p) => p.supersededById === before.id) as Plan;
    expect((await coord().del(`/support-plans/${before.id}`, { reason: '誤って作成' })).status).toBe(403);
    await sup().del(`/support-plans/${before.id}`, { reason: '誤って作成' }).expect(200);
    expect((await coord().get(`/support-plans/${replaced.id}`).expect(200)).body).toMatchObject({ current: true, supersededById: null });
  });

  it("refuses bad days and agencies, and follows the case's rules", async () => {
    const bad = [
      { caseId, agreedHow: 'with_client', reviewOn: dayFromToday(-1), agreedOn: dayFromToday(0), goals: [goal('x')] },
      { caseId, agreedHow: 'with_client', reviewOn: dayFromToday(30), agreedOn: dayFromToday(3), goals: [goal('x')] },
      { caseId, agreedHow: 'by_phone', reviewOn: dayFromToday(30), goals: [goal('x')] },
      { caseId, agreedHow: 'with_client', reviewOn: dayFromToday(30), goals: [] },
      { caseId, agreedHow: 'with_client', reviewOn: dayFromToday(30), goals: [goal('  ')] },
      { caseId, agreedHow: 'with_client', reviewOn: dayFromToday(30), goals: [goal('x', { agencyId: caseId })] },
    ];
    const statuses = [];
    for (const body of bad) statuses.push((await coord().post('/support-plans', body)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400]);
    const early = await coord().post('/support-plans', { caseId, agreedOn: dayFromToday(-400), agreedHow: 'with_client', reviewOn: dayFromToday(30), goals: [goal('x')] });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('CONTACT_BEFORE_OPENED');

    expect((await as(s, s.org.users.bCoordinator).get(`/support-plans/${second.id}`)).status).toBe(404);
    expect((await as(s, s.org.users.aCoordinator2).get(`/support-plans${filter({ caseId })}`)).body).toEqual([]);
    for (const who of [s.org.users.aStaff, s.org.admin]) expect((await as(s, who).get(`/support-plans${filter({ caseId })}`)).status).toBe(403);
  });

  it("puts the plan's review on the follow-ups and in the caseload report: overdue, then due soon once reviewed", async () => {
    const other = (await coord().post('/cases', { clientName: '見直し 花子', openedOn: dayFromToday(-60) }).expect(201)).body.id;
    const plan = (
      await coord().post('/support-plans', { caseId: other, agreedOn: dayFromToday(-30), agreedHow: 'with_family', reviewOn: dayFromToday(-5), goals: [goal('母が家族会に通う', { actors: ['family'] })] }).expect(201)
    ).body as Plan;
    const followUp = async () => ((await coord().get(`/follow-ups${filter({})}&range=[0,99]`).expect(200)).body as Array<Record<string, unknown>>).find((r) => r['id'] === other);
    const caseload = async (to = dayFromToday(0)) =>
      ((await sup().get(`/reports/caseload?from=${dayFromToday(-60)}&to=${to}`).expect(200)).body.rows as Array<Record<string, unknown>>).find(
        (r) => r['coordinatorId'] === s.org.users.aCoordinator.id,
      );
    // Up to yesterday, the review was already overdue; reviewing it today does not change that past.
    const yesterday = await caseload(dayFromToday(-1));
    expect(await followUp()).toMatchObject({ planReviewOn: dayFromToday(-5), plan: 'overdue' });
    expect((await coord().get(`/follow-ups${filter({ plan: 'overdue' })}`).expect(200)).body.map((r: { id: string }) => r.id)).toEqual([other]);
    expect(await caseload()).toMatchObject({ planReviewsOverdue: 1, planReviewsDueSoon: 0 });
    await coord().post(`/support-plans/${plan.id}/review`, { evaluations: [{ goalId: plan.goals[0].id, result: 'in_progress' }], nextReviewOn: dayFromToday(20) }).expect(200);
    expect(await followUp()).toMatchObject({ planReviewOn: dayFromToday(20), plan: 'soon' });
    expect(await caseload()).toMatchObject({ planReviewsOverdue: 0, planReviewsDueSoon: 1 });
    // Reviewed again before its review day: the activity report counts three reviews, one on time.
    await coord().post(`/support-plans/${plan.id}/review`, { evaluations: [{ goalId: plan.goals[0].id, result: 'achieved' }], nextReviewOn: dayFromToday(200) }).expect(200);
    const activity = (await sup().get(`/reports/activity?from=${dayFromToday(-60)}&to=${dayFromToday(0)}`).expect(200)).body;
    expect(activity.planReviews).toEqual({ total: 3, onTime: 1 });
    expect(await caseload(dayFromToday(-1))).toEqual(yesterday);
    expect(yesterday?.['planReviewsOverdue']).toBeGreaterThanOrEqual(1);
  });

  it('asks for the plan’s evaluation before the case closes', async () => {
    const kase = (await coord().post('/cases', { clientName: '終結 前子', openedOn: dayFromToday(-60) }).expect(201)).body;
    const plan = (await coord().post('/support-plans', { caseId: kase.id, agreedOn: dayFromToday(-30), agreedHow: 'with_client', reviewOn: dayFromToday(30), goals: [goal('外出の回数を増やす')] }).expect(201)).body as Plan;
    const close = () => sup().put(`/cases/${kase.id}`, { status: 'closed', closureReason: 'goal_reached' });
    const refused = await close();
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('PLAN_EVALUATION_REQUIRED');
    await coord().post(`/support-plans/${plan.id}/review`, { evaluations: [{ goalId: plan.goals[0].id, result: 'achieved' }], nextReviewOn: dayFromToday(60) }).expect(200);
    expect((await close()).status).toBe(200);
  });
});
