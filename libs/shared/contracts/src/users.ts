import type { Role } from './roles';

export interface CenterDto {
  id: string;
  name: string;
  code: string;
  /** Months after an assessment when the next one is due. */
  reassessmentMonths: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
  /** The reading of the name (よみ), by which lists of people are sorted. */
  nameKana: string | null;
  role: Role;
  centerId: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  centerId: string | null;
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}

/** A colleague as everyone in a center may see them (GET /users/directory): no email, no status. */
export interface DirectoryEntryDto {
  id: string;
  name: string;
  role: Role;
}
