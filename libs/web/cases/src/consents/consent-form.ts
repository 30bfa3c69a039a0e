import { consentStateOn, japanDate, type ConsentDto, type ConsentState } from '@tsunagu/contracts';

type Values = Record<string, unknown>;

/**
 * The consent form as the API takes it: the family member only for a family member's consent, the
 * representative's name only for a representative's, the agency only where the purpose names one,
 * the information categories only for information sharing.
 */
export function consentFormToApi<T extends Values>(values: T): T {
  const out: Values = { ...values };
  if (out['givenBy'] !== 'family') delete out['familyMemberId'];
  if (out['givenBy'] !== 'representative') delete out['representativeName'];
  if (out['purpose'] !== 'information_sharing' && out['purpose'] !== 'case_conference') delete out['agencyId'];
  if (out['purpose'] !== 'information_sharing') delete out['categories'];
  return out as T;
}

/** The state of a consent today (Japan time), by the rule of the contracts, never by the browser's clock zone. */
export function consentStateToday(consent: Pick<ConsentDto, 'givenOn' | 'expiresOn' | 'withdrawnOn'>, today = japanDate()): ConsentState {
  return consentStateOn(consent, today);
}
