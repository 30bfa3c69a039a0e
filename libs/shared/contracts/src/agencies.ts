/** Partner agency types, following the categories of the national referral statistics. */
export const AGENCY_TYPES = [
  'municipal_office',
  'private_support_group',
  'public_health_center',
  'medical_institution',
  'youth_support_station',
  'self_reliance_support',
  'disability_services',
  'mental_health_welfare_center',
  'school_board_of_education',
  'welfare_office',
  'other_hikikomori_center',
  'hello_work',
  'social_welfare_council',
  'community_general_support_center',
  'company',
  'developmental_disability_support_center',
  'children_youth_consultation_center',
  'disability_employment_support',
  'child_guidance_center',
  'other',
] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export interface AgencyDto {
  id: string;
  centerId: string;
  name: string;
  type: AgencyType;
  municipality: string | null;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  notes: string | null;
  version: number;
}
