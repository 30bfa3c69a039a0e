import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { LoginResponse, MeResponse, Role, SecondFactorChallenge, SessionMode } from '@tsunagu/contracts';
import { AppConfig, DomainError } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { MetricsService } from '@tsunagu/api-metrics';
import { assertPasswordRules, endSessions, hashPassword, verifyPassword } from '@tsunagu/api-users';
import { DataSource } from 'typeorm';
import { ChangePasswordDto, LoginDto, SecondFactorDto } from './login.dto';
import { SessionsService, type SessionUser } from './sessions.service';
import { TwoFactorService, type SecondFactorKind } from './two-factor.service';
import { WebSession } from './web-session';

/** A sign-in's user as read with their password hash and what their center requires. */
interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  centerId: string | null;
  active: boolean;
  passwordHash: string;
  mustChangePassword: boolean;
  twoFactor: boolean;
  centerRequiresTwoFactor: boolean;
}

/** What a second-factor challenge carries: whose password was right, and the session they asked for. */
interface Challenge {
  sub: string;
  purpose: 'second_factor';
  mode: SessionMode;
}

const CHALLENGE_SECONDS = 5 * 60;

const invalidCredentials = () => new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'The email address or password is incorrect');

/**
 * Signing in and out and the account's own password. Failures are counted from the audit trail,
 * shared by every instance: per account (wrong passwords and wrong codes) and per client address
 * (only failures, with a limit large enough for a whole office behind one proxy address).
 */
