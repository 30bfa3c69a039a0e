import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addMonths, ASSESSMENT_DOMAINS, japanDate, type AssessmentDomain, type AssessmentDto } from '@tsunagu/contracts';
import { AuthUser, changesOf, invalid, ListQuery, ListResult, ListSpec, ruleBroken, VoidDto } from '@tsunagu/api-core';
import { changedFields, findPage } from '@tsunagu/api-database';
import { AuditService } from '@tsunagu/api-audit';
import { CaseAccess, LEAD_ROLES } from '@tsunagu/api-cases';
import { assertMayCorrect, assertRecordDates } from '@tsunagu/api-contacts';
import { activeMembersOf, Center } from '@tsunagu/api-users';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Assessment } from './assessment.entity';
import { CreateAssessmentDto, UpdateAssessmentDto } from './dto/assessment.dto';

type AssessmentField = 'caseId' | 'assessedOn' | 'createdAt';
export const ASSESSMENT_LIST_SPEC: ListSpec<AssessmentField> = {
  sortable: ['assessedOn', 'createdAt'],
  filters: { caseId: 'uuid' },
  defaultSort: { field: 'assessedOn', order: 'DESC' },
};
const COLUMNS: Record<AssessmentField, string> = { caseId: 'a.case_id', assessedOn: 'a.assessed_on', createdAt: 'a.created_at' };

/** Newest first: by day, then by when it was entered (two on one day: the later entry is the newer). */
const newestFirst = (x: Assessment, y: Assessment) => y.assessedOn.localeCompare(x.assessedOn) || y.createdAt.getTime() - x.createdAt.getTime();

/** What an assessment answer shows beyond its row: its place in the case's history and the next due day. */
interface Standing {
  previous: Assessment | undefined;
  latest: boolean;
  reassessmentMonths: number;
}

function toAssessmentDto(a: Assessment, { previous, latest, reassessmentMonths }: Standing): AssessmentDto {
  const change = Object.fromEntries(
    ASSESSMENT_DOMAINS.map((d) => {
      const now = a.ratings[d]?.score ?? null;
      const before = previous?.ratings[d]?.score ?? null;
      return [d, now === null || before === null ? null : now - before];
    }),
  ) as Record<AssessmentDomain, number | null>;
  return {
    id: a.id,
    caseId: a.caseId,
    assessedOn: a.assessedOn,
    assessorId: a.assessorId,
    ratings: a.ratings,
    strengths: a.strengths,
    wishes: a.wishes,
    latest,
    change,
    nextDueOn: latest && !a.voidedAt ? addMonths(a.assessedOn, reassessmentMonths) : null,
    version: a.version,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    voidedAt: a.voidedAt?.toISOString() ?? null,
    voidedBy: a.voidedBy,
    voidReason: a.voidReason,
  };
}

/** The day an assessment is dated, as an instant in Japan (the contact records' date rule takes one). */
const dayInJapan = (day: string) => new Date(`${day}T12:00:00+09:00`);

/** Ratings as stored: every domain, a note only where one was written. */
function storedRatings(ratings: CreateAssessmentDto['ratings']): Assessment['ratings'] {
  return Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: ratings[d].score ?? null, note: ratings[d].note?.trim() || null }])) as Assessment['ratings'];
}

