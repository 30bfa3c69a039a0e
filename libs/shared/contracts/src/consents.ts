export const CONSENT_GIVERS = ['client', 'family', 'representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const CONSENT_PURPOSES = ['consultation', 'outreach', 'information_sharing', 'case_conference'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_METHODS = ['written', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Categories of information a sharing consent (and a disclosure) covers. */
export const INFO_CATEGORIES = ['basic', 'health_disability', 'work_school', 'finances', 'welfare_services', 'life_history'] as const;
export type InfoCategory = (typeof INFO_CATEGORIES)[number];

export const CONSENT_STATES = ['active', 'not_yet', 'expired', 'withdrawn'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export interface ConsentDto {
  id: string;
  caseId: string;
  givenBy: ConsentGiver;
  familyMemberId: string | null;
  representativeName: string | null;
  purpose: ConsentPurpose;
  agencyId: string | null;
  categories: InfoCategory[];
  method: ConsentMethod;
  givenOn: string;
  expiresOn: string | null;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  /** State today, Japan time. */
  state: ConsentState;
  version: number;
  createdAt: string;
}

/**
 * The consent rule (docs/domain.md, rule 6): active on day D when givenOn ≤ D, D is not after
 * expiresOn (if set), and D is before withdrawnOn (if set). Dates are YYYY-MM-DD, Japan time.
 */
export function consentStateOn(
  c: Pick<ConsentDto, 'givenOn' | 'expiresOn' | 'withdrawnOn'>,
  day: string,
): ConsentState {
  if (c.withdrawnOn && day >= c.withdrawnOn) return 'withdrawn';
  if (day < c.givenOn) return 'not_yet';
  if (c.expiresOn && day > c.expiresOn) return 'expired';
  return 'active';
}

/** GET /consents/coverage: whether an active consent covers a purpose on a day, and which one. */
export interface ConsentCoverageDto {
  covered: boolean;
  consent: ConsentDto | null;
}
