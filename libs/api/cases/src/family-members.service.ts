import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELATIONSHIPS, type FamilyMemberDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, ListQuery, ListResult, ListSpec, VoidDto } from '@tsunagu/api-core';
import { changedFields, findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { DataSource } from 'typeorm';
import { CaseAccess } from './case-access.service';
import { toFamilyMemberDto } from './cases.mapper';
import { CreateFamilyMemberDto, UpdateFamilyMemberDto } from './dto/family-member.dto';
import { FamilyMember } from './family-member.entity';

type FamilyField = 'caseId' | 'relationship' | 'birthYear' | 'createdAt';
export const FAMILY_LIST_SPEC: ListSpec<FamilyField> = {
  sortable: ['relationship', 'birthYear', 'createdAt'],
  filters: { caseId: 'uuid', relationship: { enum: RELATIONSHIPS } },
  defaultSort: { field: 'createdAt', order: 'ASC' },
};
const FAMILY_COLUMNS: Record<FamilyField, string> = {
  caseId: 'f.case_id',
  relationship: 'f.relationship',
  birthYear: 'f.birth_year',
  createdAt: 'f.created_at',
};

@Injectable()
export class FamilyMembersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<FamilyMemberDto>> {
    const qb = this.access.children(actor, FamilyMember, 'f');
    const { items, total } = await findPage(qb, list, FAMILY_COLUMNS);
    return new ListResult('family-members', items.map(toFamilyMemberDto), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<FamilyMemberDto> {
    return toFamilyMemberDto(await this.access.findChild(actor, FamilyMember, id, 'Family member'));
  }

  create(actor: AuthUser, dto: CreateFamilyMemberDto): Promise<FamilyMemberDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      const saved = await m.save(m.create(FamilyMember, { ...dto, createdBy: actor.id }));
      await this.audit.record({ actor, action: 'create', entity: 'family_member', entityId: saved.id, caseId: c.id }, m);
      return toFamilyMemberDto(saved);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateFamilyMemberDto): Promise<FamilyMemberDto> {
    return this.db.transaction(async (m) => {
      const f = await this.access.findChild(actor, FamilyMember, id, 'Family member', { m, lock: true, expectedVersion: dto.version });
      const patch = changesOf(dto, toFamilyMemberDto(f));
      const fields = changedFields(f, patch);
      const saved = await m.save(Object.assign(f, patch));
      await this.audit.record({ actor, action: 'update', entity: 'family_member', entityId: id, caseId: f.caseId, detail: { fields } }, m);
      return toFamilyMemberDto(saved);
    });
  }

  async remove(actor: AuthUser, id: string, dto: VoidDto): Promise<FamilyMemberDto> {
    return toFamilyMemberDto(await this.access.voidChild(actor, FamilyMember, id, 'Family member', 'family_member', dto.reason));
  }
}
