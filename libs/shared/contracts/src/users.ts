import type { Role } from './roles';

export interface CenterDto {
  id: string;
  name: string;
  code: string;
  /** Months after an assessment when the next one is due. */
  reassessmentMonths: number;
  /** Every user of the center signs in with a second factor (TOTP). */
  requireTwoFactor: boolean;
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
  /** Signs in with a second factor (TOTP). */
  twoFactorEnabled: boolean;
  /** Must choose a new password at the next sign-in (after a reset, or a password set by an administrator). */
  mustChangePassword: boolean;
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

/** Passwords: at least this long, not the email address, not one of the most common passwords. */
export const PASSWORD_MIN_LENGTH = 12;

/**
 * How the signed-in client keeps its session: the web app in an HttpOnly cookie that ends with the
 * browser (with a CSRF token for changes), API clients as a bearer token.
 */
export const SESSION_MODES = ['cookie', 'token'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

/** The session as the client should know it. */
export interface SessionInfo {
  /** The session ends after this many minutes without a request. */
  idleMinutes: number;
  /** It ends at this moment however active (sign-in plus the absolute lifetime). */
  expiresAt: string;
  /** Until the password is changed, only the account's own routes answer (403 `PASSWORD_CHANGE_REQUIRED`). */
  mustChangePassword: boolean;
  /** The center requires a second factor the user has not set up yet (403 `TWO_FACTOR_ENROLMENT_REQUIRED` elsewhere). */
  mustEnrolTwoFactor: boolean;
  twoFactorEnabled: boolean;
  /** The user's center requires a second factor (so it cannot be left unset). */
  twoFactorRequired: boolean;
}

export interface LoginResponse {
  /** For a `token` session only; a `cookie` session's credential never reaches script. */
  accessToken?: string;
  /** For a `cookie` session: sent back as the `X-CSRF-Token` header with every change. */
  csrfToken?: string;
  user: SessionUser;
  session: SessionInfo;
}

/** The password was right and the account has a second factor: send a code with the challenge. */
export interface SecondFactorChallenge {
  secondFactorRequired: true;
  /** Valid for five minutes, for `POST /auth/login/second-factor`. */
  challenge: string;
}

/** What `GET /auth/me` answers: who is signed in and their session. */
export interface MeResponse {
  user: SessionUser;
  session: SessionInfo;
  csrfToken?: string;
}

/** Setting up a second factor: the secret as a QR code for an authenticator app, and as text. */
export interface TwoFactorSetup {
  secret: string;
  otpauthUrl: string;
  /** A PNG data URL of the QR code. */
  qrCode: string;
}

/** Shown once: each code signs in once instead of an authenticator code. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** Shown once to the administrator who reset the password (or created the user without one). */
export interface TemporaryPassword {
  temporaryPassword: string;
}

/** A new user, with the temporary password when the administrator gave none. */
export type CreatedUserDto = UserDto & Partial<TemporaryPassword>;

/** A colleague as everyone in a center may see them (GET /users/directory): no email, no status. */
export interface DirectoryEntryDto {
  id: string;
  name: string;
  role: Role;
}
