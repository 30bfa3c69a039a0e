import { CASE_STATUSES, CLIENT_CONTACTS, RISK_FLAGS } from '@tsunagu/contracts';
import { AuthUser, DomainError, ListSpec, tenantOf } from '@tsunagu/api-core';
import type { WhereExpressionBuilder } from 'typeorm';

/**
 * Who sees which case (docs/domain.md, "Roles"), in one place:
 * - supervisor: every case of their center, in full;
 * - coordinator: the cases of their center they are lead or second on, in full;
 * - staff: every case of their center, as the referral view only;
 * - admin: no case content at all.
 * Voided cases are invisible to everyone.
 */
export type CaseView = 'full' | 'referral';

export function caseViewFor(actor: AuthUser): CaseView {
  switch (actor.role) {
    case 'supervisor':
    case 'coordinator':
      return 'full';
    case 'staff':
      return 'referral';
    default:
      throw new DomainError('forbidden', 'CASE_FORBIDDEN', 'Administrators do not see case records');
  }
}

/** Adds the visibility condition for the cases table aliased `alias` to a query. */
export function scopeCases(qb: WhereExpressionBuilder, alias: string, actor: AuthUser): void {
  caseViewFor(actor);
  qb.andWhere(`${alias}.voided_at IS NULL AND ${alias}.center_id = :scopeCenter`, { scopeCenter: tenantOf(actor) });
  if (actor.role === 'coordinator') {
    qb.andWhere(
      `(${alias}.lead_coordinator_id = :scopeMe OR EXISTS (
         SELECT 1 FROM case_second_coordinators scope_sc WHERE scope_sc.case_id = ${alias}.id AND scope_sc.user_id = :scopeMe))`,
      { scopeMe: actor.id },
    );
  }
}

type CaseField =
  | 'caseNumber'
  | 'status'
  | 'openedOn'
  | 'closedOn'
  | 'clientNameKana'
  | 'updatedAt'
  | 'createdAt'
  | 'leadCoordinatorId'
  | 'clientContact'
  | 'riskFlag'
  | 'coordinatorId'
  | 'closureRequested'
  | 'municipality';

export const CASE_LIST_SPEC: ListSpec<CaseField> = {
  sortable: ['caseNumber', 'status', 'openedOn', 'closedOn', 'clientNameKana', 'updatedAt', 'createdAt', 'municipality'],
  filters: {
    q: 'string',
    caseNumber: 'string',
    status: { enum: CASE_STATUSES },
    leadCoordinatorId: 'uuid',
    coordinatorId: 'uuid',
    clientContact: { enum: CLIENT_CONTACTS },
    riskFlag: { enum: RISK_FLAGS },
    municipality: 'string',
    closureRequested: 'boolean',
  },
  defaultSort: { field: 'updatedAt', order: 'DESC' },
};

/** What the referral view may filter and sort on: nothing that tells about the support itself. */
export const REFERRAL_VIEW_FIELDS: readonly string[] = ['q', 'id', 'caseNumber', 'leadCoordinatorId', 'municipality', 'openedOn', 'createdAt', 'updatedAt'];

export const CASE_COLUMNS: Record<Exclude<CaseField, 'riskFlag' | 'coordinatorId'>, string> = {
  caseNumber: 'c.case_number',
  status: 'c.status',
  openedOn: 'c.opened_on',
  closedOn: 'c.closed_on',
  clientNameKana: 'c.search_kana',
  updatedAt: 'c.updated_at',
  createdAt: 'c.created_at',
  leadCoordinatorId: 'c.lead_coordinator_id',
  clientContact: 'c.client_contact',
  municipality: 'c.municipality',
  closureRequested: 'c.closure_requested',
};
