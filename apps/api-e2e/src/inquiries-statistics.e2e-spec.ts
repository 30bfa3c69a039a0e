import { japanDate } from '@tsunagu/contracts';
import { sqlClient } from '@tsunagu/testing';
import { as, Suite, useApi } from './support';

/**
 * The consultation figures (相談受付) of the activity report on a hand-built dataset. The period is
 * October 2026 (Japan time). Every expected figure is written out below, with the records that make it.
 *
 * Center A, October unless said otherwise (C1, C2: coordinators; S: staff):
 *   X1  anonymous, C1, 10-03, phone, self, web_search, 20s, 水戸市            chain of its own
 *   X2  anonymous, S, 10-05, visit, other, nothing known                      chain of its own
 *   N1  さくら, C1, 10-06, phone, family, municipal_office, 30s, 日立市       chain N (by nickname)
 *   N2  さくら, C2, 10-13, phone, family, -, 40s, -                           chain N
 *   N3  さくら, C1, 10-20, email, family, public_health_center, -, -          chain N
 *   P1  T-001, C2, 09-20, phone, self, school, 10s, つくば市 (before the period)  chain P (by caller number)
 *   P2  T-001, C2, 10-10, phone, self, -, 20s, -                              chain P
 *   W0  もみじ, C1, 10-02, phone, self, acquaintance, 60s, 笠間市, voided       chain W
 *   W1  もみじ, C1, 10-09, phone, family, nothing known                       chain W
 *   K1  かえで, C1, 10-07, phone, family, family_association, 30s, 水戸市     chain K, became case KC on 10-14
 *   K2  かえで, C1, 10-14, visit, family                                      chain K (converted from here by C1)
 *       KC (lead C1): an interview on 10-21
 *   L1  けやき, C2, 10-16, phone, self, medical_institution, 10s              chain L, converted by C2 today (December)
 *   B1  anonymous, C1, 10-31 23:30 JST, online_form, agency, other_agency, 50s, 水戸市
 *   B2  anonymous, C1, 11-01 00:10 JST, letter, self (November)
 *   Z   a case of C2's (no chain) with an interview on 10-22
 * Center B: an anonymous contact and a さくら contact in October, the latter's chain became a case
 * with an interview in October: never in center A's figures.
 */
