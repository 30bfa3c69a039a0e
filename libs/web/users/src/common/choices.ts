import { AUDIT_ACTIONS, AUDIT_ENTITIES, ROLES } from '@tsunagu/contracts';
import type { Choice } from '@tsunagu/web-ui';

export type { Choice };

export const roleChoices: Choice[] = ROLES.map((id) => ({ id, name: `tsunagu.roles.${id}` }));

export const auditActionChoices: Choice[] = AUDIT_ACTIONS.map((id) => ({ id, name: `tsunagu.audit.actions.${id}` }));

export const auditEntityChoices: Choice[] = AUDIT_ENTITIES.map((id) => ({ id, name: `tsunagu.audit.entities.${id}` }));