@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-never-matches');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly twoFactor: TwoFactorService,
    private readonly web: WebSession,
    private readonly metrics: MetricsService,
  ) {}

  /** The password step: a session, or, for an account with a second factor, a challenge for its code. */
  async login(dto: LoginDto, address: string, req: Request, res: Response): Promise<LoginResponse | SecondFactorChallenge> {
    await this.assertAddressAllowed(address);
    const account = await this.account(dto.email);
    if (!account) {
      await verifyPassword(await this.decoyHash, dto.password);
      await this.audit.record({ actor: null, action: 'login_failed', entity: 'user', detail: { reason: 'unknown_email', address } });
      this.metrics.signInFailed('unknown_email');
      throw invalidCredentials();
    }
    await this.assertAccountAllowed(account.id);
    const ok = await verifyPassword(account.passwordHash, dto.password);
    if (!ok || !account.active) {
      await this.audit.record({
        actor: null,
        action: 'login_failed',
        entity: 'user',
        entityId: account.id,
        centerId: account.centerId,
        detail: { reason: ok ? 'inactive' : 'wrong_password', address },
      });
      this.metrics.signInFailed(ok ? 'inactive' : 'wrong_password');
      throw invalidCredentials();
    }
    const mode = dto.session ?? 'token';
    if (account.twoFactor) {
      const challenge: Challenge = { sub: account.id, purpose: 'second_factor', mode };
      return { secondFactorRequired: true, challenge: await this.jwt.signAsync(challenge, { expiresIn: CHALLENGE_SECONDS }) };
    }
    return this.begin(account, mode, address, null, req, res);
  }

  /** The second step: a code from the authenticator app, or a recovery code. */
  async secondFactor(dto: SecondFactorDto, address: string, req: Request, res: Response): Promise<LoginResponse> {
    await this.assertAddressAllowed(address);
    let challenge: Challenge;
    try {
      challenge = await this.jwt.verifyAsync<Challenge>(dto.challenge);
    } catch {
      throw new DomainError('unauthenticated', 'SECOND_FACTOR_INVALID', 'The sign-in took too long or the challenge is not valid; sign in again');
    }
    if (challenge.purpose !== 'second_factor' || typeof challenge.sub !== 'string') {
      throw new DomainError('unauthenticated', 'SECOND_FACTOR_INVALID', 'The challenge is not valid; sign in again');
    }
    const account = await this.accountById(challenge.sub);
    if (!account?.active) throw invalidCredentials();
    await this.assertAccountAllowed(account.id);
    const kind = await this.twoFactor.check(account.id, dto.code);
    if (!kind) {
      await this.twoFactor.recordFailure(account.id, account.centerId, address, 'sign_in');
      this.metrics.signInFailed('second_factor');
      throw new DomainError('unauthenticated', 'SECOND_FACTOR_INVALID', 'The code is not right, or was used already');
    }
    return this.begin(account, challenge.mode === 'cookie' ? 'cookie' : 'token', address, kind, req, res);
  }

  /** Who is signed in and how their session stands; with a cookie session, its CSRF token. */
  me(user: SessionUser, req: Request, res: Response): MeResponse {
    const { id, email, name, role, centerId } = user;
    return { user: { id, email, name, role, centerId }, session: user.session, ...(user.mode === 'cookie' ? { csrfToken: this.web.csrfToken(req, res) } : {}) };
  }

  /** Signing out ends the session on every instance (its row is checked on each request). */
  async logout(user: SessionUser, res: Response): Promise<void> {
    await this.sessions.end(user.sessionId);
    await this.audit.record({ actor: user, action: 'logout', entity: 'user', entityId: user.id });
    if (user.mode === 'cookie') this.web.end(res);
  }

  /**
   * The user's own new password (the current one proves it is them). Their other sessions end;
   * this one stays, no longer bound to change the password.
   */
  async changePassword(user: SessionUser, dto: ChangePasswordDto, address: string): Promise<MeResponse> {
    await this.assertAccountAllowed(user.id);
    const account = await this.accountById(user.id);
    if (!account || !(await verifyPassword(account.passwordHash, dto.currentPassword))) {
      await this.audit.record({
        actor: null,
        action: 'login_failed',
        entity: 'user',
        entityId: user.id,
        centerId: user.centerId,
        detail: { reason: 'wrong_current_password', address },
      });
      throw new DomainError('invalid', 'CURRENT_PASSWORD_WRONG', 'currentPassword is not your current password');
    }
    assertPasswordRules(dto.newPassword, account.email, 'newPassword');
    if (dto.newPassword === dto.currentPassword) throw new DomainError('invalid', 'PASSWORD_WEAK', 'newPassword must differ from the current one');
    const hash = await hashPassword(dto.newPassword);
    await this.db.transaction(async (m) => {
      await m.query(
        `UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = now(), version = version + 1, updated_at = now() WHERE id = $1`,
        [user.id, hash],
      );
      const ended = await endSessions(m, user.id, 'password_changed', user.sessionId);
      await this.audit.record({ actor: user, action: 'password_change', entity: 'user', entityId: user.id, detail: { sessionsEnded: ended } }, m);
    });
    const { id, email, name, role, centerId } = user;
    return { user: { id, email, name, role, centerId }, session: { ...user.session, mustChangePassword: false } };
  }

  private async begin(account: Account, mode: SessionMode, address: string, secondFactor: SecondFactorKind | null, req: Request, res: Response): Promise<LoginResponse> {
    const started = await this.db.transaction(async (m) => {
      const session = await this.sessions.start(m, account.id, mode);
      await this.audit.record(
        { actor: account, action: 'login', entity: 'user', entityId: account.id, detail: { address, mode, ...(secondFactor ? { secondFactor } : {}) } },
        m,
      );
      return session;
    });
    const { id, email, name, role, centerId } = account;
    const response: LoginResponse = {
      user: { id, email, name, role, centerId },
      session: {
        idleMinutes: this.config.SESSION_IDLE_MINUTES,
        expiresAt: started.expiresAt,
        mustChangePassword: account.mustChangePassword,
        mustEnrolTwoFactor: account.centerRequiresTwoFactor && !account.twoFactor,
        twoFactorEnabled: account.twoFactor,
        twoFactorRequired: account.centerRequiresTwoFactor,
      },
    };
    if (mode === 'cookie') return { ...response, csrfToken: this.web.begin(req, res, started.token, started.id) };
    return { ...response, accessToken: started.token };
  }

  private async assertAddressAllowed(address: string): Promise<void> {
    if ((await this.audit.countFailuresFrom(address, this.windowStart())) >= this.config.LOGIN_MAX_FAILURES_PER_ADDRESS) {
      this.metrics.signInFailed('locked');
      throw new DomainError('too_many', 'LOGIN_THROTTLED', 'Too many failed sign-ins from this address; try again later');
    }
  }

  private async assertAccountAllowed(userId: string): Promise<void> {
    if ((await this.audit.countFailedLogins(userId, this.windowStart())) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      this.metrics.signInFailed('locked');
      throw new DomainError('too_many', 'LOGIN_LOCKED', 'Too many failed sign-ins for this account; try again later');
    }
  }

  private windowStart(): Date {
    return new Date(Date.now() - this.config.LOGIN_WINDOW_SECONDS * 1000);
  }

  private async account(email: string): Promise<Account | null> {
    return this.accountWhere('u.email = $1', email);
  }

  private async accountById(id: string): Promise<Account | null> {
    return this.accountWhere('u.id = $1', id);
  }

  private async accountWhere(where: string, value: string): Promise<Account | null> {
    const rows = (await this.db.query(
      `SELECT u.id, u.email, u.name, u.role, u.center_id AS "centerId", u.active, u.password_hash AS "passwordHash",
              u.must_change_password AS "mustChangePassword", (u.totp_enabled_at IS NOT NULL) AS "twoFactor",
              coalesce(ce.require_two_factor, false) AS "centerRequiresTwoFactor"
         FROM users u LEFT JOIN centers ce ON ce.id = u.center_id WHERE ${where}`,
      [value],
    )) as Account[];
    return rows[0] ?? null;
  }
}
