import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatedUserDto, DirectoryEntryDto, Role, TemporaryPassword, UserDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, notFound, tenantOf } from '@tsunagu/api-core';
import { changedFields, escapeLike, findPage, lockForUpdate } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager } from 'typeorm';
import { Center } from './center.entity';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { assertPasswordRules, hashPassword, temporaryPassword } from './password';
import { endSessions } from './sessions';
import { User } from './user.entity';
import { USER_COLUMNS, orgScope } from './users.policy';
import { toUserDto } from './users.mapper';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<UserDto>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const { centerId } = orgScope(actor);
    if (centerId) qb.where('u.center_id = :centerId', { centerId });
    const q = list.filter.q;
    if (typeof q === 'string' && q.trim()) {
      qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q OR u.name_kana ILIKE :q)', { q: `%${escapeLike(q.trim())}%` });
    }
    const { items, total } = await findPage(qb, list, USER_COLUMNS);
    return new ListResult('users', items.map(toUserDto), list.start, total);
  }

  /**
   * The colleagues of one's own center by name and role, so that a lead coordinator or the author
   * of a record can be shown by name to everyone in the center. Nothing else about them.
   */
  async directory(actor: AuthUser): Promise<DirectoryEntryDto[]> {
    const centerId = tenantOf(actor);
    if (!centerId) return [];
    const users = await this.db.getRepository(User).find({
      select: { id: true, name: true, role: true },
      where: { centerId },
      order: { sortName: 'ASC', id: 'ASC' },
    });
    return users.map(({ id, name, role }) => ({ id, name, role }));
  }

  async get(actor: AuthUser, id: string): Promise<UserDto> {
    const { centerId } = orgScope(actor);
    const user = await this.db.getRepository(User).findOneBy(centerId ? { id, centerId } : { id });
    if (!user) throw notFound('User');
    return toUserDto(user);
  }

  /**
   * A new account. Without a password the API makes a temporary one, answered once; a password an
   * administrator chose must be changed at the first sign-in unless `mustChangePassword: false`.
   */
  create(actor: AuthUser | null, dto: CreateUserDto): Promise<CreatedUserDto> {
    return this.db.transaction(async (m) => {
      const centerId = dto.centerId ?? null;
      await this.assertCenterFitsRole(m, dto.role, centerId);
      await this.assertEmailFree(m, dto.email);
      const { password: chosen, mustChangePassword, ...fields } = dto;
      if (chosen !== undefined) assertPasswordRules(chosen, dto.email);
      const password = chosen ?? temporaryPassword();
      const user = await m.save(
        m.create(User, {
          ...fields,
          nameKana: blankToNull(dto.nameKana),
          centerId,
          active: dto.active ?? true,
          passwordHash: await hashPassword(password),
          mustChangePassword: chosen === undefined || (mustChangePassword ?? true),
        }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'user', entityId: user.id, centerId }, m);
      return chosen === undefined ? { ...toUserDto(user), temporaryPassword: password } : toUserDto(user);
    });
  }

  /** A change of role or center, or a deactivation, ends the user's sessions at once. */
  update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    return this.db.transaction(async (m) => {
      const user = await lockForUpdate(m, User, { id }, dto.version, 'User');
      const patch = changesOf(dto, toUserDto(user));
      if (id === actor.id && (patch.active === false || (patch.role && patch.role !== user.role))) {
        throw new DomainError('rule', 'USER_SELF_LOCKOUT', 'You cannot deactivate yourself or change your own role');
      }
      const role = patch.role ?? user.role;
      const centerId = patch.centerId !== undefined ? patch.centerId : role === 'admin' ? null : user.centerId;
      await this.assertCenterFitsRole(m, role, centerId);
      if (patch.email && patch.email !== user.email) await this.assertEmailFree(m, patch.email);
      const fields = changedFields(user, { ...patch, centerId });
      const endsSessions = role !== user.role || centerId !== user.centerId || (user.active && patch.active === false);
      Object.assign(user, patch, { centerId });
      if (patch.nameKana !== undefined) user.nameKana = blankToNull(patch.nameKana);
      const saved = await m.save(user);
      const ended = endsSessions ? await endSessions(m, id, 'account_changed') : 0;
      await this.audit.record(
        { actor, action: 'update', entity: 'user', entityId: id, centerId: saved.centerId, detail: { fields, ...(ended ? { sessionsEnded: ended } : {}) } },
        m,
      );
      return toUserDto(saved);
    });
  }

  /**
   * 再発行: a temporary password, answered once, that must be changed at the next sign-in; every
   * session of the user ends.
   */
  resetPassword(actor: AuthUser, id: string): Promise<TemporaryPassword> {
    return this.db.transaction(async (m) => {
      const user = await lockForUpdate(m, User, { id }, undefined, 'User');
      if (id === actor.id) throw new DomainError('rule', 'USER_SELF_LOCKOUT', 'Change your own password from your account page');
      const password = temporaryPassword();
      Object.assign(user, { passwordHash: await hashPassword(password), mustChangePassword: true, passwordChangedAt: new Date() });
      await m.save(user);
      const ended = await endSessions(m, id, 'password_reset');
      await this.audit.record({ actor, action: 'password_reset', entity: 'user', entityId: id, centerId: user.centerId, detail: { sessionsEnded: ended } }, m);
      return { temporaryPassword: password };
    });
  }

  /** Clears a lost second factor (and its recovery codes); the user sets one up again at the next sign-in. */
  resetTwoFactor(actor: AuthUser, id: string): Promise<UserDto> {
    return this.db.transaction(async (m) => {
      const user = await lockForUpdate(m, User, { id }, undefined, 'User');
      if (user.totpEnabledAt === null) throw new DomainError('rule', 'TWO_FACTOR_STATE', 'This user has no second factor to reset');
      await m.query(`UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1`, [id]);
      await m.query(`DELETE FROM recovery_codes WHERE user_id = $1`, [id]);
      const ended = await endSessions(m, id, 'two_factor_reset');
      await this.audit.record({ actor, action: 'two_factor_reset', entity: 'user', entityId: id, centerId: user.centerId, detail: { sessionsEnded: ended } }, m);
      return toUserDto(Object.assign(user, { totpEnabledAt: null }));
    });
  }

  /** Every user but an admin belongs to exactly one existing center; an admin belongs to none. */
  private async assertCenterFitsRole(m: EntityManager, role: Role, centerId: string | null) {
    if (role === 'admin') {
      if (centerId) throw new DomainError('invalid', 'USER_CENTER', 'centerId must be empty for an admin');
      return;
    }
    if (!centerId) throw new DomainError('invalid', 'USER_CENTER', `centerId is required for the role ${role}`);
    if (!(await m.existsBy(Center, { id: centerId }))) {
      throw new DomainError('invalid', 'USER_CENTER', 'centerId does not name an existing center');
    }
  }

  private async assertEmailFree(m: EntityManager, email: string) {
    if (await m.existsBy(User, { email })) {
      throw new DomainError('conflict', 'USER_EMAIL_TAKEN', 'email: another user already signs in with this address');
    }
  }
}

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
