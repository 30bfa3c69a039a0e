import { RESOURCES, type ResourceName, type Role } from '@tsunagu/contracts';

/** What react-admin asks about: pages and buttons ('list', 'show', 'create', 'edit', 'delete', 'export'...). */
export interface CanAccessParams {
  action: string;
  resource: string;
  record?: { id?: unknown; centerId?: unknown } & Record<string, unknown>;
}

/** Who is asking, beyond the role: the center a non-admin belongs to. */
export interface AccessActor {
  centerId: string | null;
}

type Grants = Partial<Record<ResourceName, readonly string[]>>;

/**
 * DOMAIN.md's role table for the resources that exist now. Anything not listed is refused:
 * no delete anywhere (records are never deleted through the API), no client-side export.
 */
const GRANTS: Record<Role, Grants> = {
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
  coordinator: {},
  staff: {},
};

/** The center a record belongs to: a center is its own; users and audit entries carry centerId. */
function recordCenter(resource: string, record: NonNullable<CanAccessParams['record']>): unknown {
  return resource === RESOURCES.centers ? record.id : record.centerId;
}

/**
 * The one access rule of the web app (the API enforces the same table and is the authority).
 * Pure: the auth provider and the tests both call it. With an `actor` and a `record`, a
 * non-admin may only reach records of their own center.
 */
export function canAccess(role: Role | null | undefined, { action, resource, record }: CanAccessParams, actor?: AccessActor): boolean {
  if (!role || !Object.hasOwn(GRANTS, role) || !Object.hasOwn(GRANTS[role], resource)) return false;
  const actions = GRANTS[role][resource as ResourceName] ?? [];
  if (!actions.includes(action)) return false;
  if (role !== 'admin' && record && actor) {
    return actor.centerId !== null && recordCenter(resource, record) === actor.centerId;
  }
  return true;
}
