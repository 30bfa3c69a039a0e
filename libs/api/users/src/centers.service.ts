import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CenterDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, notFound } from '@tsunagu/api-core';
import { changedFields, escapeLike, findPage, lockForUpdate } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager } from 'typeorm';
import { Center } from './center.entity';
import { CreateCenterDto, UpdateCenterDto } from './dto/center.dto';
import { CENTER_COLUMNS, orgScope } from './users.policy';
import { toCenterDto } from './users.mapper';

@Injectable()
export class CentersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<CenterDto>> {
    const qb = this.db.getRepository(Center).createQueryBuilder('c');
    const { centerId } = orgScope(actor);
    if (centerId) qb.where('c.id = :centerId', { centerId });
    const q = list.filter.q;
    if (typeof q === 'string' && q.trim()) {
      qb.andWhere('(c.name ILIKE :q OR c.code ILIKE :q)', { q: `%${escapeLike(q.trim())}%` });
    }
    const { items, total } = await findPage(qb, list, CENTER_COLUMNS);
    return new ListResult('centers', items.map(toCenterDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<CenterDto> {
    const { centerId } = orgScope(actor);
    if (centerId && centerId !== id) throw notFound('Center');
    const center = await this.db.getRepository(Center).findOneBy({ id });
    if (!center) throw notFound('Center');
    return toCenterDto(center);
  }

  create(actor: AuthUser | null, dto: CreateCenterDto): Promise<CenterDto> {
    return this.db.transaction(async (m) => {
      await this.assertCodeFree(m, dto.code);
      const center = await m.save(m.create(Center, dto));
      await this.audit.record({ actor, action: 'create', entity: 'center', entityId: center.id, centerId: center.id }, m);
      return toCenterDto(center);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateCenterDto): Promise<CenterDto> {
    return this.db.transaction(async (m) => {
      const center = await lockForUpdate(m, Center, { id }, dto.version, 'Center');
      const patch = changesOf(dto, toCenterDto(center));
      if (patch.code && patch.code !== center.code) await this.assertCodeFree(m, patch.code);
      const fields = changedFields(center, patch);
      const saved = await m.save(Object.assign(center, patch));
      await this.audit.record(
        { actor, action: 'update', entity: 'center', entityId: id, centerId: id, detail: { fields } },
        m,
      );
      return toCenterDto(saved);
    });
  }

  private async assertCodeFree(m: EntityManager, code: string) {
    if (await m.existsBy(Center, { code })) {
      throw new DomainError('conflict', 'CENTER_CODE_TAKEN', `code: another center already uses the code ${code}`);
    }
  }
}
