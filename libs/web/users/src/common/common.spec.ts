import { AUDIT_ACTIONS, ROLES } from '@tsunagu/contracts';
import { en, ja } from '@tsunagu/web-i18n';
import { auditActionChoices, auditEntityChoices, roleChoices } from './choices';
import { CENTER_CODE, userFormToApi, validateCenterForRole } from './validation';

const has = (catalog: object, key: string) =>
  typeof key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog) === 'string';

describe('choices', () => {
  it('offer every role and audit action, each with a label in both languages', () => {
    expect(roleChoices.map((c) => c.id)).toEqual([...ROLES]);
    expect(auditActionChoices.map((c) => c.id)).toEqual([...AUDIT_ACTIONS]);
    for (const choice of [...roleChoices, ...auditActionChoices, ...auditEntityChoices]) {
      expect({ key: choice.name, ja: has(ja, choice.name), en: has(en, choice.name) }).toEqual({ key: choice.name, ja: true, en: true });
    }
  });
});

describe('user form rules', () => {
  it('requires a center for every role but admin', () => {
    expect(validateCenterForRole(undefined, { role: 'coordinator' })).toBe('tsunagu.validation.center_required');
    expect(validateCenterForRole(null, { role: 'staff' })).toBe('tsunagu.validation.center_required');
    expect(validateCenterForRole('c0a80101-0000-4000-8000-0000000000aa', { role: 'supervisor' })).toBeUndefined();
    expect(validateCenterForRole(undefined, { role: 'admin' })).toBeUndefined();
  });

  it('sends no center for an admin, whatever the form still holds', () => {
    expect(userFormToApi({ role: 'admin', centerId: 'c1', name: 'A' })).toEqual({ role: 'admin', centerId: null, name: 'A' });
    expect(userFormToApi({ role: 'staff', centerId: 'c1' })).toEqual({ role: 'staff', centerId: 'c1' });
  });

  it('accepts the center codes the API accepts', () => {
    for (const ok of ['SAP', 'TS', 'A1', 'SAPPORO123']) expect(CENTER_CODE.test(ok)).toBe(true);
    for (const bad of ['S', 'sap', '1AB', 'SAPPORO1234', 'SA-P']) expect(CENTER_CODE.test(bad)).toBe(false);
  });
});
