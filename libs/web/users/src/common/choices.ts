import { AUDIT_ACTIONS, ROLES } from '@tsunagu/contracts';
import type { Choice } from '@tsunagu/web-ui';

export type { Choice };

export const roleChoices: Choice[] = ROLES.map((id) => ({ id, name: `tsunagu.roles.${id}` }));

export const auditActionChoices: Choice[] = AUDIT_ACTIONS.map((id) => ({ id, name: `tsunagu.audit.actions.${id}` }));

/** The kinds of record the audit log names (`entity`), as the API writes them. */
export const AUDIT_ENTITIES = [
  'center',
  'user',
  'case',
  'case_duplicate_check',
  'family_member',
  'consent',
  'agency',
  'interview',
  'outreach_visit',
  'program',
  'program_session',
  'attendance',
  'referral',
  'disclosure',
] as const;
export const auditEntityChoices: Choice[] = AUDIT_ENTITIES.map((id) => ({ id, name: `tsunagu.audit.entities.${id}` }));
