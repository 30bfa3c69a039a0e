import { addMonths, ASSESSMENT_DOMAINS } from '@tsunagu/contracts';
import { as, dayFromToday, Suite, useApi } from './support';

type Assessment = { id: string; version: number; latest: boolean; change: Record<string, number | null>; nextDueOn: string | null } & Record<string, unknown>;

/** アセスメント: the domain history, what may change, who sees it, and when the next is due. */
describe('assessments', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const filter = (f: object) => `?filter=${encodeURIComponent(JSON.stringify(f))}`;
  /** Every domain at `score` (null: not known), with a few overridden. */
  const ratings = (score: number | null, over: Record<string, number | null> = {}) =>
    Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: d in over ? over[d] : score, note: null }]));
  let caseId: string;
  let first: Assessment;
  let second: Assessment;

  beforeAll(async () => {
    caseId = (await coord().post('/cases', { clientName: '評価 太郎', openedOn: dayFromToday(-400) }).expect(201)).body.id;
  });

  it('records an assessment of every domain, by default today and by its author, with the next due in six months', async () => {
    const res = await coord().post('/assessments', { caseId, assessedOn: dayFromToday(-170), ratings: ratings(2, { social: 1, finances: null }), strengths: '絵を描くのが好き', wishes: '一人で外出できるようになりたい' });
    expect(res.status).toBe(201);
    first = res.body;
    expect(first).toMatchObject({
      caseId,
      assessedOn: dayFromToday(-170),
      assessorId: s.org.users.aCoordinator.id,
      latest: true,
      nextDueOn: addMonths(dayFromToday(-170), 6),
      strengths: '絵を描くのが好き',
      version: 1,
    });
    expect(first['ratings']).toMatchObject({ social: { score: 1, note: null }, finances: { score: null, note: null } });
    expect(Object.values(first.change).every((v) => v === null)).toBe(true);
  });

  it('shows how each domain changed since the one before, and only the newest changes', async () => {
    const res = await coord().post('/assessments', { caseId, ratings: ratings(3, { social: 3, risk: 1, finances: 2 }) });
    expect(res.status).toBe(201);
    second = res.body;
    expect(second).toMatchObject({ assessedOn: dayFromToday(0), latest: true, nextDueOn: addMonths(dayFromToday(0), 6) });
    expect(second.change).toMatchObject({ social: 2, health: 1, risk: -1, finances: null });

    const history = (await coord().get(`/assessments${filter({ caseId })}`).expect(200)).body as Assessment[];
    expect(history.map((a) => [a.id, a.latest, a.nextDueOn])).toEqual([
      [second.id, true, addMonths(dayFromToday(0), 6)],
      [first.id, false, null],
    ]);

    const older = await coord().put(`/assessments/${first.id}`, { ...history[1], wishes: '書き換え' });
    expect(older.status).toBe(422);
    expect(older.body.code).toBe('ASSESSMENT_SUPERSEDED');
    // The older one sent back unchanged is no change at all.
    expect((await coord().put(`/assessments/${first.id}`, history[1])).status).toBe(200);

    const newest = await coord().put(`/assessments/${second.id}`, { ...history[0], ratings: { ...history[0]['ratings'] as object, risk: { score: 2, note: '自傷の訴えはない' } } });
    expect(newest.status).toBe(200);
    expect(newest.body).toMatchObject({ version: 2, change: { risk: 0 } });
    expect((await coord().put(`/assessments/${second.id}`, { ...history[0], wishes: '古い版から' })).status).toBe(409);
  });

  it('is changed by its author or a supervisor only, and voided by a supervisor (the one before becomes the newest)', async () => {
    await sup().put(`/cases/${caseId}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id] }).expect(200);
    const current = (await coord2().get(`/assessments/${second.id}`).expect(200)).body;
    const other = await coord2().put(`/assessments/${second.id}`, { ...current, wishes: '副担当から' });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('CORRECTION_AUTHOR_ONLY');
    expect((await sup().put(`/assessments/${second.id}`, { ...current, wishes: 'スーパーバイザーが補足' })).status).toBe(200);

    expect((await coord().del(`/assessments/${second.id}`, { reason: '別ケースの評価を誤って記録' })).status).toBe(403);
    await sup().del(`/assessments/${second.id}`, { reason: '別ケースの評価を誤って記録' }).expect(200);
    const now = (await coord().get(`/assessments/${first.id}`).expect(200)).body;
    expect(now).toMatchObject({ latest: true, nextDueOn: addMonths(dayFromToday(-170), 6) });
    expect((await coord().get(`/assessments${filter({ caseId })}`).expect(200)).body.map((a: Assessment) => a.id)).toEqual([first.id]);
  });

  it("follows the case's rules: others' cases are not found, staff and the administrator may not", async () => {
    const stranger = as(s, s.org.users.bCoordinator);
    expect((await stranger.get(`/assessments/${first.id}`)).status).toBe(404);
    expect((await stranger.get(`/assessments${filter({ caseId })}`)).body).toEqual([]);
    expect((await as(s, s.org.users.bSupervisor).post('/assessments', { caseId, ratings: ratings(3) })).status).toBe(404);
    for (const who of [s.org.users.aStaff, s.org.admin]) {
      expect((await as(s, who).get(`/assessments${filter({ caseId })}`)).status).toBe(403);
      expect((await as(s, who).get(`/assessments/${first.id}`)).status).toBe(403);
    }
    const own = (await coord2().post('/cases', { clientName: '別件 花子' }).expect(201)).body.id;
    await coord2().post('/assessments', { caseId: own, ratings: ratings(4) }).expect(201);
    expect((await coord().get(`/assessments${filter({ caseId: own })}`)).body).toEqual([]);
  });

  it('refuses a missing domain, a score out of range, a future or pre-intake day and an assessor who is not a coordinator', async () => {
    const { risk, ...withoutRisk } = ratings(3);
    void risk;
    const missing = await coord().post('/assessments', { caseId, ratings: withoutRisk });
    expect(missing.status).toBe(400);
    expect(missing.body.message.join(' ')).toContain('ratings.risk');
    const high = await coord().post('/assessments', { caseId, ratings: ratings(3, { health: 6 }) });
    expect(high.status).toBe(400);
    expect(high.body.message.join(' ')).toContain('ratings.health.score');
    expect((await coord().post('/assessments', { caseId, assessedOn: dayFromToday(2), ratings: ratings(3) })).status).toBe(400);
    const early = await coord().post('/assessments', { caseId, assessedOn: dayFromToday(-500), ratings: ratings(3) });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('CONTACT_BEFORE_OPENED');
    const staffAssessor = await coord().post('/assessments', { caseId, assessorId: s.org.users.aStaff.id, ratings: ratings(3) });
    expect(staffAssessor.status).toBe(400);
    expect(staffAssessor.body.code).toBe('ASSESSMENT_ASSESSOR');
    expect((await coord().get(`/assessments${filter({ caseId })}`)).body).toHaveLength(1);
  });

  it("puts the reassessment on the coordinator's follow-ups: due within 30 days, then overdue", async () => {
    const mine = async (f: object = {}) => ((await coord().get(`/follow-ups${filter(f)}&range=[0,99]`).expect(200)).body as Array<Record<string, unknown>>).filter((r) => r['id'] === caseId);
    expect(await mine()).toEqual([expect.objectContaining({ assessmentDueOn: addMonths(dayFromToday(-170), 6), assessment: 'soon' })]);
    expect(await mine({ assessment: 'overdue' })).toEqual([]);
    expect((await coord().get(`/follow-ups${filter({ assessment: 'late' })}`)).status).toBe(400);
  });

  it("dates the next assessment by the center's own interval", async () => {
    const center = (await as(s, s.org.admin).get(`/centers/${s.org.centers.a.id}`).expect(200)).body;
    expect(center.reassessmentMonths).toBe(6);
    await as(s, s.org.admin).put(`/centers/${s.org.centers.a.id}`, { ...center, reassessmentMonths: 3 }).expect(200);
    expect((await coord().get(`/assessments/${first.id}`).expect(200)).body.nextDueOn).toBe(addMonths(dayFromToday(-170), 3));
    const overdue = (await coord().get(`/follow-ups${filter({ assessment: 'overdue' })}`).expect(200)).body as Array<Record<string, unknown>>;
    expect(overdue.map((r) => [r['id'], r['assessmentDueOn']])).toEqual([[caseId, addMonths(dayFromToday(-170), 3)]]);
    // The caseload report counts it for its lead coordinator: overdue now, due soon at the end of a period before.
    const row = async (to: string) =>
      ((await sup().get(`/reports/caseload?from=${dayFromToday(-400)}&to=${to}`).expect(200)).body.rows as Array<Record<string, unknown>>).find(
        (r) => r['coordinatorId'] === s.org.users.aCoordinator.id,
      );
    expect(await row(dayFromToday(0))).toMatchObject({ assessmentsOverdue: 1, assessmentsDueSoon: 0, notAssessed: 0 });
    expect(await row(dayFromToday(-90))).toMatchObject({ assessmentsOverdue: 0, assessmentsDueSoon: 1, notAssessed: 0 });
    expect(await row(dayFromToday(-171))).toMatchObject({ assessmentsOverdue: 0, assessmentsDueSoon: 0, notAssessed: 1 });
    expect((await as(s, s.org.admin).put(`/centers/${s.org.centers.a.id}`, { reassessmentMonths: 0 })).status).toBe(400);
  });
});
