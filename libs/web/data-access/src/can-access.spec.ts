import { RESOURCES, ROLES, type ResourceName, type Role } from '@tsunagu/contracts';
import { canAccess, REPORTS } from './can-access';

const ACTIONS = [
  'list',
  'show',
  'create',
  'edit',
  'delete',
  'export',
  'clone',
  'assign',
  'close',
  'reopen',
  'request_closure',
  'withdraw',
  'send_on_other_basis',
  'directory',
  'caseload',
  'activity',
  'referral_statistics',
  'choose_center',
  'chain',
  'convert',
  'decide',
  'commit',
  'template',
  'review',
  'resetPassword',
  'resetTwoFactor',
] as const;
type Action = (typeof ACTIONS)[number];

const R = RESOURCES;
const none: readonly Action[] = [];

/** Every resource of the API, and the web app's reports page. */
const SCREENS = [...Object.values(RESOURCES), REPORTS] as const;
type Screen = ResourceName | typeof REPORTS;

/**
 * The role table of docs/domain.md, written out in full for every resource of the API: a new resource or
 * role without a row here fails the first test. Whoever may list a resource may download it as
 * CSV (`export`, audited by the API).
 */
const EXPECTED: Record<Role, Record<Screen, readonly Action[]>> = {
  admin: {
    [R.centers]: ['list', 'show', 'export', 'create', 'edit'],
    [R.users]: ['list', 'show', 'export', 'create', 'edit', 'resetPassword', 'resetTwoFactor'],
    [R.auditLogs]: ['list', 'show', 'export'],
    [R.cases]: none,
    [R.familyMembers]: none,
    [R.consents]: none,
    [R.agencies]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.interviews]: none,
    [R.outreachVisits]: none,
    [R.programs]: ['list', 'show', 'export', 'create', 'edit'],
    [R.programSessions]: ['list', 'show', 'export'],
    [R.attendances]: none,
    [R.followUps]: none,
    [R.referrals]: none,
    [R.disclosures]: none,
    [R.inquiries]: none,
    [R.assessments]: none,
    [R.supportPlans]: none,
    [R.caseConferences]: none,
    [R.imports]: none,
    [R.importRows]: none,
    reports: ['list', 'export', 'caseload', 'activity', 'referral_statistics', 'choose_center'],
  },
  supervisor: {
    [R.centers]: ['show'],
    [R.users]: ['list', 'show', 'export', 'directory'],
    [R.auditLogs]: ['list', 'show', 'export'],
    [R.cases]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'assign', 'close', 'reopen'],
    [R.familyMembers]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.consents]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'withdraw'],
    [R.agencies]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.interviews]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.outreachVisits]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.programs]: ['list', 'show', 'export', 'create', 'edit'],
    [R.programSessions]: ['list', 'show', 'export', 'create', 'edit'],
    [R.attendances]: ['list', 'show', 'export', 'create', 'delete'],
    [R.followUps]: ['list', 'export'],
    [R.referrals]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'send_on_other_basis'],
    [R.disclosures]: ['list', 'show', 'export', 'create'],
    [R.inquiries]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'chain', 'convert'],
    [R.assessments]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.supportPlans]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'review'],
    [R.caseConferences]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.imports]: ['list', 'show', 'export', 'create', 'edit', 'delete', 'decide', 'commit', 'template'],
    [R.importRows]: ['list', 'export', 'edit'],
    reports: ['list', 'export', 'caseload', 'activity', 'referral_statistics'],
  },
  coordinator: {
    [R.centers]: none,
    [R.users]: ['directory'],
    [R.auditLogs]: none,
    [R.cases]: ['list', 'show', 'export', 'create', 'edit', 'request_closure'],
    [R.familyMembers]: ['list', 'show', 'export', 'create', 'edit'],
    [R.consents]: ['list', 'show', 'export', 'create', 'edit', 'withdraw'],
    [R.agencies]: ['list', 'show', 'export'],
    [R.interviews]: ['list', 'show', 'export', 'create', 'edit'],
    [R.outreachVisits]: ['list', 'show', 'export', 'create', 'edit'],
    [R.programs]: ['list', 'show', 'export'],
    [R.programSessions]: ['list', 'show', 'export', 'create', 'edit'],
    [R.attendances]: ['list', 'show', 'export', 'create'],
    [R.followUps]: ['list', 'export'],
    [R.referrals]: ['list', 'show', 'export', 'create', 'edit'],
    [R.disclosures]: ['list', 'show', 'export', 'create'],
    [R.inquiries]: ['list', 'show', 'export', 'create', 'edit', 'chain', 'convert'],
    [R.assessments]: ['list', 'show', 'export', 'create', 'edit'],
    [R.supportPlans]: ['list', 'show', 'export', 'create', 'edit', 'review'],
    [R.caseConferences]: ['list', 'show', 'export', 'create', 'edit'],
    [R.imports]: none,
    [R.importRows]: none,
    reports: ['list', 'export', 'caseload', 'activity', 'referral_statistics'],
  },
  staff: {
    [R.centers]: none,
    [R.users]: ['directory'],
    [R.auditLogs]: none,
    [R.cases]: ['list', 'show', 'export'],
    [R.familyMembers]: ['list', 'show', 'export'],
    [R.consents]: ['list', 'show', 'export', 'create', 'edit', 'withdraw'],
    [R.agencies]: ['list', 'show', 'export', 'create', 'edit', 'delete'],
    [R.interviews]: none,
    [R.outreachVisits]: none,
    [R.programs]: none,
    [R.programSessions]: none,
    [R.attendances]: none,
    [R.followUps]: none,
    [R.referrals]: ['list', 'show', 'export', 'create', 'edit'],
    [R.disclosures]: ['list', 'show', 'export', 'create'],
    [R.inquiries]: ['list', 'show', 'export', 'create', 'edit'],
    [R.assessments]: none,
    [R.supportPlans]: none,
    [R.caseConferences]: none,
    [R.imports]: none,
    [R.importRows]: none,
    reports: ['list', 'export', 'referral_statistics'],
  },
};

