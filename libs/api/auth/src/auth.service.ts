import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LoginResponse, SessionUser } from '@tsunagu/contracts';
import { AppConfig, AuthUser, DomainError } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { runSql, sql } from '@tsunagu/api-database';
import { hashPassword, User, verifyPassword } from '@tsunagu/api-users';
import { DataSource } from 'typeorm';
import { LoginDto } from './login.dto';

interface TokenPayload {
  sub: string;
}

const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'The email address or password is incorrect');

@Injectable()
export class AuthService {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-never-matches');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponse> {
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: dto.email })
      .getOne();
    if (!user) {
      await verifyPassword(await this.decoyHash, dto.password);
      await this.audit.record({ actor: null, action: 'login_failed', entity: 'user', detail: { reason: 'unknown_email' } });
      throw invalidCredentials();
    }
    const since = new Date(Date.now() - this.config.LOGIN_WINDOW_SECONDS * 1000);
    if ((await this.audit.countFailedLogins(user.id, since)) >= this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) {
      throw new DomainError('too_many', 'LOGIN_LOCKED', 'Too many failed sign-ins for this account; try again later');
    }
    const ok = await verifyPassword(user.passwordHash, dto.password);
    if (!ok || !user.active) {
      await this.audit.record({
        actor: null,
        action: 'login_failed',
        entity: 'user',
        entityId: user.id,
        centerId: user.centerId,
        detail: { reason: ok ? 'inactive' : 'wrong_password' },
      });
      throw invalidCredentials();
    }
    await this.audit.record({ actor: user, action: 'login', entity: 'user', entityId: user.id });
    const payload: TokenPayload = { sub: user.id };
    return { accessToken: await this.jwt.signAsync(payload), user: toSessionUser(user) };
  }

  /**
   * The user a bearer token names, read fresh from the database so that deactivation or a role
   * change takes effect on the next request. Null when the token is invalid or the user inactive.
   */
  async authenticate(token: string): Promise<AuthUser | null> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      return null;
    }
    if (typeof payload.sub !== 'string') return null;
    // Runs on every request: a plain indexed lookup, without entity hydration.
    const rows = await runSql<AuthUser & { center_id: string | null }>(
      this.db,
      sql`SELECT id, email, name, role, center_id FROM users WHERE id = ${payload.sub} AND active`,
    );
    if (!rows.length) return null;
    const { center_id, ...user } = rows[0];
    return { ...user, centerId: center_id };
  }
}

export const toSessionUser = (u: User): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  centerId: u.centerId,
});
