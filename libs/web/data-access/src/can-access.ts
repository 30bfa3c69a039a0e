import { mayDo, REPORTS, RESOURCES, ROLES, type ActionOf, type Role } from '@tsunagu/contracts';

export { REPORTS };

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

/** Supervisor-only moves on a case (merging a duplicate too), the coordinator's request to close one, and the summary sheet (ケース概要票). */
export const CASE_ACTIONS = {
  assign: 'assign',
  close: 'close',
  reopen: 'reopen',
  requestClosure: 'request_closure',
  merge: 'merge',
  summarySheet: 'summary_sheet',
} as const satisfies Record<string, ActionOf<typeof RESOURCES.cases>>;

/** Consents are withdrawn (never edited away); a referral may leave on a basis other than consent. */
export const CONSENT_ACTIONS = { withdraw: 'withdraw' } as const satisfies Record<string, ActionOf<typeof RESOURCES.consents>>;
export const REFERRAL_ACTIONS = { sendOnOtherBasis: 'send_on_other_basis' } as const satisfies Record<string, ActionOf<typeof RESOURCES.referrals>>;

/**
 * What the reports screen (実績・統計) shows: the caseload table, the full activity statistics, the
 * referral statistics, the choice of one center (administrators).
 */
export const REPORT_ACTIONS = {
  caseload: 'caseload',
  activity: 'activity',
  referralStatistics: 'referral_statistics',
  chooseCenter: 'choose_center',
} as const satisfies Record<string, ActionOf<typeof REPORTS>>;

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
 * The one access rule of the web app: the contracts' role table, which the API enforces too (and
 * is the authority; this decides which pages, menu entries and buttons show). Pure: the auth
 * provider, the screens (through react-admin's useCanAccess) and the tests all call it. `export`
 * downloads the list as the API's CSV (audited), so whoever may list may export. With an `actor`
 * and a `record`, a non-admin may only reach records of their own center.
 */
export function canAccess(role: Role | null | undefined, { action, resource, record }: CanAccessParams, actor?: AccessActor): boolean {
  if (!role || !(ROLES as readonly string[]).includes(role) || !mayDo(role, resource, action)) return false;
  const centerOf = Object.hasOwn(CENTER_OF, resource) ? CENTER_OF[resource] : undefined;
  if (role !== 'admin' && record && actor && centerOf) {
    return actor.centerId !== null && centerOf(record) === actor.centerId;
  }
  return true;
}