describe('canAccess', () => {
  it('has a row for every role, every resource of the API and the reports page', () => {
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...SCREENS].sort());
  });

  const cases = ROLES.flatMap((role) =>
    SCREENS.flatMap((resource) =>
      ACTIONS.map((action) => [role, resource, action, EXPECTED[role][resource].includes(action)] as const),
    ),
  );

  it.each(cases)('%s on %s / %s → %s', (role, resource, action, allowed) => {
    expect(canAccess(role, { action, resource })).toBe(allowed);
  });

  it('refuses anyone without a role, and unknown roles or resources', () => {
    expect(canAccess(null, { action: 'list', resource: RESOURCES.users })).toBe(false);
    expect(canAccess(undefined, { action: 'list', resource: RESOURCES.cases })).toBe(false);
    expect(canAccess('root' as Role, { action: 'list', resource: RESOURCES.users })).toBe(false);
    expect(canAccess('admin', { action: 'list', resource: 'toString' })).toBe(false);
    expect(canAccess('supervisor', { action: 'list', resource: 'cases/1/timeline' })).toBe(false);
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

    it('keeps cases, agencies and programs to their own center', () => {
      for (const resource of [RESOURCES.cases, RESOURCES.agencies, RESOURCES.programs]) {
        expect(canAccess('supervisor', { action: 'edit', resource, record: { id: 'x', centerId: 'center-a' } }, own)).toBe(true);
        expect(canAccess('supervisor', { action: 'edit', resource, record: { id: 'x', centerId: 'center-b' } }, own)).toBe(false);
      }
      expect(canAccess('staff', { action: 'show', resource: RESOURCES.cases, record: { id: 'x', centerId: 'center-b' } }, own)).toBe(false);
    });

    it('leaves records of a case (which carry no center) to the API', () => {
      expect(canAccess('coordinator', { action: 'edit', resource: RESOURCES.familyMembers, record: { id: 'f1', caseId: 'c1' } }, own)).toBe(true);
      expect(canAccess('staff', { action: 'withdraw', resource: RESOURCES.consents, record: { id: 'k1', caseId: 'c1' } }, own)).toBe(true);
      expect(canAccess('staff', { action: 'edit', resource: RESOURCES.familyMembers, record: { id: 'f1', caseId: 'c1' } }, own)).toBe(false);
    });

    it('never turns a refused action into an allowed one', () => {
      expect(canAccess('supervisor', { action: 'edit', resource: RESOURCES.users, record: { id: 'u1', centerId: 'center-a' } }, own)).toBe(false);
      expect(canAccess('supervisor', { action: 'show', resource: RESOURCES.users, record: { id: 'u1', centerId: null } }, { centerId: null })).toBe(false);
      expect(canAccess('coordinator', { action: 'close', resource: RESOURCES.cases, record: { id: 'c1', centerId: 'center-a' } }, own)).toBe(false);
    });

    it('lets an admin reach every center', () => {
      expect(canAccess('admin', { action: 'edit', resource: RESOURCES.centers, record: { id: 'center-b' } }, { centerId: null })).toBe(true);
      expect(canAccess('admin', { action: 'edit', resource: RESOURCES.users, record: { id: 'u2', centerId: 'center-b' } }, { centerId: null })).toBe(true);
      expect(canAccess('admin', { action: 'edit', resource: RESOURCES.agencies, record: { id: 'a1', centerId: 'center-b' } }, { centerId: null })).toBe(true);
    });
  });
});