/**
 * アセスメント (docs/domain.md, rule 13): a case's assessments are its history; each shows how every
 * domain changed since the one before, only the newest may still be changed (by its author or a
 * supervisor), and the next is due the center's interval after the newest.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly access: CaseAccess,
  ) {}

  async list(actor: AuthUser, list: ListQuery): Promise<ListResult<AssessmentDto>> {
    const { items, total } = await findPage(this.access.children(actor, Assessment, 'a'), list, COLUMNS);
    const standing = await this.standingOf(this.db.manager, items);
    return new ListResult('assessments', items.map((a) => toAssessmentDto(a, standing(a))), list.start, total);
  }

  async get(actor: AuthUser, id: string): Promise<AssessmentDto> {
    const a = await this.access.findChild(actor, Assessment, id, 'Assessment');
    return toAssessmentDto(a, (await this.standingOf(this.db.manager, [a]))(a));
  }

  create(actor: AuthUser, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    return this.db.transaction(async (m) => {
      const c = await this.access.findVisible(actor, dto.caseId, m, 'share');
      const assessedOn = dto.assessedOn ?? japanDate();
      const assessorId = dto.assessorId ?? actor.id;
      assertRecordDates(c.openedOn, dayInJapan(assessedOn), null);
      await this.assertAssessor(m, c.centerId, assessorId);
      const saved = await m.save(
        m.create(Assessment, { caseId: c.id, assessedOn, assessorId, ratings: storedRatings(dto.ratings), strengths: dto.strengths ?? null, wishes: dto.wishes ?? null, createdBy: actor.id }),
      );
      await this.audit.record({ actor, action: 'create', entity: 'assessment', entityId: saved.id, caseId: c.id }, m);
      return toAssessmentDto(saved, (await this.standingOf(m, [saved]))(saved));
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateAssessmentDto): Promise<AssessmentDto> {
    return this.db.transaction(async (m) => {
      const a = await this.access.findChild(actor, Assessment, id, 'Assessment', { m, lock: true, expectedVersion: dto.version });
      const standing = (await this.standingOf(m, [a]))(a);
      const patch = changesOf(dto, toAssessmentDto(a, standing));
      if (!Object.keys(patch).length) return toAssessmentDto(a, standing);
      if (!standing.latest) throw ruleBroken('ASSESSMENT_SUPERSEDED', 'Only the newest assessment of a case can be changed; record a new one instead');
      assertMayCorrect(actor, a.createdBy);
      const c = await this.access.findVisible(actor, a.caseId, m);
      if (patch.assessedOn) assertRecordDates(c.openedOn, dayInJapan(patch.assessedOn), null);
      if (patch.assessorId) await this.assertAssessor(m, c.centerId, patch.assessorId);
      const { ratings, ...rest } = patch;
      const fields = changedFields(a, rest as Partial<Assessment>);
      Object.assign(a, rest, ratings ? { ratings: storedRatings(ratings) } : {});
      if (ratings) fields.push('ratings');
      const saved = await m.save(a);
      await this.audit.record({ actor, action: 'update', entity: 'assessment', entityId: id, caseId: a.caseId, detail: { fields } }, m);
      return toAssessmentDto(saved, (await this.standingOf(m, [saved]))(saved));
    });
  }

  async remove(actor: AuthUser, id: string, dto: VoidDto): Promise<AssessmentDto> {
    const voided = await this.access.voidChild(actor, Assessment, id, 'Assessment', 'assessment', dto.reason);
    return toAssessmentDto(voided, { previous: undefined, latest: false, reassessmentMonths: 0 });
  }

  /** Who assessed: an active coordinator or supervisor of the case's center. */
  private async assertAssessor(m: EntityManager, centerId: string, assessorId: string) {
    if (!(await activeMembersOf(m, centerId, [assessorId], LEAD_ROLES)).has(assessorId)) {
      throw invalid('ASSESSMENT_ASSESSOR', 'assessorId must name an active coordinator or supervisor of this center');
    }
  }

  /** Each assessment's place in its case's current history, and its center's interval. */
  private async standingOf(m: EntityManager, items: Assessment[]): Promise<(a: Assessment) => Standing> {
    const caseIds = [...new Set(items.map((a) => a.caseId))];
    const history = caseIds.length ? await m.find(Assessment, { where: { caseId: In(caseIds), voidedAt: IsNull() } }) : [];
    const byCase = new Map<string, Assessment[]>();
    for (const a of history.sort(newestFirst)) byCase.set(a.caseId, [...(byCase.get(a.caseId) ?? []), a]);
    const months = await this.reassessmentMonths(m, caseIds);
    return (a) => {
      const ordered = byCase.get(a.caseId) ?? [];
      const at = ordered.findIndex((x) => x.id === a.id);
      return { previous: at >= 0 ? ordered[at + 1] : undefined, latest: at === 0, reassessmentMonths: months.get(a.caseId) ?? 0 };
    };
  }

  private async reassessmentMonths(m: EntityManager, caseIds: string[]): Promise<Map<string, number>> {
    if (!caseIds.length) return new Map();
    const rows = await m
      .createQueryBuilder()
      .select('c.id', 'id')
      .addSelect('ce.reassessment_months', 'months')
      .from('cases', 'c')
      .innerJoin(Center, 'ce', 'ce.id = c.center_id')
      .where('c.id IN (:...caseIds)', { caseIds })
      .getRawMany<{ id: string; months: number }>();
    return new Map(rows.map((r) => [r.id, Number(r.months)]));
  }
}
