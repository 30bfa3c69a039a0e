import { regex } from 'ra-core';

/** The API's rule for center codes (used in case numbers): a capital letter, then 1 to 9 capitals or digits. */
export const CENTER_CODE = /^[A-Z][A-Z0-9]{1,9}$/;

export const validateCenterCode = regex(CENTER_CODE, 'tsunagu.validation.center_code');

/** Every role but admin belongs to a center. */
export function validateCenterForRole(value: unknown, values: { role?: unknown }): string | undefined {
  if (values?.role === 'admin') return undefined;
  return value ? undefined : 'tsunagu.validation.center_required';
}

/** An admin belongs to no center: whatever the form still holds, the API gets null. */
export function userFormToApi<T extends { role?: unknown; centerId?: unknown }>(values: T): T {
  return values.role === 'admin' ? { ...values, centerId: null } : values;
}
