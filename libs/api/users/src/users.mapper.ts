import type { CenterDto, UserDto } from '@tsunagu/contracts';
import { Center } from './center.entity';
import { User } from './user.entity';

export const toCenterDto = (c: Center): CenterDto => ({
  id: c.id,
  name: c.name,
  code: c.code,
  reassessmentMonths: c.reassessmentMonths,
  requireTwoFactor: c.requireTwoFactor,
  version: c.version,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

/** The only shape in which a user leaves the API: the password hash is never part of it. */
export const toUserDto = (u: User): UserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  nameKana: u.nameKana,
  role: u.role,
  centerId: u.centerId,
  active: u.active,
  twoFactorEnabled: u.totpEnabledAt !== null,
  mustChangePassword: u.mustChangePassword,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});
