import type { Role } from './roles';

export interface CenterDto {
  id: string;
  name: string;
  code: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
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
