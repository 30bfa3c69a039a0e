import { RESOURCES, type ResourceName } from './resources';
import { ROLES, type Role } from './roles';

/**
 * The reports (実績・統計): a page of the web app and `/reports/*` of the API, not a resource.
 * `list` opens the page; the other actions name what it shows.
 */
export const REPORTS = 'reports';

/** What the role table speaks of: every resource of the API, and the reports. */
export type AccessSubject = ResourceName | typeof REPORTS;

const ALL = ROLES;
/** Everyone who belongs to a center. */
const CENTER: readonly Role[] = ['supervisor', 'coordinator', 'staff'];
/** Those who do casework: supervisors and coordinators. */
const CASEWORK: readonly Role[] = ['supervisor', 'coordinator'];
const SUPERVISOR: readonly Role[] = ['supervisor'];
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may do what (docs/domain.md, "Roles"): subject → action → roles. The API's route
 * declarations (`@Can`) and the domain moves its services check (`assertCan`) read it, and so
 * does the web app's `canAccess`, which decides which pages, menus and buttons show. Which
 * *records* a role then sees is each domain's policy (a coordinator's own cases, one center).
 *
 * The actions `list`, `show`, `create`, `edit` and `delete` (a void with a reason) are the
 * routes of the simple-REST convention; `export` is not listed: whoever may list may download
 * the list as CSV. The other actions are domain moves named by the screens and the services.
 */
export const ROLE_TABLE = {
  [RESOURCES.centers]: { list: ADMIN, show: ['admin', 'supervisor'], create: ADMIN, edit: ADMIN },
  [RESOURCES.users]: {
    list: ['admin', 'supervisor'],
    show: ['admin', 'supervisor'],
    create: ADMIN,
    edit: ADMIN,
    resetPassword: ADMIN,
    resetTwoFactor: ADMIN,
    directory: CENTER,
  },
  [RESOURCES.auditLogs]: { list: ['admin', 'supervisor'], show: ['admin', 'supervisor'] },
  [RESOURCES.cases]: {
    list: CENTER,
    show: CENTER,
    create: CASEWORK,
    edit: CASEWORK,
    delete: SUPERVISOR,
    timeline: CENTER,
    duplicate_check: CASEWORK,
    assign: SUPERVISOR,
    close: SUPERVISOR,
    reopen: SUPERVISOR,
    request_closure: ['coordinator'],
    merge: SUPERVISOR,
    summary_sheet: CASEWORK,
  },
  [RESOURCES.familyMembers]: { list: CENTER, show: CENTER, create: CASEWORK, edit: CASEWORK, delete: SUPERVISOR },
  [RESOURCES.consents]: { list: CENTER, show: CENTER, create: CENTER, edit: CENTER, delete: SUPERVISOR, withdraw: CENTER, coverage: CENTER },
  [RESOURCES.agencies]: { list: ALL, show: ALL, create: ['admin', 'supervisor', 'staff'], edit: ['admin', 'supervisor', 'staff'], delete: ['admin', 'supervisor', 'staff'] },
  [RESOURCES.interviews]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, edit: CASEWORK, delete: SUPERVISOR, list_voided: SUPERVISOR },
  [RESOURCES.outreachVisits]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, edit: CASEWORK, delete: SUPERVISOR, list_voided: SUPERVISOR },
  [RESOURCES.programs]: { list: ['admin', 'supervisor', 'coordinator'], show: ['admin', 'supervisor', 'coordinator'], create: ['admin', 'supervisor'], edit: ['admin', 'supervisor'] },
  [RESOURCES.programSessions]: {
    list: ['admin', 'supervisor', 'coordinator'],
    show: ['admin', 'supervisor', 'coordinator'],
    create: CASEWORK,
    edit: CASEWORK,
    usual_attendees: CASEWORK,
  },
  [RESOURCES.attendances]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, delete: SUPERVISOR },
  [RESOURCES.followUps]: { list: CASEWORK },
  [RESOURCES.referrals]: { list: CENTER, show: CENTER, create: CENTER, edit: CENTER, delete: SUPERVISOR, send_on_other_basis: SUPERVISOR },
  [RESOURCES.disclosures]: { list: CENTER, show: CENTER, create: CENTER },
  [RESOURCES.inquiries]: { list: CENTER, show: CENTER, create: CENTER, edit: CENTER, delete: SUPERVISOR, chain: CASEWORK, convert: CASEWORK },
  [RESOURCES.assessments]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, edit: CASEWORK, delete: SUPERVISOR },
  [RESOURCES.supportPlans]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, edit: CASEWORK, review: CASEWORK, delete: SUPERVISOR },
  [RESOURCES.caseConferences]: { list: CASEWORK, show: CASEWORK, create: CASEWORK, edit: CASEWORK, delete: SUPERVISOR },
  [RESOURCES.imports]: { list: SUPERVISOR, show: SUPERVISOR, create: SUPERVISOR, edit: SUPERVISOR, decide: SUPERVISOR, commit: SUPERVISOR, delete: SUPERVISOR, template: SUPERVISOR },
  [RESOURCES.importRows]: { list: SUPERVISOR, edit: SUPERVISOR },
  [REPORTS]: {
    list: ALL,
    caseload: ['admin', 'supervisor', 'coordinator'],
    activity: ['admin', 'supervisor', 'coordinator'],
    referral_statistics: ALL,
    choose_center: ADMIN,
  },
} as const satisfies Record<AccessSubject, Record<string, readonly Role[]>>;

type Table = typeof ROLE_TABLE;
/** The actions the table names for a subject. */
export type ActionOf<S extends AccessSubject> = keyof Table[S] & string;

/**
 * Routes the API also answers for roles the table does not grant, with only what their record
 * policy lets them see, so that a generic client gets data or an empty page rather than a 403:
 * a supervisor lists their own center; staff, who see no contact records, get an empty list or
 * 404. The screens do not offer these.
 */
export const ROUTE_ALSO_ANSWERS: { readonly [S in AccessSubject]?: { readonly [A in ActionOf<S>]?: readonly Role[] } } = {
  [RESOURCES.centers]: { list: SUPERVISOR },
  [RESOURCES.interviews]: { list: ['staff'], show: ['staff'] },
  [RESOURCES.outreachVisits]: { list: ['staff'], show: ['staff'] },
  [RESOURCES.attendances]: { list: ['staff'], show: ['staff'] },
};

/** The roles the table grants an action (none for an action it does not name). */
export function rolesFor<S extends AccessSubject>(subject: S, action: string): readonly Role[] {
  const actions = ROLE_TABLE[subject] as Record<string, readonly Role[]>;
  return Object.hasOwn(actions, action) ? actions[action] : [];
}

/** Whether the table lets a role do an action; `export` follows `list`. */
export function mayDo(role: Role, subject: string, action: string): boolean {
  if (!Object.hasOwn(ROLE_TABLE, subject)) return false;
  return rolesFor(subject as AccessSubject, action === 'export' ? 'list' : action).includes(role);
}

/** The roles a route of the API answers for an action: the table's, and those it also answers. */
export function routeRolesFor<S extends AccessSubject>(subject: S, action: ActionOf<S>): readonly Role[] {
  const also = (ROUTE_ALSO_ANSWERS[subject] as Record<string, readonly Role[]> | undefined)?.[action] ?? [];
  return ROLES.filter((role) => rolesFor(subject, action).includes(role) || also.includes(role));
}
