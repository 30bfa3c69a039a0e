import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Role } from '@tsunagu/contracts';

/** The signed-in user, as the auth guard found them in the database for this request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  centerId: string | null;
  /** The session the request came with (absent for work the API does by itself, such as loading demo data). */
  sessionId?: string;
}

export interface RequestWithUser {
  user?: AuthUser;
  ip?: string;
}

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route without an authenticated user');
  return user;
});
