import { AUDIT_ACTIONS, ROLES } from '@tsunagu/contracts';

/** Choices whose `name` is an i18n key; react-admin translates them. */
export interface Choice {
  id: string;
  name: string;
}

export const roleChoices: Choice[] = ROLES.map((id) => ({ id, name: `tsunagu.roles.${id}` }));

export const auditActionChoices: Choice[] = AUDIT_ACTIONS.map((id) => ({ id, name: `tsunagu.audit.actions.${id}` }));

/** The kinds of record the audit log names so far (`entity`); more come with each feature. */
export const AUDIT_ENTITIES = ['center', 'user'] as const;
export const auditEntityChoices: Choice[] = AUDIT_ENTITIES.map((id) => ({ id, name: `tsunagu.audit.entities.${id}` }));
