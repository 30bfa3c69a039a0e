import type { TestOrganisation } from '@tsunagu/testing';
import { as, Suite, useApi } from './support';

type Actor = keyof TestOrganisation['users'] | 'admin';
type Target = 'own' | 'colleague' | 'foreign';
type Op = 'list' | 'read' | 'update' | 'addFamily' | 'addConsent' | 'listFamily' | 'summarySheet';

/**
 * The role table of docs/domain.md for cases, as one matrix: for each user, for a case led by
 * aCoordinator ("own"), a case led by aCoordinator2 in the same center ("colleague") and a case of
 * center B ("foreign"), the status of each operation. `list` is whether the case appears (true),
 * is absent (false) or the list itself is refused (403). A new role or target must be added here.
 */
const MATRIX: Record<Actor, Record<Op, Record<Target, number | boolean>>> = {
  aSupervisor: {
    list: { own: true, colleague: true, foreign: false },
    read: { own: 200, colleague: 200, foreign: 404 },
    update: { own: 200, colleague: 200, foreign: 404 },
    addFamily: { own: 201, colleague: 201, foreign: 404 },
    listFamily: { own: true, colleague: true, foreign: false },
    addConsent: { own: 201, colleague: 201, foreign: 404 },
    summarySheet: { own: 200, colleague: 200, foreign: 404 },
  },
  aCoordinator: {
    list: { own: true, colleague: false, foreign: false },
    read: { own: 200, colleague: 404, foreign: 404 },
    update: { own: 200, colleague: 404, foreign: 404 },
    addFamily: { own: 201, colleague: 404, foreign: 404 },
    listFamily: { own: true, colleague: false, foreign: false },
    addConsent: { own: 201, colleague: 404, foreign: 404 },
    summarySheet: { own: 200, colleague: 404, foreign: 404 },
  },
  aCoordinator2: {
    list: { own: false, colleague: true, foreign: false },
    read: { own: 404, colleague: 200, foreign: 404 },
    update: { own: 404, colleague: 200, foreign: 404 },
    addFamily: { own: 404, colleague: 201, foreign: 404 },
    listFamily: { own: false, colleague: true, foreign: false },
    addConsent: { own: 404, colleague: 201, foreign: 404 },
    summarySheet: { own: 404, colleague: 200, foreign: 404 },
  },
  aStaff: {
    list: { own: true, colleague: true, foreign: false },
    read: { own: 200, colleague: 200, foreign: 404 },
    update: { own: 403, colleague: 403, foreign: 403 },
    addFamily: { own: 403, colleague: 403, foreign: 403 },
    listFamily: { own: true, colleague: true, foreign: false },
    addConsent: { own: 201, colleague: 201, foreign: 404 },
    summarySheet: { own: 403, colleague: 403, foreign: 403 },
  },
  bSupervisor: {
    list: { own: false, colleague: false, foreign: true },
    read: { own: 404, colleague: 404, foreign: 200 },
    update: { own: 404, colleague: 404, foreign: 200 },
    addFamily: { own: 404, colleague: 404, foreign: 201 },
    listFamily: { own: false, colleague: false, foreign: true },
    addConsent: { own: 404, colleague: 404, foreign: 201 },
    summarySheet: { own: 404, colleague: 404, foreign: 200 },
  },
  bCoordinator: {
    list: { own: false, colleague: false, foreign: true },
    read: { own: 404, colleague: 404, foreign: 200 },
    update: { own: 404, colleague: 404, foreign: 200 },
    addFamily: { own: 404, colleague: 404, foreign: 201 },
    listFamily: { own: false, colleague: false, foreign: true },
    addConsent: { own: 404, colleague: 404, foreign: 201 },
    summarySheet: { own: 404, colleague: 404, foreign: 200 },
  },
  bStaff: {
    list: { own: false, colleague: false, foreign: true },
    read: { own: 404, colleague: 404, foreign: 200 },
    update: { own: 403, colleague: 403, foreign: 403 },
    addFamily: { own: 403, colleague: 403, foreign: 403 },
    listFamily: { own: false, colleague: false, foreign: true },
    addConsent: { own: 404, colleague: 404, foreign: 201 },
    summarySheet: { own: 403, colleague: 403, foreign: 403 },
  },
  admin: {
    list: { own: 403, colleague: 403, foreign: 403 },
    read: { own: 403, colleague: 403, foreign: 403 },
    update: { own: 403, colleague: 403, foreign: 403 },
    addFamily: { own: 403, colleague: 403, foreign: 403 },
    listFamily: { own: 403, colleague: 403, foreign: 403 },
    addConsent: { own: 403, colleague: 403, foreign: 403 },
    summarySheet: { own: 403, colleague: 403, foreign: 403 },
  },
};

