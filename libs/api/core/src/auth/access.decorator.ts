import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { rolesFor, ROLES, routeRolesFor, type AccessSubject, type ActionOf, type Role } from '@tsunagu/contracts';
import { DomainError } from '../errors/domain-error';
import type { AuthUser } from './auth-user';

export const ACCESS_METADATA = 'tsunagu:access';

/** A route's rule; `grants` names the role-table cells it stands for (`cases.edit`). */
export type AccessRule = { public: true } | { public: false; roles: readonly Role[]; grants?: readonly string[]; account?: boolean };

/** The route may be called without signing in (the document says so with an empty security requirement). */
export const Public = () => applyDecorators(SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule), ApiSecurity({}));

/**
 * Signed-in users with one of these roles may call the route; everyone else gets 403. Routes
 * declare `@Can(...)`, which takes the roles from the role table; this is the primitive under it.
 */
export const Allow = (...roles: readonly Role[]) => allow(roles);

function allow(roles: readonly Role[], grants?: readonly string[]) {
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, { public: false, roles, ...(grants ? { grants } : {}) } satisfies AccessRule),
    ApiBearerAuth(),
    ApiCookieAuth('cookie'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}` }),
  );
}

/**
 * The route does `action` (or any of `actions`) on `subject`: the roles come from the contracts'
 * role table (with those the route also answers, `ROUTE_ALSO_ANSWERS`). Record-level visibility
 * is then the resource's policy.
 */
export function Can<S extends AccessSubject>(subject: S, ...actions: Array<ActionOf<S>>) {
  const roles = ROLES.filter((role) => actions.some((action) => routeRolesFor(subject, action).includes(role)));
  return allow(roles, actions.map((action) => `${subject}.${action}`));
}

/**
 * The signed-in user's own account (their session, password, second factor): answers even while
 * the password must be changed or a second factor set up, when every other route refuses.
 */
export const OwnAccount = () =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { public: false, roles: ROLES, account: true } satisfies AccessRule),
    ApiBearerAuth(),
    ApiCookieAuth('cookie'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
  );

const ROLE_NAMES: Record<Role, string> = { admin: 'an administrator', supervisor: 'a supervisor', coordinator: 'a coordinator', staff: 'liaison staff' };

/**
 * A domain move a service checks before doing it (closing a case, disclosing on a basis other
 * than consent): 403 unless the role table grants it. `what` completes "Only a supervisor can …".
 */
export function assertCan<S extends AccessSubject>(actor: AuthUser, subject: S, action: ActionOf<S>, what: string): void {
  const roles = rolesFor(subject, action);
  if (roles.includes(actor.role)) return;
  const code = roles.length === 1 && roles[0] === 'supervisor' ? 'SUPERVISOR_ONLY' : 'ROLE_FORBIDDEN';
  throw new DomainError('forbidden', code, `Only ${roles.map((r) => ROLE_NAMES[r]).join(' or ')} can ${what}`);
}
