import { RESOURCES, type ResourceName, type Role } from '@tsunagu/contracts';

/**
 * What react-admin asks about ('list', 'show', 'create', 'edit', 'delete', 'export'...) and the
 * few domain actions the screens ask about by name (see CASE_ACTIONS and REFERRAL_ACTIONS).
 */
export interface CanAccessParams {
  action: string;
  resource: string;
  record?: { id?: unknown; centerId?: unknown } & Record<string, unknown>;
}

/** Who is asking, beyond the role: the center a non-admin belongs to. */
export interface AccessActor {
  centerId: string | null;
}

/** Supervisor-only moves on a case, and the coordinator's request to close one. */
export const CASE_ACTIONS = {
  assign: 'assign',
  close: 'close',
  reopen: 'reopen',
  requestClosure: 'request_closure',
} as const;

/** Consents are withdrawn (never edited away); a referral may leave on a basis other than consent. */
export const CONSENT_ACTIONS = { withdraw: 'withdraw' } as const;
export const REFERRAL_ACTIONS = { sendOnOtherBasis: 'send_on_other_basis' } as const;
/** Colleagues' names and roles (GET /users/directory), for everyone who belongs to a center. */
export const USER_ACTIONS = { directory: 'directory' } as const;

/**
 * The reports screen (実績・統計) is a page of the web app, not a resource of the API. `list` opens
 * it; the other actions name what it shows: the caseload table, the full activity statistics, the
 * referral statistics, the choice of one center (administrators), and the CSV downloads.
 */
export const REPORTS = 'reports';
export const REPORT_ACTIONS = {
  caseload: 'caseload',
  activity: 'activity',
  referralStatistics: 'referral_statistics',
  chooseCenter: 'choose_center',
} as const;

type Grants = Partial<Record<ResourceName | typeof REPORTS, readonly string[]>>;

/**
 * `export` downloads the list as the API's CSV, which answers with what the user may list and
 * records the export in the audit log: whoever may list a resource may export it.
 */
const READ = ['list', 'show', 'export'] as const;
const WRITE = [...READ, 'create', 'edit'] as const;
/** `delete` is a void with a reason (records are never deleted through the API). */
const WRITE_AND_VOID = [...WRITE, 'delete'] as const;

/**
 * DOMAIN.md's role table, resource by resource (the API enforces the same table and is the
 * authority; this decides which pages, menu entries and buttons show). Anything not listed is
 * refused.
 */
const GRANTS: Record<Role, Grants> = {
  admin: {
    [RESOURCES.centers]: WRITE,
    [RESOURCES.users]: WRITE,
    [RESOURCES.auditLogs]: READ,
    [RESOURCES.agencies]: WRITE_AND_VOID,
    [RESOURCES.programs]: WRITE,
    [RESOURCES.programSessions]: READ,
    [REPORTS]: ['list', 'export', REPORT_ACTIONS.caseload, REPORT_ACTIONS.activity, REPORT_ACTIONS.referralStatistics, REPORT_ACTIONS.chooseCenter],
  },
  supervisor: {
    [RESOURCES.centers]: ['show'],
    [RESOURCES.users]: [...READ, USER_ACTIONS.directory],
    [RESOURCES.auditLogs]: READ,
    [RESOURCES.cases]: [...WRITE_AND_VOID, CASE_ACTIONS.assign, CASE_ACTIONS.close, CASE_ACTIONS.reopen],
    [RESOURCES.familyMembers]: WRITE_AND_VOID,
    [RESOURCES.consents]: [...WRITE_AND_VOID, CONSENT_ACTIONS.withdraw],
    [RESOURCES.agencies]: WRITE_AND_VOID,
    [RESOURCES.interviews]: WRITE_AND_VOID,
    [RESOURCES.outreachVisits]: WRITE_AND_VOID,
    [RESOURCES.programs]: WRITE,
    [RESOURCES.programSessions]: WRITE,
    [RESOURCES.attendances]: [...READ, 'create', 'delete'],
    [RESOURCES.followUps]: ['list', 'export'],
    [RESOURCES.referrals]: [...WRITE_AND_VOID, REFERRAL_ACTIONS.sendOnOtherBasis],
    [RESOURCES.disclosures]: [...READ, 'create'],
    [REPORTS]: ['list', 'export', REPORT_ACTIONS.caseload, REPORT_ACTIONS.activity, REPORT_ACTIONS.referralStatistics],
  },
  coordinator: {
    [RESOURCES.users]: [USER_ACTIONS.directory],
    [RESOURCES.cases]: [...WRITE, CASE_ACTIONS.requestClosure],
    [RESOURCES.familyMembers]: WRITE,
    [RESOURCES.consents]: [...WRITE, CONSENT_ACTIONS.withdraw],
    [RESOURCES.agencies]: READ,
    [RESOURCES.interviews]: WRITE,
    [RESOURCES.outreachVisits]: WRITE,
    [RESOURCES.programs]: READ,
    [RESOURCES.programSessions]: WRITE,
    [RESOURCES.attendances]: [...READ, 'create'],
    [RESOURCES.followUps]: ['list', 'export'],
    [RESOURCES.referrals]: WRITE,
    [RESOURCES.disclosures]: [...READ, 'create'],
    // Their own caseload: their row of the caseload table, the statistics of their cases.
    [REPORTS]: ['list', 'export', REPORT_ACTIONS.caseload, REPORT_ACTIONS.activity, REPORT_ACTIONS.referralStatistics],
  },
  staff: {
    [RESOURCES.users]: [USER_ACTIONS.directory],
    // The referral view of cases and their families: enough to arrange a referral, nothing to edit.
    [RESOURCES.cases]: READ,
    [RESOURCES.familyMembers]: READ,
    [RESOURCES.consents]: [...WRITE, CONSENT_ACTIONS.withdraw],
    [RESOURCES.agencies]: WRITE_AND_VOID,
    [RESOURCES.referrals]: WRITE,
    [RESOURCES.disclosures]: [...READ, 'create'],
    [REPORTS]: ['list', 'export', REPORT_ACTIONS.referralStatistics],
  },
};

/**
 * Resources whose records name their center (a center is its own). A non-admin may only reach
 * records of their own center; records of a case carry no center and are scoped by the API.
 */
const CENTER_OF: Partial<Record<string, (record: NonNullable<CanAccessParams['record']>) => unknown>> = {
  [RESOURCES.centers]: (record) => record.id,
  [RESOURCES.users]: (record) => record.centerId,
  [RESOURCES.auditLogs]: (record) => record.centerId,
  [RESOURCES.cases]: (record) => record.centerId,
  [RESOURCES.agencies]: (record) => record.centerId,
  [RESOURCES.programs]: (record) => record.centerId,
};

/**
 * The one access rule of the web app. Pure: the auth provider, the screens (through react-admin's
 * useCanAccess) and the tests all call it. With an `actor` and a `record`, a non-admin may only
 * reach records of their own center.
 */
export function canAccess(role: Role | null | undefined, { action, resource, record }: CanAccessParams, actor?: AccessActor): boolean {
  if (!role || !Object.hasOwn(GRANTS, role) || !Object.hasOwn(GRANTS[role], resource)) return false;
  const actions = GRANTS[role][resource as keyof Grants] ?? [];
  if (!actions.includes(action)) return false;
  const centerOf = Object.hasOwn(CENTER_OF, resource) ? CENTER_OF[resource] : undefined;
  if (role !== 'admin' && record && actor && centerOf) {
    return actor.centerId !== null && centerOf(record) === actor.centerId;
  }
  return true;
}