describe('inquiries statistics', () => {
  const s: Suite = useApi();
  const OCTOBER = 'from=2026-10-01&to=2026-10-31';
  const c1 = () => as(s, s.org.users.aCoordinator);
  const c2 = () => as(s, s.org.users.aCoordinator2);
  const staff = () => as(s, s.org.users.aStaff);
  const sup = () => as(s, s.org.users.aSupervisor);
  const bCoord = () => as(s, s.org.users.bCoordinator);
  const zeroRoutes = {
    municipal_office: 0,
    public_health_center: 0,
    medical_institution: 0,
    school: 0,
    family_association: 0,
    web_search: 0,
    public_relations: 0,
    acquaintance: 0,
    other_agency: 0,
    other: 0,
    unknown: 0,
  };
  const zeroAges = { under_10: 0, '10s': 0, '20s': 0, '30s': 0, '40s': 0, '50s': 0, '60s': 0, '70_plus': 0, unknown: 0 };
  const zeroMethods = { phone: 0, visit: 0, email: 0, online_form: 0, letter: 0, other: 0 };
  const zeroCallers = { self: 0, family: 0, agency: 0, other: 0 };

  type Who = ReturnType<typeof as>;
  const log = async (who: Who, receivedAt: string, method: string, callerType: string, extra: object = {}) => {
    const res = await who.post('/inquiries', { receivedAt, method, callerType, summary: `${method} ${receivedAt}`, ...extra });
    expect(res.status).toBe(201);
    return res.body as { id: string; chainId: string };
  };
  const interview = (who: Who, caseId: string, heldAt: string) =>
    who.post('/interviews', { caseId, heldAt, method: 'phone', summary: `面談 ${heldAt}` }).expect(201);

  beforeAll(async () => {
    await log(c1(), '2026-10-03T10:00:00+09:00', 'phone', 'self', { route: 'web_search', personAgeBand: '20s', personMunicipality: '水戸市' }); // X1
    await log(staff(), '2026-10-05T14:00:00+09:00', 'visit', 'other'); // X2

    const n1 = await log(c1(), '2026-10-06T10:00:00+09:00', 'phone', 'family', {
      nickname: 'さくら',
      callerRelationship: 'mother',
      route: 'municipal_office',
      personAgeBand: '30s',
      personMunicipality: '日立市',
    });
    const n2 = await log(c2(), '2026-10-13T10:00:00+09:00', 'phone', 'family', { nickname: 'さくら', personAgeBand: '40s' });
    const n3 = await log(c1(), '2026-10-20T10:00:00+09:00', 'email', 'family', { nickname: 'さくら', route: 'public_health_center' });
    expect([n2.chainId, n3.chainId]).toEqual([n1.chainId, n1.chainId]);

    const p1 = await log(c2(), '2026-09-20T10:00:00+09:00', 'phone', 'self', { callerNumber: 'T-001', route: 'school', personAgeBand: '10s', personMunicipality: 'つくば市' });
    const p2 = await log(c2(), '2026-10-10T10:00:00+09:00', 'phone', 'self', { callerNumber: 'T-001', personAgeBand: '20s' });
    expect(p2.chainId).toBe(p1.chainId);

    // W0 is voided after W1 joined its chain: W1 becomes the chain's first current contact.
    const w0 = await log(c1(), '2026-10-02T10:00:00+09:00', 'phone', 'self', { nickname: 'もみじ', route: 'acquaintance', personAgeBand: '60s', personMunicipality: '笠間市' });
    const w1 = await log(c1(), '2026-10-09T10:00:00+09:00', 'phone', 'family', { nickname: 'もみじ' });
    expect(w1.chainId).toBe(w0.chainId);
    await sup().del(`/inquiries/${w0.id}`, { reason: '別の相談者の記録だったため' }).expect(200);

    const k1 = await log(c1(), '2026-10-07T10:00:00+09:00', 'phone', 'family', { nickname: 'かえで', route: 'family_association', personAgeBand: '30s', personMunicipality: '水戸市' });
    const k2 = await log(c1(), '2026-10-14T10:00:00+09:00', 'visit', 'family', { nickname: 'かえで' });
    expect(k2.chainId).toBe(k1.chainId);
    const kc = await c1().post(`/inquiries/${k2.id}/convert`, { clientName: '転換 かえで', openedOn: '2026-10-14' });
    expect(kc.status).toBe(201);
    await interview(c1(), kc.body.id, '2026-10-21T10:00:00+09:00');

    const l1 = await log(c2(), '2026-10-16T10:00:00+09:00', 'phone', 'self', { nickname: 'けやき', route: 'medical_institution', personAgeBand: '10s' });
    expect((await c2().post(`/inquiries/${l1.id}/convert`, { clientName: '転換 けやき' })).status).toBe(201);

    await log(c1(), '2026-10-31T23:30:00+09:00', 'online_form', 'agency', { route: 'other_agency', personAgeBand: '50s', personMunicipality: '水戸市' }); // B1
    await log(c1(), '2026-11-01T00:10:00+09:00', 'letter', 'self'); // B2

    const z = await c2().post('/cases', { clientName: '既存 ゼット', openedOn: '2026-09-01' });
    expect(z.status).toBe(201);
    await interview(c2(), z.body.id, '2026-10-22T10:00:00+09:00');

    // Center B.
    await log(bCoord(), '2026-10-10T10:00:00+09:00', 'phone', 'self', { route: 'school', personMunicipality: 'つくば市' });
    const bSakura = await log(bCoord(), '2026-10-11T10:00:00+09:00', 'visit', 'family', { nickname: 'さくら', personAgeBand: '70_plus' });
    expect(bSakura.chainId).not.toBe(n1.chainId);
    const bCase = await bCoord().post(`/inquiries/${bSakura.id}/convert`, { clientName: '他センター さくら', openedOn: '2026-10-15' });
    expect(bCase.status).toBe(201);
    await interview(bCoord(), bCase.body.id, '2026-10-20T10:00:00+09:00');

    // Opening a case dates it now (December 2026); the fixture moves K's and center B's conversions
    // into October, when they happened in this story (L's stays today, after the period).
    const db = await sqlClient(s.server.database.url);
    try {
      const moved = await db.query(`UPDATE inquiry_chains SET converted_at = $2 WHERE id = $1`, [k1.chainId, '2026-10-14T15:00:00+09:00']);
      const movedB = await db.query(`UPDATE inquiry_chains SET converted_at = $2 WHERE id = $1`, [bSakura.chainId, '2026-10-15T15:00:00+09:00']);
      expect([moved.rowCount, movedB.rowCount]).toEqual([1, 1]);
    } finally {
      await db.end();
    }
  });

  it("computes the center's consultation figures for October", async () => {
    const res = await sup().get(`/reports/activity?${OCTOBER}`);
    expect(res.status).toBe(200);
    expect(res.body.consultations).toEqual({
      firstContacts: 7, // X1, X2, N1, W1 (W0 voided), K1, L1, B1
      repeatContacts: 4, // N2, N3, P2 (P1 in September), K2
      persons: {
        total: 9,
        withCase: 2, // KC (its chain and its interview: once), Z
        withoutCase: 7, // X1, X2, N, P, W, L (became a case after October), B1
      },
      contacts: {
        total: 13, // 11 first-contact records + 2 interviews
        withCase: 4, // K1, K2, KC's and Z's interviews
        withoutCase: 9,
      },
      byCallerType: { ...zeroCallers, self: 3, family: 6, agency: 1, other: 1 }, // self X1 P2 L1; family N1-3 W1 K1 K2; agency B1; other X2
      byMethod: { ...zeroMethods, phone: 7, visit: 2, email: 1, online_form: 1 }, // visit X2 K2; email N3; online_form B1
      // By chain (X1, X2, N, P, W, K, L, B1), what its October contacts said last.
      byRoute: { ...zeroRoutes, web_search: 1, public_health_center: 1, family_association: 1, medical_institution: 1, other_agency: 1, unknown: 3 }, // unknown: X2, P, W
      byAgeBand: { ...zeroAges, '10s': 1, '20s': 2, '30s': 1, '40s': 1, '50s': 1, unknown: 2 }, // 10s L; 20s X1 P; 30s K; 40s N (N2); 50s B1; unknown X2 W
      byMunicipality: { 水戸市: 3, 日立市: 1, '': 4 }, // 水戸市 X1 K B1; 日立市 N; unknown X2 P W L
      convertedToCases: 1, // K (L in December)
    });
    // The cases' own figures: KC and Z, one interview each.
    expect(res.body).toMatchObject({ uniqueCases: 2, totalContacts: 2 });
  });

  it("gives a coordinator the contacts they took and their own cases' contacts", async () => {
    const res = await c1().get(`/reports/activity?${OCTOBER}`);
    expect(res.status).toBe(200);
    // C1 took X1, N1, N3, W1, K1, K2, B1, and leads KC.
    expect(res.body.consultations).toEqual({
      firstContacts: 5, // X1, N1, W1, K1, B1
      repeatContacts: 2, // N3, K2
      persons: { total: 5, withCase: 1, withoutCase: 4 }, // KC; X1, N, W, B1
      contacts: { total: 8, withCase: 3, withoutCase: 5 }, // 7 records + KC's interview; K1 K2 and the interview
      byCallerType: { ...zeroCallers, self: 1, family: 5, agency: 1 },
      byMethod: { ...zeroMethods, phone: 4, visit: 1, email: 1, online_form: 1 },
      byRoute: { ...zeroRoutes, web_search: 1, public_health_center: 1, family_association: 1, other_agency: 1, unknown: 1 },
      // N by C1's contacts only: 30s (N2, which said 40s, is C2's).
      byAgeBand: { ...zeroAges, '20s': 1, '30s': 2, '50s': 1, unknown: 1 },
      byMunicipality: { 水戸市: 3, 日立市: 1, '': 1 },
      convertedToCases: 1,
    });
    const other = await c2().get(`/reports/activity?${OCTOBER}`);
    // C2 took N2, P2, L1 and leads Z (and LC, without contacts).
    expect(other.body.consultations).toMatchObject({
      firstContacts: 1, // L1
      repeatContacts: 2, // N2, P2
      persons: { total: 4, withCase: 1, withoutCase: 3 }, // Z; N, P, L
      contacts: { total: 4, withCase: 1, withoutCase: 3 },
      byRoute: { ...zeroRoutes, medical_institution: 1, unknown: 2 },
      byAgeBand: { ...zeroAges, '10s': 1, '20s': 1, '40s': 1 },
      convertedToCases: 0,
    });
  });

  it('puts the contacts at the edges of the month in the month of their Japan day', async () => {
    const november = await sup().get('/reports/activity?from=2026-11-01&to=2026-11-30');
    expect(november.body.consultations).toMatchObject({
      firstContacts: 1, // B2
      repeatContacts: 0,
      persons: { total: 1, withCase: 0, withoutCase: 1 },
      contacts: { total: 1, withCase: 0, withoutCase: 1 },
      byMethod: { ...zeroMethods, letter: 1 },
      byCallerType: { ...zeroCallers, self: 1 },
      convertedToCases: 0,
    });
    const lastDay = await sup().get('/reports/activity?from=2026-10-31&to=2026-10-31');
    expect(lastDay.body.consultations).toMatchObject({ firstContacts: 1, repeatContacts: 0, byMethod: { ...zeroMethods, online_form: 1 }, byAgeBand: { ...zeroAges, '50s': 1 } });
  });

  it('counts a conversion in the period it happened, whenever the contacts were', async () => {
    // L became a case today: this month has the conversion but none of the contacts.
    const today = japanDate();
    const res = await sup().get(`/reports/activity?from=${today.slice(0, 8)}01&to=${today}`);
    expect(res.status).toBe(200);
    expect(res.body.consultations).toMatchObject({
      firstContacts: 0,
      repeatContacts: 0,
      persons: { total: 0, withCase: 0, withoutCase: 0 },
      contacts: { total: 0, withCase: 0, withoutCase: 0 },
      byMunicipality: {},
      convertedToCases: 1,
    });
    // For C1, who did not take L's contact, none.
    expect((await c1().get(`/reports/activity?from=${today.slice(0, 8)}01&to=${today}`)).body.consultations.convertedToCases).toBe(0);
  });

  it("keeps each center's figures to itself; the administrator counts every center or the one asked for", async () => {
    const b = await as(s, s.org.users.bSupervisor).get(`/reports/activity?${OCTOBER}`);
    expect(b.body.consultations).toEqual({
      firstContacts: 2,
      repeatContacts: 0,
      persons: { total: 2, withCase: 1, withoutCase: 1 },
      contacts: { total: 3, withCase: 2, withoutCase: 1 },
      byCallerType: { ...zeroCallers, self: 1, family: 1 },
      byMethod: { ...zeroMethods, phone: 1, visit: 1 },
      byRoute: { ...zeroRoutes, school: 1, unknown: 1 },
      byAgeBand: { ...zeroAges, '70_plus': 1, unknown: 1 },
      byMunicipality: { つくば市: 1, '': 1 },
      convertedToCases: 1,
    });
    const admin = as(s, s.org.admin);
    const all = await admin.get(`/reports/activity?${OCTOBER}`);
    expect(all.body.consultations).toMatchObject({
      firstContacts: 9,
      repeatContacts: 4,
      persons: { total: 11, withCase: 3, withoutCase: 8 },
      contacts: { total: 16, withCase: 6, withoutCase: 10 },
      convertedToCases: 2,
    });
    const centerA = await admin.get(`/reports/activity?${OCTOBER}&centerId=${s.org.centers.a.id}`);
    expect(centerA.body.consultations).toMatchObject({ firstContacts: 7, repeatContacts: 4, persons: { total: 9, withCase: 2, withoutCase: 7 }, convertedToCases: 1 });
    // Staff read the referral figures only: nothing of the consultations.
    expect((await staff().get(`/reports/activity?${OCTOBER}`)).body.consultations).toBeUndefined();
  });

  it('exports the consultation figures in the CSV, under 相談受付', async () => {
    const res = await sup().get(`/reports/activity?${OCTOBER}&format=csv`);
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('区分,項目,内訳,件数');
    const consultation = lines.filter((l) => l.startsWith('相談受付'));
    expect(consultation.slice(0, 9)).toEqual([
      '相談受付,初回相談,,7',
      '相談受付,継続相談,,4',
      '相談受付,実人数,計,9',
      '相談受付,実人数,ケースあり,2',
      '相談受付,実人数,ケースなし,7',
      '相談受付,延べ件数,計,13',
      '相談受付,延べ件数,ケースあり,4',
      '相談受付,延べ件数,ケースなし,9',
      '相談受付,ケース化,,1',
    ]);
    expect(consultation).toEqual(
      expect.arrayContaining([
        '相談受付・相談者,家族,,6',
        '相談受付・相談者,関係機関,,1',
        '相談受付・方法,電話,,7',
        '相談受付・方法,ウェブフォーム,,1',
        '相談受付・相談経路,保健所・保健センター,,1',
        '相談受付・相談経路,不明,,3',
        '相談受付・対象者の年代,20代,,2',
        '相談受付・対象者の市区町村,水戸市,,3',
        '相談受付・対象者の市区町村,日立市,,1',
        '相談受付・対象者の市区町村,不明,,4',
      ]),
    );
    // No ids, no names of callers.
    expect(consultation.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|さくら|かえで/);
  });
});
