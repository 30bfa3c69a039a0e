import type { ClientContact, InquiryDto, InquiryRoute, ReferralRoute, Sex } from '@tsunagu/contracts';

/** How a caller heard of the center (相談経路) as the case's referral route. */
const ROUTE_TO_REFERRAL: Record<InquiryRoute, ReferralRoute> = {
  municipal_office: 'municipal_office',
  public_health_center: 'other_agency',
  medical_institution: 'medical_institution',
  school: 'school',
  family_association: 'other_agency',
  web_search: 'website',
  public_relations: 'website',
  acquaintance: 'acquaintance',
  other_agency: 'other_agency',
  other: 'other',
};

/** The case fields ケース化 asks for, as the form holds them. */
export interface CasePrefill {
  clientName: string;
  clientNameKana: string;
  birthYear: number | null;
  sex: Sex;
  municipality: string | null;
  referralRoute: ReferralRoute | null;
  chiefConcern: string;
  clientContact: ClientContact;
}

/** The referral route of the case: 本人 or a family member who called, else how the caller heard of the center. */
export function referralRouteOf(inquiry: Pick<InquiryDto, 'callerType' | 'route'>): ReferralRoute | null {
  if (inquiry.callerType === 'self') return 'self';
  if (inquiry.callerType === 'family') return 'family';
  if (inquiry.route) return ROUTE_TO_REFERRAL[inquiry.route];
  return inquiry.callerType === 'agency' ? 'other_agency' : null;
}

/**
 * A new case's form filled in from a first contact: the person's sex and municipality, the
 * summary as the chief concern, the referral route, and 本人's name when 本人 called and gave it.
 * Contact with 本人 is direct when 本人 called, otherwise none yet (family only).
 */
export function casePrefillOf(inquiry: InquiryDto): CasePrefill {
  return {
    clientName: inquiry.callerType === 'self' && inquiry.callerName ? inquiry.callerName : '',
    clientNameKana: '',
    birthYear: null,
    sex: inquiry.personSex ?? 'unknown',
    municipality: inquiry.personMunicipality,
    referralRoute: referralRouteOf(inquiry),
    chiefConcern: inquiry.summary,
    clientContact: inquiry.callerType === 'self' ? 'direct' : 'none',
  };
}
