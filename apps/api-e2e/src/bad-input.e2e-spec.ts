import { as, countRows, dayFromToday, Suite, useApi } from './support';

/**
 * Bad input on every write endpoint of cases, families, consents and agencies: 400 naming the
 * field, never 500, nothing saved.
 */
describe('bad input is refused with 400 naming the field, saving nothing', () => {
  const s: Suite = useApi();
  const ctx = {} as { caseId: string; consentId: string; familyId: string };
  const coord = () => as(s, s.org.users.aCoordinator);

  beforeAll(async () => {
    ctx.caseId = (await coord().post('/cases', { clientName: '入力 確認' })).body.id;
    ctx.familyId = (await coord().post('/family-members', { caseId: ctx.caseId, relationship: 'father', name: '入力 父' })).body.id;
    ctx.consentId = (await coord().post('/consents', { caseId: ctx.caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026-01-05' })).body.id;
  });

  const long = 'あ'.repeat(101);
  type Case = [label: string, method: 'post' | 'put', path: () => string, body: () => object, field: RegExp, table: string];
  const CASES: Case[] = [
    ['case: wrong type', 'post', () => '/cases', () => ({ clientName: 42 }), /^clientName must be a string/, 'cases'],
    ['case: unknown field', 'post', () => '/cases', () => ({ clientName: 'x', caseNumber: 'X-1' }), /^property caseNumber should not exist/, 'cases'],
    ['case: future birth date', 'post', () => '/cases', () => ({ clientName: 'x', birthDate: dayFromToday(2) }), /^birthDate cannot be in the future/, 'cases'],
    ['case: impossible date', 'post', () => '/cases', () => ({ clientName: 'x', birthDate: '1980-02-30' }), /^birthDate must be a date/, 'cases'],
    ['case: future intake', 'post', () => '/cases', () => ({ clientName: 'x', openedOn: dayFromToday(1) }), /^openedOn cannot be in the future/, 'cases'],
    ['case: invalid enum', 'post', () => '/cases', () => ({ clientName: 'x', sex: 'f' }), /^sex must be one of/, 'cases'],
    ['case: invalid risk flag', 'post', () => '/cases', () => ({ clientName: 'x', riskFlags: ['fire'] }), /^each value in riskFlags must be one of/, 'cases'],
    ['case: over-long name', 'post', () => '/cases', () => ({ clientName: long }), /^clientName must be shorter than or equal to 100 characters/, 'cases'],
    ['case: kana not kana', 'post', () => '/cases', () => ({ clientName: 'x', clientNameKana: 'Tanaka' }), /^clientNameKana must be written in kana/, 'cases'],
    ['case: future hikikomori since', 'post', () => '/cases', () => ({ clientName: 'x', hikikomoriSince: dayFromToday(40).slice(0, 7) }), /^hikikomoriSince cannot be in the future/, 'cases'],
    ['case: malformed month', 'post', () => '/cases', () => ({ clientName: 'x', hikikomoriSince: '2020-1' }), /^hikikomoriSince must be a year and month/, 'cases'],
    ['case: malformed lead id', 'post', () => '/cases', () => ({ clientName: 'x', leadCoordinatorId: 'me' }), /^leadCoordinatorId must be a UUID/, 'cases'],
    ['case: birth year vs date', 'post', () => '/cases', () => ({ clientName: 'x', birthDate: '1980-01-01', birthYear: 1981 }), /^birthYear does not match birthDate/, 'cases'],
    ['case update: wrong type', 'put', () => `/cases/${ctx.caseId}`, () => ({ clientAware: 'yes' }), /^clientAware must be a boolean/, 'cases'],
    ['case update: bad version', 'put', () => `/cases/${ctx.caseId}`, () => ({ version: 'one' }), /^version must be an integer/, 'cases'],
    ['case update: unknown status', 'put', () => `/cases/${ctx.caseId}`, () => ({ status: 'done' }), /^status must be one of/, 'cases'],
    ['family: missing name', 'post', () => '/family-members', () => ({ caseId: ctx.caseId, relationship: 'mother' }), /^name must be/, 'family_members'],
    ['family: relationship', 'post', () => '/family-members', () => ({ caseId: ctx.caseId, relationship: 'aunt', name: 'x' }), /^relationship must be one of/, 'family_members'],
    ['family: malformed case id', 'post', () => '/family-members', () => ({ caseId: '1', relationship: 'mother', name: 'x' }), /^caseId must be a UUID/, 'family_members'],
    ['family: birth year type', 'post', () => '/family-members', () => ({ caseId: ctx.caseId, relationship: 'mother', name: 'x', birthYear: '1950' }), /^birthYear must be an integer/, 'family_members'],
    ['consent: purpose', 'post', () => '/consents', () => ({ caseId: ctx.caseId, givenBy: 'client', purpose: 'marketing', method: 'verbal', givenOn: '2026-01-01' }), /^purpose must be one of/, 'consents'],
    ['consent: categories', 'post', () => '/consents', () => ({ caseId: ctx.caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026-01-01', categories: ['dna'] }), /^each value in categories must be one of/, 'consents'],
    ['consent: date format', 'post', () => '/consents', () => ({ caseId: ctx.caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026/01/01' }), /^givenOn must be a date/, 'consents'],
    ['consent: unknown field', 'post', () => '/consents', () => ({ caseId: ctx.caseId, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026-01-01', state: 'active' }), /^property state should not exist/, 'consents'],
    ['consent update: withdrawn via PUT', 'put', () => `/consents/${ctx.consentId}`, () => ({ withdrawnOn: '2026-02-01' }), /^withdrawnOn is set by the server and cannot be changed/, 'consents'],
    ['agency: type', 'post', () => '/agencies', () => ({ name: 'x', type: 'bank' }), /^type must be one of/, 'agencies'],
    ['agency: phone', 'post', () => '/agencies', () => ({ name: 'x', type: 'other', phone: 'call me' }), /^phone must be digits/, 'agencies'],
  ];

  it.each(CASES)('%s', async (_label, method, path, body, field, table) => {
    const who = table === 'agencies' ? as(s, s.org.users.aStaff) : coord();
    const before = await countRows(s, table);
    const stateBefore = method === 'put' ? (await who.get(path())).body : null;
    const res = await who[method](path(), body());
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('Bad Request');
    const messages: string[] = Array.isArray(res.body.message) ? res.body.message : [res.body.message];
    expect(messages.some((m) => field.test(m))).toBe(true);
    expect(await countRows(s, table)).toBe(before);
    if (stateBefore) expect((await who.get(path())).body.version).toBe(stateBefore.version);
  });

  it.each([
    ['/cases/not-a-uuid'],
    ['/family-members/123'],
    ['/consents/%27%20OR%201=1'],
    ['/agencies/00000000-0000-0000-0000-00000000000g'],
  ])('answers 400 for the malformed id in %s', async (path) => {
    const res = await coord().get(path);
    expect(res.status).toBe(400);
  });

  it.each([
    ['/cases?filter={"status":"gone"}'],
    ['/cases?sort=["clientName","ASC"]'],
    ['/consents?filter={"caseId":"x"}'],
    ['/family-members?range=[0,-1]'],
  ])('answers 400 for the malformed list query %s', async (path) => {
    expect((await coord().get(encodeURI(path))).status).toBe(400);
  });

  it('answers 400 for a JSON array, a string or nothing at all as the body', async () => {
    for (const body of ['[]', '"x"', '']) {
      const res = await s.http().post('/api/cases').set('Authorization', `Bearer ${s.org.users.aCoordinator.token}`).set('Content-Type', 'application/json').send(body);
      expect([body, res.status]).toEqual([body, 400]);
    }
  });
});
