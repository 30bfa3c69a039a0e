import { AGENCY_TYPES } from '@tsunagu/contracts';
import { sqlClient } from '@tsunagu/testing';
import { as, Suite, useApi } from './support';

/**
 * Report correctness on a hand-built dataset. The period is April 2026 (Japan time). Every
 * expected figure is written out below, with the records that make it.
 */
describe('reports', () => {
  const s: Suite = useApi();
  const PERIOD = 'from=2026-04-01&to=2026-04-30';
  const c1 = () => as(s, s.org.users.aCoordinator);
  const c2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  const staff = () => as(s, s.org.users.aStaff);
  const ids = {} as Record<'k1' | 'k2' | 'k3' | 'k4' | 'k5' | 'k6' | 'k7' | 'mother1' | 'mother2' | 'saposute' | 'hellowork', string>;

  beforeAll(async () => {
    // K1 (lead C1, second C2): continuing; 45 at the end of April, male, hikikomori since 2016-04 (10 years), lives with a mother of 76 (8050).
    ids.k1 = (await c1().post('/cases', { clientName: '継続 一郎', birthDate: '1980-06-01', sex: 'male', hikikomoriSince: '2016-04', clientContact: 'indirect', openedOn: '2026-03-10' })).body.id;
    ids.mother1 = (await c1().post('/family-members', { caseId: ids.k1, relationship: 'mother', name: '継続 母', birthYear: 1950, livesWithClient: true })).body.id;
    const k1 = await sup().get(`/cases/${ids.k1}`);
    await sup().put(`/cases/${ids.k1}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id], version: k1.body.version }).expect(200);
    const interview = (heldAt: string, method: string, extra: object = {}) =>
      c1().post('/interviews', { caseId: ids.k1, heldAt, method, summary: `${method} ${heldAt}`, ...extra }).expect(201);
    await interview('2026-03-31T23:30:00+09:00', 'phone', { familyMemberIds: [ids.mother1] }); // the day before: not counted
    await interview('2026-04-01T00:05:00+09:00', 'phone', { familyMemberIds: [ids.mother1] }); // first minutes of the period: family
    await interview('2026-04-20T10:00:00+09:00', 'in_person', { participants: ['client'] }); // client
    await interview('2026-04-30T23:50:00+09:00', 'email', { participants: ['client'], nextContactOn: '2026-05-07' }); // last minutes: client
    await interview('2026-05-01T00:10:00+09:00', 'phone', {}); // the day after: not counted
    const voided = (await interview('2026-04-10T10:00:00+09:00', 'phone', {})).body.id;
    await sup().del(`/interviews/${voided}`, { reason: '誤入力' }).expect(200);

    // K2 (lead C1): new in April, age and duration unknown, female, family-only; an outreach visit (met the family) and the mother at a family class.
    ids.k2 = (await c1().post('/cases', { clientName: '新規 花', sex: 'female', clientContact: 'none', openedOn: '2026-04-10' })).body.id;
    ids.mother2 = (await c1().post('/family-members', { caseId: ids.k2, relationship: 'mother', name: '新規 母', birthYear: 1960 })).body.id;
    await c1().post('/consents', { caseId: ids.k2, givenBy: 'family', familyMemberId: ids.mother2, purpose: 'outreach', method: 'written', givenOn: '2026-04-01' }).expect(201);
    await c1().post('/outreach-visits', { caseId: ids.k2, visitedAt: '2026-04-15T14:00:00+09:00', outcome: 'met_family', summary: '母と玄関先で', nextContactOn: '2026-04-20' }).expect(201);
    const program = (await sup().post('/programs', { name: '家族教室', kind: 'family_class' })).body.id;
    const session = (await c1().post('/program-sessions', { programId: program, heldOn: '2026-04-22', topic: '家族の対応' })).body.id;
    await c1().post(`/program-sessions/${session}/attendances`, { entries: [{ caseId: ids.k2, attendee: 'family', familyMemberId: ids.mother2 }] }).expect(201);

    // K3 (lead C2): opened 2025, closed in March, reopened on 12 April; 31, male, hikikomori for 3 months; an online meeting with an agency.
    ids.k3 = (await sup().post('/cases', { clientName: '再開 三郎', birthYear: 1995, sex: 'male', hikikomoriSince: '2026-01', clientContact: 'direct', openedOn: '2025-05-01', leadCoordinatorId: s.org.users.aCoordinator2.id })).body.id;
    await sup().put(`/cases/${ids.k3}`, { status: 'active' }).expect(200);
    await sup().put(`/cases/${ids.k3}`, { status: 'closed', closureReason: 'goal_reached', closedOn: '2026-03-20' }).expect(200);
    await sup().put(`/cases/${ids.k3}`, { status: 'active' }).expect(200);
    ids.saposute = (await staff().post('/agencies', { name: 'サポステ', type: 'youth_support_station' })).body.id;
    ids.hellowork = (await staff().post('/agencies', { name: 'ハローワーク', type: 'hello_work' })).body.id;
    await c2().post('/interviews', { caseId: ids.k3, heldAt: '2026-04-12T15:00:00+09:00', method: 'online', agencyIds: [ids.saposute], summary: '関係機関とオンライン' }).expect(201);

    // K4 (lead C2): closed on 25 April, moved away; no contact in April.
    ids.k4 = (await sup().post('/cases', { clientName: '終結 四郎', openedOn: '2026-01-15', leadCoordinatorId: s.org.users.aCoordinator2.id, clientContact: 'direct' })).body.id;
    await sup().put(`/cases/${ids.k4}`, { status: 'closed', closureReason: 'moved_away', closedOn: '2026-04-25' }).expect(200);

    // K5 (lead C1): voided, with a contact in April: never counts.
    ids.k5 = (await c1().post('/cases', { clientName: '取消 五郎', openedOn: '2026-04-05' })).body.id;
    await c1().post('/interviews', { caseId: ids.k5, heldAt: '2026-04-06T10:00:00+09:00', method: 'phone', summary: 'x' }).expect(201);
    await sup().del(`/cases/${ids.k5}`, { reason: '重複登録' }).expect(200);

    // K7 (lead C1): opened in January, never contacted: 110 days without contact at the end of April.
    ids.k7 = (await c1().post('/cases', { clientName: '無接触 七子', openedOn: '2026-01-10', clientContact: 'direct' })).body.id;

    // K6: another center's case with April activity: never in center A's figures.
    ids.k6 = (await as(s, s.org.users.bCoordinator).post('/cases', { clientName: '他センター', openedOn: '2026-04-03' })).body.id;
    await as(s, s.org.users.bCoordinator).post('/interviews', { caseId: ids.k6, heldAt: '2026-04-05T10:00:00+09:00', method: 'phone', summary: 'x' }).expect(201);

    // Referrals of K1: one sent in April (consent), one cancelled in April, one planned in March.
    await c1().post('/consents', { caseId: ids.k1, givenBy: 'client', purpose: 'information_sharing', agencyId: ids.saposute, categories: ['basic'], method: 'written', givenOn: '2026-04-01' }).expect(201);
    const sent = (await staff().post('/referrals', { caseId: ids.k1, agencyId: ids.saposute, subject: 'client', reason: '就労相談', plannedOn: '2026-04-08' })).body.id;
    await staff().put(`/referrals/${sent}`, { status: 'referred', stepOn: '2026-04-09' }).expect(200);
    const cancelled = (await staff().post('/referrals', { caseId: ids.k1, agencyId: ids.hellowork, subject: 'client', reason: '求職', plannedOn: '2026-04-16' })).body.id;
    await staff().put(`/referrals/${cancelled}`, { status: 'cancelled', stepOn: '2026-04-17' }).expect(200);
    await staff().post('/referrals', { caseId: ids.k1, agencyId: ids.hellowork, subject: 'client', reason: '三月の予定', plannedOn: '2026-03-30' }).expect(201);

    // The reopening happened on 12 April (the API dates a reopening today; the fixture moves it into the period).
    const db = await sqlClient(s.server.database.url);
    try {
      await db.query(`UPDATE case_status_changes SET changed_on = '2026-04-12' WHERE case_id = $1 AND from_status = 'closed'`, [ids.k3]);
    } finally {
      await db.end();
    }
  });

  it("computes the center's activity statistics for April", async () => {
    const res = await sup().get(`/reports/activity?${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      from: '2026-04-01',
      to: '2026-04-30',
      uniqueCases: 3, // K1, K2, K3
      totalContacts: 6, // K1: 3 interviews; K2: a visit and an attendance; K3: 1 interview
      newCases: 1, // K2
      continuingCases: 1, // K1
      reopenedCases: 1, // K3
      byMethod: { in_person: 1, phone: 1, online: 1, email: 1, sns: 0, accompanied: 0, outreach: 1 },
      byParticipant: { client: 2, family: 3, agency: 1 },
      byAgeDecade: { under_10: 0, '10s': 0, '20s': 0, '30s': 1, '40s': 1, '50s': 0, '60s': 0, '70_plus': 0, unknown: 1 },
      bySex: { female: 1, male: 2, other: 0, unknown: 0 },
      byDurationBand: { under_6m: 1, '6m_1y': 0, '1_3y': 0, '3_5y': 0, '5_7y': 0, '7_10y': 0, '10_20y': 1, '20y_plus': 0, unknown: 1 },
      outreachByOutcome: { met_client: 0, met_family: 1, no_answer: 0, letter_left: 0 },
      programs: { sessions: 1, attendances: 1, uniqueCases: 1 },
      referralsByAgencyType: { youth_support_station: { referred: 1 }, hello_work: { cancelled: 1 } },
      closuresByReason: { goal_reached: 0, lapsed: 0, moved_away: 1, transferred: 0, other: 0 },
      // No conference was held and no plan reviewed in April: every kind and type at zero.
      conferences: {
        byKind: { internal: 0, welfare_act_meeting: 0, poverty_act_meeting: 0, consent_based: 0 },
        casesDiscussed: 0,
        outsideAgenciesByType: Object.fromEntries(AGENCY_TYPES.map((t) => [t, 0])),
      },
      planReviews: { total: 0, onTime: 0 },
      contactsByMonth: { '2026-04': { phone: 1, in_person: 1, email: 1, online: 1, outreach: 1, program: 1 } },
      // No first contact in April: the consultation figures are the three cases and their six contacts.
      consultations: {
        firstContacts: 0,
        repeatContacts: 0,
        persons: { total: 3, withCase: 3, withoutCase: 0 },
        contacts: { total: 6, withCase: 6, withoutCase: 0 },
        byCallerType: { self: 0, family: 0, agency: 0, other: 0 },
        byMethod: { phone: 0, visit: 0, email: 0, online_form: 0, letter: 0, other: 0 },
        byRoute: { municipal_office: 0, public_health_center: 0, medical_institution: 0, school: 0, family_association: 0, web_search: 0, public_relations: 0, acquaintance: 0, other_agency: 0, other: 0, unknown: 0 },
        byAgeBand: { under_10: 0, '10s': 0, '20s': 0, '30s': 0, '40s': 0, '50s': 0, '60s': 0, '70_plus': 0, unknown: 0 },
        byMunicipality: {},
        convertedToCases: 0,
      },
    });
  });

  it("computes each coordinator's caseload at the end of April", async () => {
    const res = await sup().get(`/reports/caseload?${PERIOD}`);
    expect(res.status).toBe(200);
    const zero = { leadCases: 0, secondCases: 0, newCases: 0, closedCases: 0, contacts: 0, interviews: 0, outreachVisits: 0, attendances: 0, noContact30: 0, noContact60: 0, noContact90: 0, overdueFollowUps: 0, familyOnlyCases: 0, cases8050: 0, assessmentsOverdue: 0, assessmentsDueSoon: 0, notAssessed: 0, planReviewsOverdue: 0, planReviewsDueSoon: 0, noPlan: 0 };
    const c1Row = { ...zero, leadCases: 3, newCases: 1, contacts: 5, interviews: 3, outreachVisits: 1, attendances: 1, noContact30: 1, noContact60: 1, noContact90: 1, overdueFollowUps: 1, familyOnlyCases: 1, cases8050: 1, notAssessed: 3, noPlan: 3 };
    // No case has an assessment or a plan yet: every open case they lead counts as neither.
    const c2Row = { ...zero, leadCases: 1, secondCases: 1, closedCases: 1, contacts: 1, interviews: 1, notAssessed: 1, noPlan: 1 };
    const byName = Object.fromEntries(res.body.rows.map((r: { coordinatorName: string }) => [r.coordinatorName, r]));
    expect(Object.keys(byName).sort()).toEqual(['相談 次郎', '相談 花子', '監督 一郎'].sort());
    expect(byName['相談 花子']).toEqual({ coordinatorId: s.org.users.aCoordinator.id, coordinatorName: '相談 花子', ...c1Row });
    expect(byName['相談 次郎']).toEqual({ coordinatorId: s.org.users.aCoordinator2.id, coordinatorName: '相談 次郎', ...c2Row });
    expect(byName['監督 一郎']).toMatchObject(zero);
    expect(res.body.totals).toEqual({ ...zero, leadCases: 4, secondCases: 1, newCases: 1, closedCases: 1, contacts: 6, interviews: 4, outreachVisits: 1, attendances: 1, noContact30: 1, noContact60: 1, noContact90: 1, overdueFollowUps: 1, familyOnlyCases: 1, cases8050: 1, notAssessed: 4, noPlan: 4 });
  });

  it("gives a coordinator their own row and their own caseload's statistics only", async () => {
    const caseload = await c1().get(`/reports/caseload?${PERIOD}`);
    expect(caseload.body.rows.map((r: { coordinatorId: string }) => r.coordinatorId)).toEqual([s.org.users.aCoordinator.id]);
    const activity = await c2().get(`/reports/activity?${PERIOD}`);
    // C2 leads K3 and K4 and seconds K1: K1's 3 interviews and K3's interview.
    expect(activity.body).toMatchObject({ uniqueCases: 2, totalContacts: 4, newCases: 0, reopenedCases: 1, continuingCases: 1 });
  });

  it('gives staff the referral statistics only, and admin counts for every center without names', async () => {
    const st = await staff().get(`/reports/activity?${PERIOD}`);
    expect(st.body).toEqual({ from: '2026-04-01', to: '2026-04-30', referralsByAgencyType: { youth_support_station: { referred: 1 }, hello_work: { cancelled: 1 } } });
    expect((await staff().get(`/reports/caseload?${PERIOD}`)).status).toBe(403);
    const admin = as(s, s.org.admin);
    const all = await admin.get(`/reports/activity?${PERIOD}`);
    expect(all.body).toMatchObject({ uniqueCases: 4, totalContacts: 7, newCases: 2 });
    const centerB = await admin.get(`/reports/activity?${PERIOD}&centerId=${s.org.centers.b.id}`);
    expect(centerB.body).toMatchObject({ uniqueCases: 1, totalContacts: 1, newCases: 1 });
    const caseload = await admin.get(`/reports/caseload?${PERIOD}`);
    expect(caseload.body.rows.map((r: { coordinatorId: string }) => r.coordinatorId).sort()).toEqual([s.org.centers.a.id, s.org.centers.b.id].sort());
    expect(JSON.stringify(caseload.body)).not.toMatch(/相談|監督/);
    expect((await sup().get(`/reports/activity?${PERIOD}&centerId=${s.org.centers.b.id}`)).status).toBe(400);
  });

  it("never counts another center's data for a supervisor", async () => {
    const b = await as(s, s.org.users.bSupervisor).get(`/reports/activity?${PERIOD}`);
    expect(b.body).toMatchObject({ uniqueCases: 1, totalContacts: 1, newCases: 1, continuingCases: 0 });
  });

  it('exports CSV with a BOM, a header row, one row per figure and Japanese labels, and audits it', async () => {
    const res = await sup().get(`/reports/activity?${PERIOD}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    // The period is in the file's name, the header is the first row (Excel opens it as a table).
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="tsunagu-activity-2026-04-01-2026-04-30.csv"/);
    const text: string = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('区分,項目,内訳,件数');
    expect(lines).toEqual(expect.arrayContaining(['合計,実人数,,3', '合計,延べ件数,,6', '支援方法,電話,,1', '相談者,家族,,3', '本人の年代,40代,,1', 'ひきこもり期間,10〜20年未満,,1', '紹介先の種別,地域若者サポートステーション,紹介済み（回答待ち）,1', '終結理由,転居,,1']));
    const caseload = await sup().get(`/reports/caseload?${PERIOD}&format=csv`);
    const rows = caseload.text.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe('担当者,主担当ケース数,副担当ケース数,新規ケース,終結ケース,支援件数(計),面談・相談,訪問支援,プログラム参加,30日以上接触なし,60日以上接触なし,90日以上接触なし,次回予定超過,家族のみの相談,8050ケース,アセスメント見直し超過,30日以内にアセスメント見直し,アセスメント未実施,支援計画見直し超過,30日以内に支援計画見直し,支援計画なし');
    expect(rows).toContain('相談 花子,3,0,1,0,5,3,1,1,1,1,1,1,1,1,0,0,3,0,0,3');
    expect(rows.at(-1)).toBe('合計,4,1,1,1,6,4,1,1,1,1,1,1,1,1,0,0,4,0,0,4');
    const audit = await sup().get(`/audit-logs?filter=${encodeURIComponent(JSON.stringify({ action: 'export' }))}`);
    expect(audit.body.map((e: { entity: string }) => e.entity).sort()).toEqual(['report_activity', 'report_caseload']);
  });

  it('refuses a malformed or reversed period with 400', async () => {
    expect((await sup().get('/reports/activity?from=2026-04-31')).status).toBe(400);
    expect((await sup().get('/reports/activity?from=2026-05-01&to=2026-04-01')).status).toBe(400);
    expect((await sup().get('/reports/caseload?format=xlsx')).status).toBe(400);
  });
});
