import { Column, Entity } from 'typeorm';
import type { CaseStatus, ClientContact, ClosureReason, ReferralRoute, RiskFlag, Sex, SupportStage } from '@tsunagu/contracts';
import { VoidableRecord } from '@tsunagu/api-database';

/** A case (ケース): the unit of support, owned by one center. */
@Entity({ name: 'cases' })
export class Case extends VoidableRecord {
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ name: 'lead_coordinator_id', type: 'uuid' })
  leadCoordinatorId: string;

  @Column({ name: 'client_name', type: 'text' })
  clientName: string;

  @Column({ name: 'client_name_kana', type: 'text', nullable: true })
  clientNameKana: string | null;

  /** clientName folded for matching (see foldForSearch). */
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Column({ name: 'search_kana', type: 'text', nullable: true })
  searchKana: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'birth_year', type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text' })
  sex: Sex;

  @Column({ type: 'text', nullable: true })
  municipality: string | null;

  @Column({ name: 'hikikomori_since', type: 'text', nullable: true })
  hikikomoriSince: string | null;

  @Column({ name: 'chief_concern', type: 'text', nullable: true })
  chiefConcern: string | null;

  @Column({ name: 'referral_route', type: 'text', nullable: true })
  referralRoute: ReferralRoute | null;

  @Column({ name: 'support_stage', type: 'text', nullable: true })
  supportStage: SupportStage | null;

  @Column({ name: 'risk_flags', type: 'text', array: true })
  riskFlags: RiskFlag[];

  @Column({ name: 'client_contact', type: 'text' })
  clientContact: ClientContact;

  @Column({ name: 'client_aware', type: 'boolean', nullable: true })
  clientAware: boolean | null;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ name: 'closure_reason', type: 'text', nullable: true })
  closureReason: ClosureReason | null;

  /** A closure request waits for the supervisor: its reason, note, who and when (all set, or none). */
  @Column({ name: 'closure_requested', type: 'boolean', default: false })
  closureRequested: boolean;

  @Column({ name: 'closure_request_reason', type: 'text', nullable: true })
  closureRequestReason: ClosureReason | null;

  @Column({ name: 'closure_request_note', type: 'text', nullable: true })
  closureRequestNote: string | null;

  @Column({ name: 'closure_requested_by', type: 'uuid', nullable: true })
  closureRequestedBy: string | null;

  @Column({ name: 'closure_requested_at', type: 'timestamptz', nullable: true })
  closureRequestedAt: Date | null;

  /** The supervisor's answer to the last request, when declined; a new request clears it. */
  @Column({ name: 'closure_decline_note', type: 'text', nullable: true })
  closureDeclineNote: string | null;

  @Column({ name: 'closure_declined_by', type: 'uuid', nullable: true })
  closureDeclinedBy: string | null;

  @Column({ name: 'closure_declined_at', type: 'timestamptz', nullable: true })
  closureDeclinedAt: Date | null;

  /** A case closed as a duplicate names the case it was merged into. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  /** The import batch that created it, and its row's key in the file (moving in from spreadsheets). */
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId: string | null;

  @Column({ name: 'import_key', type: 'text', nullable: true })
  importKey: string | null;
}

/** A case with no closure request waiting (all of the request's columns cleared together). */
export const NO_REQUEST = {
  closureRequested: false,
  closureRequestReason: null,
  closureRequestNote: null,
  closureRequestedBy: null,
  closureRequestedAt: null,
} as const satisfies Partial<Case>;

/** A case with no declined request on show. */
export const NO_DECLINE = { closureDeclineNote: null, closureDeclinedBy: null, closureDeclinedAt: null } as const satisfies Partial<Case>;
