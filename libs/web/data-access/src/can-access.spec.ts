import { RESOURCES, ROLES, type Role } from '@tsunagu/contracts';
import { canAccess } from './can-access';

const ACTIONS = ['list', 'show', 'create', 'edit', 'delete', 'export', 'clone'] as const;
type Action = (typeof ACTIONS)[number];

/** DOMAIN.md's table for centers, users and the audit log, written out in full. */
const EXPECTED: Record<Role, Record<string, readonly Action[]>> = {
  admin: {
    [RESOURCES.centers]: ['list', 'show', 'create', 'edit'],
    [RESOURCES.users]: ['list', 'show', 'create', 'edit'],
    [RESOURCES.auditLogs]: ['list', 'show'],
  },
  supervisor: {
    [RESOURCES.centers]: ['show'],
    [RESOURCES.users]: ['list', 'show'],
    [RESOURCES.auditLogs]: ['list', 'show'],
  },
  coordinator: { [RESOURCES.centers]: [], [RESOURCES.users]: [], [RESOURCES.auditLogs]: [] },
  staff: { [RESOURCES.centers]: [], [RESOURCES.users]: [], [RESOURCES.auditLogs]: [] },
};

/** The resources the web app has screens for so far. */
const WEB_RESOURCES = [RESOURCES.centers, RESOURCES.users, RESOURCES.auditLogs];

describe('canAccess', () => {
  const cases = ROLES.flatMap((role) =>
    WEB_RESOURCES.flatMap((resource) =>
      ACTIONS.map((action) => [role, resource, action, EXPECTED[role][resource].includes(action)] as const),
    ),
  );

  it.each(cases)('%s on %s / %s → %s', (role, resource, action, allowed) => {
    expect(canAccess(role, { action, resource })).toBe(allowed);
  });

  it('refuses every role on resources that have no screens yet', () => {
    const others = Object.values(RESOURCES).filter((r) => !(WEB_RESOURCES as string[]).includes(r));
    for (const role of ROLES) for (const resource of others) for (const action of ACTIONS) {
      expect({ role, resource, action, allowed: canAccess(role, { action, resource }) }).toEqual({ role, resource, action, allowed: false });
    }
  });

  it('refuses anyone without a role, and unknown roles or resources', () => {
    expect(canAccess(null, { action: 'list', resource: RESOURCES.users })).toBe(false);
    expect(canAccess(undefined, { action: 'list', resource: RESOURCES.users })).toBe(false);
    expect(canAccess('root' as Role, { action: 'list', resource: RESOURCES.users })).toBe(false);
    expect(canAccess('admin', { action: 'list', resource: 'cases' })).toBe(false);
    expect(canAccess('admin', { action: 'list', resource: 'toString' })).toBe(false);
  });

  describe('records of another center', () => {
    const own = { centerId: 'center-a' };

    it('lets a supervisor see their own center and its users only', () => {
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.centers, record: { id: 'center-a' } }, own)).toBe(true);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.centers, record: { id: 'center-b' } }, own)).toBe(false);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.users, record: { id: 'u1', centerId: 'center-a' } }, own)).toBe(true);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.users, record: { id: 'u2', centerId: 'center-b' } }, own)).toBe(false);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.auditLogs, record: { id: 'l1', centerId: null } }, own)).toBe(false);
    });

    it('never turns a refused action into an allowed one', () => {
      expect(canAccess('supervisor', { action: 'edit', resource: RESOURCES.users, record: { id: 'u1', centerId: 'center-a' } }, own)).toBe(false);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.users, record: { id: 'u1', centerId: null } }, { centerId: null })).toBe(false);
    });

    it('lets an admin reach every center', () => {
      expect(canAccess('admin', { action: 'edit', resource: RESOURCES.centers, record: { id: 'center-b' } }, { centerId: null })).toBe(true);
      expect(canAccess('admin', { action: 'edit', resource: RESOURCES.users, record: { id: 'u2', centerId: 'center-b' } }, { centerId: null })).toBe(true);
    });
  });
});
