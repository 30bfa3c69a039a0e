import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, DomainError, ListQuery, ListResult, notFound, tenantOf, VoidDto } from '@tsunagu/api-core';
import { changedFields, escapeLike, findPage, lockForUpdate } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Agency } from './agency.entity';
import { AGENCY_COLUMNS } from './agencies.policy';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

const toAgencyDto = (a: Agency): AgencyDto => ({
  id: a.id,
  centerId: a.centerId,
  name: a.name,
  type: a.type,
  municipality: a.municipality,
  contactPerson: a.contactPerson,
  phone: a.phone,
  email: a.email,
  notes: a.notes,
  version: a.version,
});

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<AgencyDto>> {
    const qb = this.db.getRepository(Agency).createQueryBuilder('a').where('a.voided_at IS NULL');
    const centerId = tenantOf(actor);
    if (centerId) qb.andWhere('a.center_id = :centerId', { centerId });
    const q = list.filter.q;
    if (typeof q === 'string' && q.trim()) {
      qb.andWhere('(a.name ILIKE :q OR a.municipality ILIKE :q OR a.contact_person ILIKE :q)', { q: `%${escapeLike(q.trim())}%` });
    }
    const { items, total } = await findPage(qb, list, AGENCY_COLUMNS);
    return new ListResult('agencies', items.map(toAgencyDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<AgencyDto> {
    return toAgencyDto(await this.find(this.db.manager, actor, id));
  }

  /** An agency the user's center may name (in a consent or a referral), or 400 naming the field. */
  async assertUsable(m: EntityManager, centerId: string, agencyId: string, field = 'agencyId'): Promise<Agency> {
    const agency = await m.findOneBy(Agency, { id: agencyId, centerId, voidedAt: IsNull() });
    if (!agency) throw new DomainError('invalid', 'AGENCY_UNKNOWN', `${field} does not name a partner agency of this center`);
    return agency;
  }

  create(actor: AuthUser, dto: CreateAgencyDto): Promise<AgencyDto> {
    const centerId = tenantOf(actor) ?? dto.centerId;
    if (!centerId) throw new DomainError('invalid', 'AGENCY_CENTER', 'centerId is required when an admin adds an agency');
    if (dto.centerId && dto.centerId !== centerId) {
      throw new DomainError('invalid', 'AGENCY_CENTER', 'centerId must be your own center');
    }
    return this.db.transaction(async (m) => {
      const agency = await m.save(m.create(Agency, { ...dto, centerId, createdBy: actor.id }));
      await this.audit.record({ actor, action: 'create', entity: 'agency', entityId: agency.id, centerId }, m);
      return toAgencyDto(agency);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateAgencyDto): Promise<AgencyDto> {
    return this.db.transaction(async (m) => {
      const agency = await lockForUpdate(m, Agency, this.where(actor, id), dto.version, 'Agency');
      const patch = changesOf(dto, toAgencyDto(agency));
      const fields = changedFields(agency, patch);
      const saved = await m.save(Object.assign(agency, patch));
      await this.audit.record({ actor, action: 'update', entity: 'agency', entityId: id, centerId: agency.centerId, detail: { fields } }, m);
      return toAgencyDto(saved);
    });
  }

  remove(actor: AuthUser, id: string, dto: VoidDto): Promise<AgencyDto> {
    return this.db.transaction(async (m) => {
      const agency = await lockForUpdate(m, Agency, this.where(actor, id), undefined, 'Agency');
      const saved = await m.save(Object.assign(agency, { voidedAt: new Date(), voidedBy: actor.id, voidReason: dto.reason }));
      await this.audit.record({ actor, action: 'void', entity: 'agency', entityId: id, centerId: agency.centerId }, m);
      return toAgencyDto(saved);
    });
  }

  private where(actor: AuthUser, id: string) {
    const centerId = tenantOf(actor);
    return { id, voidedAt: IsNull(), ...(centerId ? { centerId } : {}) };
  }

  private async find(m: EntityManager, actor: AuthUser, id: string): Promise<Agency> {
    const agency = await m.findOneBy(Agency, this.where(actor, id));
    if (!agency) throw notFound('Agency');
    return agency;
  }
}
