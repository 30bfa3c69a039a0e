import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ageOn,
  consentStateOn,
  japanDate,
  periodProblem,
  SUMMARY_SHEET_CASE_FIELDS,
  type SummarySheetCaseDto,
  type SummarySheetContactDto,
  type SummarySheetDto,
  type SummarySheetVariant,
} from '@tsunagu/contracts';
import { AuthUser, invalid } from '@tsunagu/api-core';
import { AuditService } from '@tsunagu/api-audit';
import { Case, CaseAccess } from '@tsunagu/api-cases';
import { runSql } from '@tsunagu/api-database';
import { DataSource } from 'typeorm';
import { visibleNote } from './contacts.policy';
import { SummarySheetQueryDto } from './dto/summary-sheet.dto';
import {
  sheetConsentsSql,
  SheetConsentRow,
  sheetContactsSql,
  SheetContactRow,
  sheetFamilySql,
  SheetFamilyRow,
  sheetNamesSql,
  SheetNamesRow,
} from './summary-sheet.queries';

/** The contact history's period: by default the year up to today (Japan time); at most ten years. */
function periodOf(query: SummarySheetQueryDto, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const yearBefore = new Date(`${to}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  const from = query.from ?? yearBefore.toISOString().slice(0, 10);
  const problem = periodProblem(from, to);
  if (problem === 'order') throw invalid('SUMMARY_SHEET_PERIOD', 'from must not be after to');
  if (problem === 'too_long') throw invalid('SUMMARY_SHEET_PERIOD', 'The contact history covers at most ten years');
  return { from, to };
}

/**
 * The case summary sheet (ケース概要票): the case, its family, the consents active today and the
 * contacts of a period, shaped here for its variant so that what the variant leaves out never
 * reaches the browser. Making one is an export, and is audited as one.
 */
@Injectable()
export class SummarySheetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditService,
  ) {}

  async make(actor: AuthUser, caseId: string, query: SummarySheetQueryDto): Promise<SummarySheetDto> {
    const variant: SummarySheetVariant = query.variant ?? 'full';
    const today = japanDate();
    const { from, to } = periodOf(query, today);
    const found = await this.access.findVisible(actor, caseId);
    const [[names], family, consents, contacts] = await Promise.all([
      runSql<SheetNamesRow>(this.db, sheetNamesSql(caseId, actor.id)),
      runSql<SheetFamilyRow>(this.db, sheetFamilySql(caseId)),
      runSql<SheetConsentRow>(this.db, sheetConsentsSql(caseId)),
      runSql<SheetContactRow>(this.db, sheetContactsSql(caseId, from, to)),
    ]);
    const sharing = variant === 'sharing';
    await this.audit.record({
      actor,
      action: 'export',
      entity: 'case_summary_sheet',
      entityId: caseId,
      caseId,
      centerId: found.centerId,
      detail: { variant, from, to },
    });
    return {
      variant,
      madeOn: today,
      madeBy: names.made_by ?? '',
      from,
      to,
      case: caseOf(found, names, today),
      family: family.map((f) =>
        sharing
          ? { relationship: f.relationship, name: null, birthYear: null, livesWithClient: null, mainConsulter: null }
          : { relationship: f.relationship, name: f.name, birthYear: f.birth_year, livesWithClient: f.lives_with_client, mainConsulter: f.main_consulter },
      ),
      consents: consents
        .filter((k) => consentStateOn({ givenOn: k.given_on, expiresOn: k.expires_on, withdrawnOn: k.withdrawn_on }, today) === 'active')
        .map((k) => ({
          purpose: k.purpose,
          givenBy: k.given_by,
          giverRelationship: k.giver_relationship,
          giverName: sharing ? null : k.giver_name,
          agencyName: k.agency_name,
          categories: k.categories,
          method: k.method,
          givenOn: k.given_on,
          expiresOn: k.expires_on,
        })),
      contacts: contacts.map(
        (r): SummarySheetContactDto => ({
          kind: r.kind,
          at: new Date(r.at).toISOString(),
          detail: r.detail,
          title: r.title,
          participants: r.participants ?? [],
          familyRelationships: r.family ?? [],
          durationMinutes: r.duration_minutes,
          summary: r.summary,
          recordedBy: r.recorded_by,
          // Confidential notes: never on the sharing sheet; on the full one, as everywhere (author and supervisors).
          confidentialNote: sharing ? null : visibleNote(actor, r.created_by, r.confidential_note),
        }),
      ),
    };
  }
}

function caseOf(c: Case, names: SheetNamesRow, today: string): SummarySheetCaseDto {
  const fields = Object.fromEntries(SUMMARY_SHEET_CASE_FIELDS.map((f) => [f, c[f]])) as Pick<Case, (typeof SUMMARY_SHEET_CASE_FIELDS)[number]>;
  return {
    ...fields,
    centerName: names.center_name,
    age: ageOn(today, c.birthDate, c.birthYear),
    leadCoordinator: names.lead_name ?? '',
    secondCoordinators: names.second_names,
  };
}
