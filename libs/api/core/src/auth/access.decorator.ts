import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@tsunagu/contracts';

export const ACCESS_METADATA = 'tsunagu:access';

export type AccessRule = { public: true } | { public: false; roles: readonly Role[] };

/** The route may be called without signing in. */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/**
 * Signed-in users with one of these roles may call the route; everyone else gets 403.
 * Record-level visibility is then decided by the resource's policy.
 */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { public: false, roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}` }),
  );
