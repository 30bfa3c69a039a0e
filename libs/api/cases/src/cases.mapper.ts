import { ageOn, japanDate, type CaseDto, type CaseReferralViewDto, type FamilyMemberDto } from '@tsunagu/contracts';
import { Case } from './case.entity';
import { CaseView } from './cases.policy';
import { FamilyMember } from './family-member.entity';

export interface CaseExtras {
  secondCoordinatorIds: string[];
  /** A parent aged 70+ lives with 本人. */
  elderlyParentAtHome: boolean;
}

/** A row of `SELECT c.*` on cases, as the raw list query returns it. */
export interface CaseRow {
  [column: string]: unknown;
  second_ids: string[];
  elderly_parent_at_home: boolean;
}

/** The entity fields from a raw `cases` row (dates stay YYYY-MM-DD strings, timestamps are Dates). */
export function caseFromRow(r: CaseRow): Case {
  return Object.assign(new Case(), {
    id: r['id'],
    centerId: r['center_id'],
    caseNumber: r['case_number'],
    status: r['status'],
    leadCoordinatorId: r['lead_coordinator_id'],
    clientName: r['client_name'],
    clientNameKana: r['client_name_kana'],
    searchName: r['search_name'],
    searchKana: r['search_kana'],
    birthDate: r['birth_date'],
    birthYear: r['birth_year'],
    sex: r['sex'],
    municipality: r['municipality'],
    hikikomoriSince: r['hikikomori_since'],
    chiefConcern: r['chief_concern'],
    referralRoute: r['referral_route'],
    supportStage: r['support_stage'],
    riskFlags: r['risk_flags'],
    clientContact: r['client_contact'],
    clientAware: r['client_aware'],
    openedOn: r['opened_on'],
    closedOn: r['closed_on'],
    closureReason: r['closure_reason'],
    closureRequested: r['closure_requested'],
    closureRequestReason: r['closure_request_reason'],
    closureRequestNote: r['closure_request_note'],
    closureRequestedBy: r['closure_requested_by'],
    closureRequestedAt: r['closure_requested_at'],
    closureDeclineNote: r['closure_decline_note'],
    closureDeclinedBy: r['closure_declined_by'],
    closureDeclinedAt: r['closure_declined_at'],
    mergedIntoId: r['merged_into_id'],
    version: r['version'],
    createdAt: r['created_at'],
    updatedAt: r['updated_at'],
    createdBy: r['created_by'],
    voidedAt: r['voided_at'],
    voidedBy: r['voided_by'],
    voidReason: r['void_reason'],
  } as Partial<Case>);
}

export function toCaseDto(c: Case, extras: CaseExtras, today = japanDate()): CaseDto {
  const age = ageOn(today, c.birthDate, c.birthYear);
  return {
    id: c.id,
    centerId: c.centerId,
    caseNumber: c.caseNumber,
    status: c.status,
    leadCoordinatorId: c.leadCoordinatorId,
    secondCoordinatorIds: extras.secondCoordinatorIds,
    clientName: c.clientName,
    clientNameKana: c.clientNameKana,
    birthDate: c.birthDate,
    birthYear: c.birthYear,
    age,
    sex: c.sex,
    municipality: c.municipality,
    hikikomoriSince: c.hikikomoriSince,
    chiefConcern: c.chiefConcern,
    referralRoute: c.referralRoute,
    supportStage: c.supportStage,
    riskFlags: c.riskFlags,
    clientContact: c.clientContact,
    clientAware: c.clientAware,
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    closureReason: c.closureReason,
    closureRequested: c.closureRequested,
    closureRequest:
      c.closureRequested && c.closureRequestReason && c.closureRequestedBy && c.closureRequestedAt
        ? { reason: c.closureRequestReason, note: c.closureRequestNote, requestedBy: c.closureRequestedBy, requestedAt: c.closureRequestedAt.toISOString() }
        : null,
    closureDecline:
      c.closureDeclineNote && c.closureDeclinedBy && c.closureDeclinedAt
        ? { note: c.closureDeclineNote, declinedBy: c.closureDeclinedBy, declinedAt: c.closureDeclinedAt.toISOString() }
        : null,
    mergedIntoId: c.mergedIntoId,
    is8050: age !== null && age >= 40 && extras.elderlyParentAtHome,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

export function toReferralView(c: Case, today = japanDate()): CaseReferralViewDto {
  return {
    id: c.id,
    centerId: c.centerId,
    caseNumber: c.caseNumber,
    clientName: c.clientName,
    age: ageOn(today, c.birthDate, c.birthYear),
    municipality: c.municipality,
    leadCoordinatorId: c.leadCoordinatorId,
  };
}

/** The one mapper for cases: the view decides which fields leave the API. */
export function mapCase(view: CaseView, c: Case, extras: CaseExtras): CaseDto | CaseReferralViewDto {
  return view === 'full' ? toCaseDto(c, extras) : toReferralView(c);
}

export const toFamilyMemberDto = (f: FamilyMember): FamilyMemberDto => ({
  id: f.id,
  caseId: f.caseId,
  relationship: f.relationship,
  name: f.name,
  birthYear: f.birthYear,
  livesWithClient: f.livesWithClient,
  mainConsulter: f.mainConsulter,
  version: f.version,
});
