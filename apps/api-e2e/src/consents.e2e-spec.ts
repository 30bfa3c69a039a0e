import { japanDate } from '@tsunagu/contracts';
import { as, countRows, dayFromToday, Suite, useApi } from './support';

describe('consents', () => {
  const s: Suite = useApi();
  const coord = () => as(s, s.org.users.aCoordinator);
  const staff = () => as(s, s.org.users.aStaff);
  let caseId: string;
  let motherId: string;
  let agencyA: string;
  let agencyB: string;
  let foreignAgency: string;

  beforeAll(async () => {
    caseId = (await coord().post('/cases', { clientName: '同意 確認', birthYear: 1980 })).body.id;
    motherId = (await coord().post('/family-members', { caseId, relationship: 'mother', name: '同意 母', birthYear: 1950 })).body.id;
    agencyA = (await staff().post('/agencies', { name: 'みなと市サポステ', type: 'youth_support_station' })).body.id;
    agencyB = (await staff().post('/agencies', { name: 'みなと市保健所', type: 'public_health_center' })).body.id;
    foreignAgency = (await as(s, s.org.users.bStaff).post('/agencies', { name: '他センターの機関', type: 'hello_work' })).body.id;
  });

  const coverage = async (q: Record<string, string>) => {
    const res = await coord().get(`/consents/coverage?${new URLSearchParams({ caseId, ...q })}`);
    expect(res.status).toBe(200);
    return res.body as { covered: boolean; consent: { id: string } | null };
  };
  const give = async (body: object) => {
    const res = await coord().post('/consents', { caseId, method: 'written', ...body });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('is active from the day given through the expiry day, and no longer after', async () => {
    const c = await give({ givenBy: 'client', purpose: 'case_conference', givenOn: '2026-01-10', expiresOn: '2026-03-31' });
    expect(c.state).toBe(japanDate() > '2026-03-31' ? 'expired' : 'active');
    expect(await coverage({ purpose: 'case_conference', on: '2026-01-09' })).toEqual({ covered: false, consent: null });
    expect((await coverage({ purpose: 'case_conference', on: '2026-01-10' })).consent?.id).toBe(c.id);
    expect((await coverage({ purpose: 'case_conference', on: '2026-03-31' })).covered).toBe(true);
    expect((await coverage({ purpose: 'case_conference', on: '2026-04-01' })).covered).toBe(false);
  });

  it('stops on the day it is withdrawn, keeps its history, and cannot be withdrawn twice', async () => {
    const c = await give({ givenBy: 'family', familyMemberId: motherId, purpose: 'outreach', givenOn: dayFromToday(-30) });
    expect(c.state).toBe('active');
    expect((await coverage({ purpose: 'outreach' })).covered).toBe(true);
    const w = await coord().post(`/consents/${c.id}/withdraw`, { withdrawnOn: japanDate(), reason: '母が訪問を望まなくなった' });
    expect(w.status).toBe(200);
    expect(w.body).toMatchObject({ state: 'withdrawn', withdrawnOn: japanDate(), withdrawalReason: '母が訪問を望まなくなった' });
    expect((await coverage({ purpose: 'outreach' })).covered).toBe(false);
    expect((await coverage({ purpose: 'outreach', on: dayFromToday(-1) })).covered).toBe(true);
    expect((await coord().get(`/consents/${c.id}`)).status).toBe(200);
    const again = await coord().post(`/consents/${c.id}/withdraw`, { withdrawnOn: japanDate(), reason: '再度' });
    expect(again.status).toBe(422);
    expect(await countRows(s, 'audit_logs', `entity_id = '${c.id}' AND action = 'update' AND detail->>'withdrawn' = 'true'`)).toBe(1);
  });

  it('covers only its purpose, its agency and its giver', async () => {
    const sharing = await give({ givenBy: 'client', purpose: 'information_sharing', agencyId: agencyA, categories: ['basic', 'work_school'], givenOn: dayFromToday(-5) });
    expect((await coverage({ purpose: 'information_sharing', agencyId: agencyA, subject: 'client' })).consent?.id).toBe(sharing.id);
    expect((await coverage({ purpose: 'information_sharing', agencyId: agencyB, subject: 'client' })).covered).toBe(false);
    expect((await coverage({ purpose: 'information_sharing', agencyId: agencyA, subject: 'family', familyMemberId: motherId })).covered).toBe(false);
    expect((await coverage({ purpose: 'consultation' })).covered).toBe(false);
    const family = await give({ givenBy: 'family', familyMemberId: motherId, purpose: 'information_sharing', agencyId: agencyB, categories: ['basic'], givenOn: dayFromToday(-1) });
    expect((await coverage({ purpose: 'information_sharing', agencyId: agencyB, subject: 'family', familyMemberId: motherId })).consent?.id).toBe(family.id);
    expect((await coverage({ purpose: 'information_sharing', agencyId: agencyB, subject: 'client' })).covered).toBe(false);
  });

  it('is not active before the day it is given, and cannot be given in the future', async () => {
    const today = await give({ givenBy: 'representative', representativeName: '成年後見人 田村', purpose: 'consultation', givenOn: japanDate() });
    expect(today.state).toBe('active');
    expect((await coverage({ purpose: 'consultation', on: dayFromToday(-1) })).covered).toBe(false);
    const future = await coord().post('/consents', { caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: dayFromToday(2) });
    expect(future.status).toBe(400);
    expect(future.body.message).toEqual(['givenOn cannot be in the future']);
  });

  it.each([
    [{ givenBy: 'family' }, 400, 'familyMemberId is required when givenBy is family'],
    [{ givenBy: 'client', familyMemberId: 'MOTHER' }, 400, 'familyMemberId applies only when givenBy is family'],
    [{ purpose: 'information_sharing' }, 400, 'agencyId is required for an information_sharing consent'],
    [{ purpose: 'information_sharing', agencyId: 'AGENCY_A' }, 400, 'categories must name at least one category of information to share'],
    [{ purpose: 'information_sharing', agencyId: 'FOREIGN', categories: ['basic'] }, 400, 'agencyId does not name a partner agency of this center'],
    [{ purpose: 'outreach', agencyId: 'AGENCY_A' }, 400, 'agencyId does not apply to a outreach consent'],
    [{ expiresOn: '2025-01-01' }, 400, 'expiresOn cannot be before givenOn'],
  ])('refuses %j: %i %s, saving nothing', async (change, status, message) => {
    const ids: Record<string, string> = { MOTHER: motherId, AGENCY_A: agencyA, FOREIGN: foreignAgency };
    const body: Record<string, unknown> = { caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026-02-01', ...change };
    for (const k of Object.keys(body)) if (typeof body[k] === 'string' && ids[body[k] as string]) body[k] = ids[body[k] as string];
    const before = await countRows(s, 'consents');
    const res = await coord().post('/consents', body);
    expect([res.status, res.body.message]).toEqual([status, message]);
    expect(await countRows(s, 'consents')).toBe(before);
  });

  it("refuses another case's family member as the giver", async () => {
    const other = (await coord().post('/cases', { clientName: '別 ケース' })).body.id;
    const otherMother = (await coord().post('/family-members', { caseId: other, relationship: 'mother', name: '別 母' })).body.id;
    const res = await coord().post('/consents', { caseId, givenBy: 'family', familyMemberId: otherMother, purpose: 'outreach', method: 'verbal', givenOn: '2026-02-01' });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('familyMemberId does not name a family member of this case');
  });

  it('lets staff record and withdraw consents of their center, but not see other centers', async () => {
    const c = await staff().post('/consents', { caseId, givenBy: 'client', purpose: 'case_conference', method: 'verbal', givenOn: dayFromToday(-2) });
    expect(c.status).toBe(201);
    expect((await staff().post(`/consents/${c.body.id}/withdraw`, { withdrawnOn: dayFromToday(-1), reason: '撤回' })).status).toBe(200);
    expect((await as(s, s.org.users.bStaff).get(`/consents/${c.body.id}`)).status).toBe(404);
    expect((await as(s, s.org.users.bStaff).get(`/consents/coverage?caseId=${caseId}&purpose=outreach`)).status).toBe(404);
  });

  it('refuses a withdrawal dated before the consent or in the future', async () => {
    const c = await give({ givenBy: 'client', purpose: 'consultation', givenOn: dayFromToday(-3) });
    expect((await coord().post(`/consents/${c.id}/withdraw`, { withdrawnOn: dayFromToday(-10), reason: 'x' })).status).toBe(422);
    expect((await coord().post(`/consents/${c.id}/withdraw`, { withdrawnOn: dayFromToday(3), reason: 'x' })).status).toBe(400);
    expect((await coord().post(`/consents/${c.id}/withdraw`, { withdrawnOn: japanDate() })).status).toBe(400);
  });
});
