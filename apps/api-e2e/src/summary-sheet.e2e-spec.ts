import type { SummarySheetDto } from '@tsunagu/contracts';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

/** The case summary sheet (ケース概要票, issue 11 §8): shaped by the API for its variant, audited as an export. */
describe('GET /cases/:id/summary-sheet', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const coord2 = () => as(s, s.org.users.aCoordinator2);
  const sup = () => as(s, s.org.users.aSupervisor);
  let caseId: string;
  let caseNumber: string;
  const sheet = (who: ReturnType<typeof as>, query = '') => who.get(`/cases/${caseId}/summary-sheet${query}`);

  beforeAll(async () => {
    const created = await coord().post('/cases', { clientName: '概要 太郎', birthDate: '1975-04-10', chiefConcern: '外出できない', openedOn: dayFromToday(-200) }).expect(201);
    caseId = created.body.id;
    caseNumber = created.body.caseNumber;
    // The second coordinator reads the case, but not the lead's confidential notes.
    await sup().put(`/cases/${caseId}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id], version: created.body.version }).expect(200);
    const mother = await coord().post('/family-members', { caseId, relationship: 'mother', name: '概要 花江', birthYear: 1948, mainConsulter: true }).expect(201);
    await coord().post('/consents', { caseId, givenBy: 'family', familyMemberId: mother.body.id, purpose: 'outreach', method: 'written', givenOn: dayFromToday(-100) }).expect(201);
    const old = await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: dayFromToday(-150) }).expect(201);
    await coord().post(`/consents/${old.body.id}/withdraw`, { withdrawnOn: dayFromToday(-10), reason: '本人の希望' }).expect(200);
    await coord()
      .post('/interviews', {
        caseId,
        method: 'phone',
        summary: '母より電話。最近は夜に散歩している。',
        confidentialNote: '父の飲酒について秘匿',
        heldAt: `${dayFromToday(-20)}T10:00:00+09:00`,
        participants: ['family'],
        familyMemberIds: [mother.body.id],
      })
      .expect(201);
    await coord()
      .post('/outreach-visits', { caseId, outcome: 'met_family', location: 'doorstep', summary: '玄関先で母と話した。', visitedAt: `${dayFromToday(-5)}T14:00:00+09:00` })
      .expect(201);
    await coord().post('/interviews', { caseId, method: 'in_person', summary: '初回の来所相談。', heldAt: `${dayFromToday(-150)}T10:00:00+09:00` }).expect(201);
  });

  it('gives the lead coordinator the full sheet: overview, family by name, active consents, the period\u2019s contacts with their notes', async () => {
    const res = await sheet(coord(), `?variant=full&from=${dayFromToday(-30)}&to=${dayFromToday(0)}`);
    expect(res.status).toBe(200);
    const body = res.body as SummarySheetDto;
    expect(body.variant).toBe('full');
    expect(body.case).toMatchObject({ caseNumber, clientName: '概要 太郎', chiefConcern: '外出できない', leadCoordinator: '相談 花子', secondCoordinators: ['相談 次郎'], centerName: 'テストA市センター' });
    expect(body.madeBy).toBe('相談 花子');
    expect(body.family).toEqual([{ relationship: 'mother', name: '概要 花江', birthYear: 1948, livesWithClient: true, mainConsulter: true }]);
    // Only the consents active today: the withdrawn one is left out.
    expect(body.consents.map((k) => k.purpose)).toEqual(['outreach']);
    expect(body.consents[0]).toMatchObject({ givenBy: 'family', giverRelationship: 'mother', giverName: '概要 花江' });
    // The period's contacts, oldest first; the one 150 days ago is outside it.
    expect(body.contacts.map((c) => c.kind)).toEqual(['interview', 'outreach_visit']);
    expect(body.contacts[0]).toMatchObject({ detail: 'phone', familyRelationships: ['mother'], recordedBy: '相談 花子', confidentialNote: '父の飲酒について秘匿' });
    expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('leaves out confidential notes and family names in the sharing variant, whoever asks', async () => {
    for (const who of [coord(), sup()]) {
      const res = await sheet(who, `?variant=sharing&from=${dayFromToday(-365)}`);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(res.body.variant).toBe('sharing');
      expect(text).not.toContain('父の飲酒について秘匿');
      expect(text).not.toContain('概要 花江');
      expect(text).not.toContain('1948');
      expect(res.body.family).toEqual([{ relationship: 'mother', name: null, birthYear: null, livesWithClient: null, mainConsulter: null }]);
      expect(res.body.consents[0]).toMatchObject({ giverRelationship: 'mother', giverName: null });
      expect(res.body.contacts).toHaveLength(3);
      expect(text).toContain('母より電話');
    }
  });

  it('shows a confidential note on the full sheet only to its author and supervisors', async () => {
    const period = `?from=${dayFromToday(-30)}`;
    const byOther = await sheet(coord2(), period).expect(200);
    expect(byOther.body.contacts[0].summary).toContain('母より電話');
    expect(byOther.body.contacts[0].confidentialNote).toBeNull();
    expect(JSON.stringify(byOther.body)).not.toContain('父の飲酒について秘匿');
    expect(byOther.body.family[0].name).toBe('概要 花江');
    const bySupervisor = await sheet(sup(), period).expect(200);
    expect(bySupervisor.body.contacts[0].confidentialNote).toBe('父の飲酒について秘匿');
  });

  it('answers 404 for a case the user may not see, and 403 to roles that do not read case content', async () => {
    expect((await sheet(as(s, s.org.users.bSupervisor))).status).toBe(404);
    expect((await sheet(as(s, s.org.users.bCoordinator))).status).toBe(404);
    const unassigned = await coord2().post('/cases', { clientName: '別件 次郎' }).expect(201);
    expect((await coord().get(`/cases/${unassigned.body.id}/summary-sheet`)).status).toBe(404);
    expect((await sheet(as(s, s.org.admin))).status).toBe(403);
    expect((await sheet(as(s, s.org.users.aStaff))).status).toBe(403);
    expect((await coord().get('/cases/00000000-0000-4000-8000-000000000000/summary-sheet')).status).toBe(404);
  });

  it('refuses a period that runs backwards or a variant it does not know', async () => {
    const backwards = await sheet(coord(), `?from=${dayFromToday(0)}&to=${dayFromToday(-10)}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.code).toBe('SUMMARY_SHEET_PERIOD');
    expect((await sheet(coord(), '?variant=secret')).status).toBe(400);
    expect((await sheet(coord(), '?from=2026-13-01')).status).toBe(400);
  });

  it('records each sheet made as an export, with its variant and period', async () => {
    const where = `action = 'export' AND entity = 'case_summary_sheet' AND case_id = '${caseId}'`;
    const before = await countRows(s, 'audit_logs', where);
    const from = dayFromToday(-60);
    await sheet(coord(), `?variant=sharing&from=${from}`).expect(200);
    expect(await countRows(s, 'audit_logs', where)).toBe(before + 1);
    const sharing = `${where} AND user_id = '${s.org.users.aCoordinator.id}' AND detail->>'variant' = 'sharing' AND detail->>'from' = '${from}'`;
    expect(await countRows(s, 'audit_logs', sharing)).toBe(1);
    // A refused request made nothing, and records nothing.
    await sheet(as(s, s.org.users.bSupervisor)).expect(404);
    expect(await countRows(s, 'audit_logs', where)).toBe(before + 1);
  });
});
