import { japanDate } from '@tsunagu/contracts';
import { totpCode } from '@tsunagu/testing';
import { as, dayFromToday, useApi } from './support';

/**
 * The operations no other suite answers with a success, called once each: with the other suites,
 * every operation of the OpenAPI document has answered a success that was checked against its
 * schema (useApi checks every answer; the run's teardown asks that none was left out).
 */
describe('the OpenAPI contract, operations the other suites do not reach', () => {
  const s = useApi();
  const admin = () => as(s, s.org.admin);
  const sup = () => as(s, s.org.users.aSupervisor);
  const coord = () => as(s, s.org.users.aCoordinator);
  const staff = () => as(s, s.org.users.aStaff);

  it('centers: the administrator opens one and lists them', async () => {
    await admin().post('/centers', { name: '契約テスト市センター', code: 'CTR' }).expect(201);
    expect((await admin().get('/centers').expect(200)).body.length).toBeGreaterThanOrEqual(3);
  });

  it('agencies: listed, read, changed and removed', async () => {
    const agency = (await staff().post('/agencies', { name: '契約サポステ', type: 'youth_support_station' }).expect(201)).body;
    await staff().get('/agencies').expect(200);
    await staff().get(`/agencies/${agency.id}`).expect(200);
    const changed = (await staff().put(`/agencies/${agency.id}`, { phone: '045-000-0000' }).expect(200)).body;
    expect(changed.phone).toBe('045-000-0000');
    await staff().del(`/agencies/${agency.id}`, { reason: '重複して登録した' }).expect(200);
  });

  it('a case: its family member read and removed, a consent changed, visits listed', async () => {
    const c = (await coord().post('/cases', { clientName: '契約 太郎' }).expect(201)).body;
    const mother = (await coord().post('/family-members', { caseId: c.id, relationship: 'mother', name: '契約 母' }).expect(201)).body;
    await coord().get(`/family-members/${mother.id}`).expect(200);
    await sup().del(`/family-members/${mother.id}`, { reason: '別のケースの家族だった' }).expect(200);
    const consent = (await coord().post('/consents', { caseId: c.id, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: dayFromToday(-3) }).expect(201)).body;
    await coord().put(`/consents/${consent.id}`, { expiresOn: dayFromToday(300) }).expect(200);
    await coord().get(`/outreach-visits?filter=${encodeURIComponent(JSON.stringify({ caseId: c.id }))}`).expect(200);
  });

  it('programs and sessions: listed, read, changed; an attendance read', async () => {
    const program = (await sup().post('/programs', { name: '契約 家族教室', kind: 'family_class' }).expect(201)).body;
    await sup().get('/programs').expect(200);
    await sup().get(`/programs/${program.id}`).expect(200);
    await sup().put(`/programs/${program.id}`, { name: '契約 家族教室（火曜）' }).expect(200);
    const session = (await coord().post('/program-sessions', { programId: program.id, heldOn: dayFromToday(-1), topic: '家族の対応' }).expect(201)).body;
    await coord().get(`/program-sessions?filter=${encodeURIComponent(JSON.stringify({ programId: program.id }))}`).expect(200);
    await coord().get(`/program-sessions/${session.id}`).expect(200);
    const c = (await coord().post('/cases', { clientName: '契約 花子' }).expect(201)).body;
    const [attendance] = (await coord().post(`/program-sessions/${session.id}/attendances`, { entries: [{ caseId: c.id, attendee: 'client' }] }).expect(201)).body;
    await coord().get(`/attendances/${attendance.id}`).expect(200);
  });

  it('a referral removed, and a disclosure read', async () => {
    const c = (await coord().post('/cases', { clientName: '契約 次郎' }).expect(201)).body;
    const agency = (await staff().post('/agencies', { name: '契約保健所', type: 'public_health_center' }).expect(201)).body;
    const referral = (await staff().post('/referrals', { caseId: c.id, agencyId: agency.id, subject: 'client', reason: '就労に向けた相談' }).expect(201)).body;
    await sup().del(`/referrals/${referral.id}`, { reason: '本人が取りやめた' }).expect(200);
    await coord().post('/consents', { caseId: c.id, givenBy: 'client', purpose: 'case_conference', method: 'written', givenOn: japanDate() }).expect(201);
    const disclosure = (await staff().post('/disclosures', { caseId: c.id, agencyId: agency.id, basis: 'consent', categories: ['basic'] }).expect(201)).body;
    await staff().get(`/disclosures/${disclosure.id}`).expect(200);
  });

  it('two-factor: new recovery codes for a code', async () => {
    const me = as(s, s.org.users.aCoordinator2);
    const { secret } = (await me.post('/auth/two-factor/setup').expect(200)).body as { secret: string };
    await me.post('/auth/two-factor/enable', { code: totpCode(secret) }).expect(200);
    // A code of the next step (the enabling code is spent).
    const renewed = (await me.post('/auth/two-factor/recovery-codes', { code: totpCode(secret, Date.now() + 30_000) }).expect(200)).body;
    expect(renewed.recoveryCodes).toHaveLength(10);
  });
});