const REFERRAL_VIEW_KEYS = ['age', 'caseNumber', 'centerId', 'clientName', 'id', 'leadCoordinatorId', 'municipality'];

describe('case access matrix (role × case × operation)', () => {
  const s: Suite = useApi();
  const cases = {} as Record<Target, { id: string; version: number }>;
  const who = (actor: Actor) => (actor === 'admin' ? s.org.admin : s.org.users[actor]);

  beforeAll(async () => {
    const make = async (key: 'aCoordinator' | 'aCoordinator2' | 'bCoordinator', name: string) => {
      const res = await as(s, s.org.users[key]).post('/cases', { clientName: name, birthYear: 1985, municipality: 'テスト市' });
      expect(res.status).toBe(201);
      return res.body;
    };
    cases.own = await make('aCoordinator', '本人 一');
    cases.colleague = await make('aCoordinator2', '本人 二');
    cases.foreign = await make('bCoordinator', '本人 三');
  });

  const actors = Object.keys(MATRIX) as Actor[];
  const targets: Target[] = ['own', 'colleague', 'foreign'];
  const rows = actors.flatMap((actor) => targets.map((target) => [actor, target] as const));

  it.each(rows)('%s on the %s case: list', async (actor, target) => {
    const expected = MATRIX[actor].list[target];
    const res = await as(s, who(actor)).get('/cases?range=[0,999]');
    if (typeof expected === 'number') return expect(res.status).toBe(expected);
    expect(res.status).toBe(200);
    expect(res.body.some((c: { id: string }) => c.id === cases[target].id)).toBe(expected);
  });

  it.each(rows)('%s on the %s case: read', async (actor, target) => {
    const res = await as(s, who(actor)).get(`/cases/${cases[target].id}`);
    expect(res.status).toBe(MATRIX[actor].read[target]);
    if (res.status === 200 && actor.endsWith('Staff')) expect(Object.keys(res.body).sort()).toEqual(REFERRAL_VIEW_KEYS);
    if (res.status === 200 && !actor.endsWith('Staff')) expect(res.body).toHaveProperty('chiefConcern');
  });

  it.each(rows)('%s on the %s case: update', async (actor, target) => {
    const res = await as(s, who(actor)).put(`/cases/${cases[target].id}`, { municipality: `更新 ${actor}` });
    expect(res.status).toBe(MATRIX[actor].update[target]);
  });

  it.each(rows)('%s on the %s case: add a family member', async (actor, target) => {
    const res = await as(s, who(actor)).post('/family-members', { caseId: cases[target].id, relationship: 'mother', name: '母 テスト' });
    expect(res.status).toBe(MATRIX[actor].addFamily[target]);
  });

  it.each(rows)('%s on the %s case: list its family', async (actor, target) => {
    const expected = MATRIX[actor].listFamily[target];
    const res = await as(s, who(actor)).get(`/family-members?filter=${encodeURIComponent(JSON.stringify({ caseId: cases[target].id }))}`);
    if (typeof expected === 'number') return expect(res.status).toBe(expected);
    expect(res.status).toBe(200);
    expect(res.body.length > 0).toBe(expected);
  });

  it.each(rows)('%s on the %s case: make its summary sheet', async (actor, target) => {
    const res = await as(s, who(actor)).get(`/cases/${cases[target].id}/summary-sheet?variant=sharing`);
    expect(res.status).toBe(MATRIX[actor].summarySheet[target]);
  });

  it.each(rows)('%s on the %s case: record a consent', async (actor, target) => {
    const res = await as(s, who(actor)).post('/consents', { caseId: cases[target].id, givenBy: 'client', purpose: 'consultation', method: 'verbal', givenOn: '2026-04-01' });
    expect(res.status).toBe(MATRIX[actor].addConsent[target]);
  });

  it('hides every record of an invisible case the same way: 404 on its children and their ids', async () => {
    const family = await as(s, s.org.users.aSupervisor).get(`/family-members?filter=${encodeURIComponent(JSON.stringify({ caseId: cases.own.id }))}`);
    const consent = await as(s, s.org.users.aSupervisor).get(`/consents?filter=${encodeURIComponent(JSON.stringify({ caseId: cases.own.id }))}`);
    const outsider = as(s, s.org.users.aCoordinator2);
    for (const path of [`/family-members/${family.body[0].id}`, `/consents/${consent.body[0].id}`]) {
      expect((await outsider.get(path)).status).toBe(404);
      expect((await outsider.put(path, { version: 1 })).status).toBe(404);
    }
    const byIds = await outsider.get(`/cases?filter=${encodeURIComponent(JSON.stringify({ id: [cases.own.id, cases.colleague.id] }))}`);
    expect(byIds.body.map((c: { id: string }) => c.id)).toEqual([cases.colleague.id]);
    const foreignByIds = await as(s, s.org.users.bSupervisor).get(`/consents?filter=${encodeURIComponent(JSON.stringify({ id: [consent.body[0].id] }))}`);
    expect(foreignByIds.body).toEqual([]);
  });

  it('opens a case to a second coordinator once the supervisor assigns them, and closes it again when removed', async () => {
    const sup = as(s, s.org.users.aSupervisor);
    const c2 = as(s, s.org.users.aCoordinator2);
    const current = await sup.get(`/cases/${cases.own.id}`);
    const assign = await sup.put(`/cases/${cases.own.id}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id], version: current.body.version });
    expect(assign.status).toBe(200);
    expect(assign.body.secondCoordinatorIds).toEqual([s.org.users.aCoordinator2.id]);
    expect((await c2.get(`/cases/${cases.own.id}`)).status).toBe(200);
    const list = await c2.get(`/cases?filter=${encodeURIComponent(JSON.stringify({ coordinatorId: s.org.users.aCoordinator2.id }))}`);
    expect(list.body.map((c: { id: string }) => c.id).sort()).toEqual([cases.own.id, cases.colleague.id].sort());
    await sup.put(`/cases/${cases.own.id}`, { secondCoordinatorIds: [] }).expect(200);
    expect((await c2.get(`/cases/${cases.own.id}`)).status).toBe(404);
  });

  it('lets only a supervisor assign coordinators, and only coordinators of the same center', async () => {
    const mine = as(s, s.org.users.aCoordinator);
    const res = await mine.put(`/cases/${cases.own.id}`, { secondCoordinatorIds: [s.org.users.aCoordinator2.id] });
    expect(res.status).toBe(403);
    expect((await mine.put(`/cases/${cases.own.id}`, { leadCoordinatorId: s.org.users.aCoordinator2.id })).status).toBe(403);
    const sup = as(s, s.org.users.aSupervisor);
    const foreign = await sup.put(`/cases/${cases.own.id}`, { leadCoordinatorId: s.org.users.bCoordinator.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.message).toBe('leadCoordinatorId does not name an active coordinator of this center');
    const staffLead = await sup.put(`/cases/${cases.own.id}`, { leadCoordinatorId: s.org.users.aStaff.id });
    expect(staffLead.status).toBe(400);
    const reassign = await sup.put(`/cases/${cases.own.id}`, { leadCoordinatorId: s.org.users.aCoordinator2.id });
    expect(reassign.status).toBe(200);
    expect((await mine.get(`/cases/${cases.own.id}`)).status).toBe(404);
    await sup.put(`/cases/${cases.own.id}`, { leadCoordinatorId: s.org.users.aCoordinator.id }).expect(200);
  });

  it('keeps a staff member to the referral view in lists and filters too', async () => {
    const staff = as(s, s.org.users.aStaff);
    const list = await staff.get('/cases?range=[0,99]');
    expect(list.body.length).toBeGreaterThan(0);
    for (const c of list.body) expect(Object.keys(c).sort()).toEqual(REFERRAL_VIEW_KEYS);
    expect((await staff.get(`/cases?filter=${encodeURIComponent('{"status":"active"}')}`)).status).toBe(400);
    expect((await staff.get(`/cases?sort=${encodeURIComponent('["status","ASC"]')}`)).status).toBe(400);
    expect((await staff.get('/cases/duplicates?name=本人')).status).toBe(403);
  });
});
