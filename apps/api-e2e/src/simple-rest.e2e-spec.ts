import { randomUUID } from 'node:crypto';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { EveryResource, seedEveryResource } from './every-resource';
import { dayFromToday, Suite, useApi } from './support';

type Who = 'admin' | 'aSupervisor' | 'aCoordinator' | 'aStaff';

/** react-admin's stock data provider, as a stock `<Admin>` would build it, signed in as one user. */
function stockProvider(s: Suite, who: Who): DataProvider {
  const token = who === 'admin' ? s.org.admin.token : s.org.users[who].token;
  const httpClient = (url: string, options: fetchUtils.Options = {}) => fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${token}` } });
  return simpleRestProvider(`${s.server.baseUrl}/api`, httpClient);
}

interface ResourceSpec {
  resource: string;
  id: (ids: EveryResource, s: Suite) => string;
  /** Who may change it, and who only reads it (their update answers 403). */
  writers: Who[];
  readers: Who[];
  /** A change a person would make in the `<Edit>` form. */
  edit?: (record: RaRecord) => Partial<RaRecord>;
  /** `getManyReference` target (the parent's foreign key) and the parent's id. */
  reference?: { target: string; id: (ids: EveryResource) => string };
  /** A record the stock `<Create>` would send. */
  create?: (ids: EveryResource, s: Suite, who: string) => Record<string, unknown>;
  /** DELETE is a void that needs a reason, which the stock provider cannot send. */
  voidable?: boolean;
}

/** The other of two values, so that each writer's edit really changes the record. */
const toggle = (current: unknown, a: string, b: string) => (current === a ? b : a);

const SPECS: ResourceSpec[] = [
  {
    resource: 'cases',
    id: (ids) => ids.caseId,
    writers: ['aSupervisor', 'aCoordinator'],
    readers: ['aStaff'],
    edit: (r) => ({ municipality: toggle(r['municipality'], 'みなと市', 'あおば市'), clientContact: toggle(r['clientContact'], 'indirect', 'direct') }),
    // Each writer registers another person (the same one twice would be refused as a possible duplicate).
    create: (_ids, s, who) => ({ clientName: `汎用 ${who}`, birthDate: '1990-01-01', leadCoordinatorId: s.org.users.aCoordinator.id }),
    voidable: true,
  },
  {
    resource: 'family-members',
    id: (ids) => ids.familyMemberId,
    writers: ['aSupervisor', 'aCoordinator'],
    readers: [],
    edit: (r) => ({ birthYear: (r['birthYear'] as number) + 1 }),
    reference: { target: 'caseId', id: (ids) => ids.caseId },
    create: (ids) => ({ caseId: ids.caseId, relationship: 'father', name: '汎用 父' }),
    voidable: true,
  },
  {
    resource: 'consents',
    id: (ids) => ids.sharingConsentId,
    writers: ['aSupervisor', 'aCoordinator', 'aStaff'],
    readers: [],
    edit: (r) => ({ method: r['method'] === 'written' ? 'verbal' : 'written' }),
    reference: { target: 'caseId', id: (ids) => ids.caseId },
    create: (ids) => ({ caseId: ids.caseId, givenBy: 'client', purpose: 'case_conference', method: 'verbal', givenOn: dayFromToday(-1) }),
    voidable: true,
  },
  {
    resource: 'interviews',
    id: (ids) => ids.interviewId,
    writers: ['aSupervisor', 'aCoordinator'],
    readers: [],
    edit: (r) => ({ summary: `${r['summary']}（追記）`, durationMinutes: 45 }),
    reference: { target: 'caseId', id: (ids) => ids.caseId },
    create: (ids) => ({ caseId: ids.caseId, method: 'online', summary: 'オンライン面談' }),
    voidable: true,
  },
  {
    resource: 'outreach-visits',
    id: (ids) => ids.outreachVisitId,
    writers: ['aSupervisor', 'aCoordinator'],
    readers: [],
    edit: (r) => ({ summary: `${r['summary']}（追記）` }),
    reference: { target: 'caseId', id: (ids) => ids.caseId },
    create: (ids) => ({ caseId: ids.caseId, outcome: 'letter_left', summary: '手紙を置いた。' }),
    voidable: true,
  },
  {
    resource: 'programs',
    id: (ids) => ids.programId,
    writers: ['aSupervisor'],
    readers: ['aCoordinator'],
    edit: (r) => ({ description: `${r['name']}の説明` }),
    create: () => ({ name: '居場所（木曜）', kind: 'ibasho' }),
  },
  {
    resource: 'program-sessions',
    id: (ids) => ids.sessionId,
    writers: ['aSupervisor', 'aCoordinator'],
    readers: [],
    edit: (r) => ({ topic: toggle(r['topic'], '家族の対応（2）', '家族の対応（3）') }),
    reference: { target: 'programId', id: (ids) => ids.programId },
    create: (ids) => ({ programId: ids.programId, heldOn: dayFromToday(-5), topic: '振り返り' }),
  },
  {
    resource: 'attendances',
    id: (ids) => ids.attendanceId,
    writers: [],
    readers: ['aSupervisor', 'aCoordinator'],
    reference: { target: 'sessionId', id: (ids) => ids.sessionId },
    voidable: true,
  },
  {
    resource: 'agencies',
    id: (ids) => ids.agencyId,
    writers: ['aSupervisor', 'aStaff'],
    readers: ['aCoordinator'],
    edit: (r) => ({ contactPerson: toggle(r['contactPerson'], '担当 太郎', '担当 次郎'), phone: '045-000-0000' }),
    create: () => ({ name: 'みなと保健所', type: 'public_health_center' }),
    voidable: true,
  },
  {
    resource: 'referrals',
    id: (ids) => ids.referralId,
    writers: ['aSupervisor', 'aCoordinator', 'aStaff'],
    readers: [],
    edit: (r) => ({ reason: `${r['reason']}（追記）` }),
    reference: { target: 'caseId', id: (ids) => ids.caseId },
    voidable: true,
  },
  {
    resource: 'disclosures',
    id: (ids) => ids.disclosureId,
    writers: [],
    readers: ['aSupervisor', 'aCoordinator', 'aStaff'],
    reference: { target: 'caseId', id: (ids) => ids.caseId },
  },
  {
    resource: 'centers',
    id: (_ids, s) => s.org.centers.a.id,
    writers: ['admin'],
    readers: ['aSupervisor'],
    edit: (r) => ({ name: `${r['name']}（本所）` }),
    create: () => ({ name: 'テストC町センター', code: 'TSC' }),
  },
  {
    resource: 'users',
    id: (_ids, s) => s.org.users.aStaff.id,
    writers: ['admin'],
    readers: ['aSupervisor'],
    edit: (r) => ({ name: `${r['name']}（連携）` }),
    reference: { target: 'centerId', id: () => '' },
  },
  {
    resource: 'audit-logs',
    id: () => '',
    writers: [],
    readers: ['admin', 'aSupervisor'],
  },
];

/** The HTTP status and message of a refused call through the provider. */
async function refusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, message: JSON.stringify(e.body?.message ?? e.message) };
    throw e;
  }
  throw new Error('the call succeeded');
}

describe("the stock ra-data-simple-rest provider drives every resource, as each role that may use it", () => {
  const s: Suite = useApi();
  let ids: EveryResource;

  beforeAll(async () => {
    ids = await seedEveryResource(s);
  });

  /** The record's id; audit logs and the like take the newest one the user can list. */
  async function idOf(spec: ResourceSpec, dp: DataProvider): Promise<string> {
    const id = spec.id(ids, s);
    if (id) return id;
    const { data } = await dp.getList(spec.resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    return data[0].id as string;
  }

  describe.each(SPECS)('$resource', (spec) => {
    const roles = [...spec.writers, ...spec.readers];

    it.each(roles)('%s: getList, getOne, getMany and getManyReference', async (who) => {
      const dp = stockProvider(s, who);
      const id = await idOf(spec, dp);
      const list = await dp.getList(spec.resource, { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
      expect(list.total).toBeGreaterThanOrEqual(list.data.length);
      expect(list.data.map((r) => r.id)).toContain(id);
      const one = await dp.getOne(spec.resource, { id });
      expect(one.data.id).toBe(id);
      const many = await dp.getMany(spec.resource, { ids: [id] });
      expect(many.data.map((r) => r.id)).toEqual([id]);
      if (spec.reference) {
        const target = spec.reference.target;
        const parent = spec.reference.id(ids) || (one.data[target] as string);
        const refs = await dp.getManyReference(spec.resource, { target, id: parent, pagination: { page: 1, perPage: 25 }, sort: { field: 'id', order: 'DESC' }, filter: {} });
        expect(refs.data.map((r) => r.id)).toContain(id);
        expect(refs.data.every((r) => r[target] === parent)).toBe(true);
      }
    });

    if (spec.create) {
      it.each(spec.writers)('%s: create', async (who) => {
        const dp = stockProvider(s, who);
        const data = spec.create?.(ids, s, who) as Record<string, unknown>;
        if (spec.resource === 'centers') data['code'] = `TC${who.length}`;
        const { data: created } = await dp.create(spec.resource, { data });
        expect(created).toMatchObject(data);
        expect((await dp.getOne(spec.resource, { id: created.id })).data).toEqual(created);
      });
    }

    if (spec.edit) {
      it.each(spec.writers)('%s: update with the whole record, unchanged, then changed', async (who) => {
        const dp = stockProvider(s, who);
        const id = await idOf(spec, dp);
        const { data: record } = await dp.getOne(spec.resource, { id });
        const { data: same } = await dp.update(spec.resource, { id, data: record, previousData: record });
        expect(same).toEqual({ ...record, updatedAt: same['updatedAt'] });
        const change = spec.edit?.(record) as Partial<RaRecord>;
        const { data: changed } = await dp.update(spec.resource, { id, data: { ...record, ...change }, previousData: record });
        expect(changed).toMatchObject(change);
        expect(changed['version']).toBe(record['version'] + 1);
        expect((await dp.getOne(spec.resource, { id })).data).toEqual(changed);
      });

      it.each(spec.writers)('%s: a changed field the server owns is refused with 400 naming it, nothing saved', async (who) => {
        const dp = stockProvider(s, who);
        const id = await idOf(spec, dp);
        const { data: record } = await dp.getOne(spec.resource, { id });
        const stale = { ...record, id: randomUUID(), version: record['version'] };
        const res = await refusal(dp.update(spec.resource, { id, data: stale, previousData: record }));
        expect(res).toEqual({ status: 400, message: JSON.stringify(['id is set by the server and cannot be changed']) });
        expect((await dp.getOne(spec.resource, { id })).data).toEqual(record);
      });
    }

    if (spec.readers.length) {
      it.each(spec.readers)('%s: update is refused with 403, nothing saved', async (who) => {
        const dp = stockProvider(s, who);
        const id = await idOf(spec, dp);
        const { data: record } = await dp.getOne(spec.resource, { id });
        expect((await refusal(dp.update(spec.resource, { id, data: record, previousData: record }))).status).toBe(spec.edit ? 403 : 404);
        expect((await dp.getOne(spec.resource, { id })).data).toEqual(record);
      });
    }

    if (spec.voidable) {
      it('aSupervisor: delete without a reason is refused with 400 naming it, nothing voided', async () => {
        const dp = stockProvider(s, 'aSupervisor');
        const id = await idOf(spec, dp);
        const { data: record } = await dp.getOne(spec.resource, { id });
        const res = await refusal(dp.delete(spec.resource, { id, previousData: record }));
        expect(res.status).toBe(400);
        expect(res.message).toContain('reason');
        expect((await dp.getOne(spec.resource, { id })).data).toEqual(record);
      });
    }
  });
});
