import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DirectoryEntryDto, Role, UserDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, notFound, tenantOf } from '@tsunagu/api-core';
import { changedFields, escapeLike, findPage, lockForUpdate } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager } from 'typeorm';
import { Center } from './center.entity';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { hashPassword } from './password';
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

  create(actor: AuthUser | null, dto: CreateUserDto): Promise<UserDto> {
    return this.db.transaction(async (m) => {
      const centerId = dto.centerId ?? null;
      await this.assertCenterFitsRole(m, dto.role, centerId);
      await this.assertEmailFree(m, dto.email);
      const { password, ...fields } = dto;
      const user = await m.save(
        m.create(User, {
          ...fields,
          nameKana: blankToNull(dto.nameKana),
          centerId,
          active: dto.active ?? true,
          passwordHash: await hashPassword(password),
        }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'user', entityId: user.id, centerId }, m);
      return toUserDto(user);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateUserDto): Promise<UserDto> {
    return this.db.transaction(async (m) => {
      const user = await lockForUpdate(m, User, { id }, dto.version, 'User');
      const { password, ...patch } = changesOf(dto, toUserDto(user));
      if (id === actor.id && (patch.active === false || (patch.role && patch.role !== user.role))) {
        throw new DomainError('rule', 'USER_SELF_LOCKOUT', 'You cannot deactivate yourself or change your own role');
      }
      const role = patch.role ?? user.role;
      const centerId = patch.centerId !== undefined ? patch.centerId : role === 'admin' ? null : user.centerId;
      await this.assertCenterFitsRole(m, role, centerId);
      if (patch.email && patch.email !== user.email) await this.assertEmailFree(m, patch.email);
      const fields = changedFields(user, { ...patch, centerId });
      if (password) fields.push('password');
      Object.assign(user, patch, { centerId });
      if (patch.nameKana !== undefined) user.nameKana = blankToNull(patch.nameKana);
      if (password) user.passwordHash = await hashPassword(password);
      const saved = await m.save(user);
      await this.audit.record(
        { actor, action: 'update', entity: 'user', entityId: id, centerId: saved.centerId, detail: { fields } },
        m,
      );
      return toUserDto(saved);
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
