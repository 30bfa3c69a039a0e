import ApartmentIcon from '@mui/icons-material/Apartment';
import PolicyIcon from '@mui/icons-material/Policy';
import ShareIcon from '@mui/icons-material/Share';
import { AgencyCreate, AgencyEdit, AgencyList, agencyRepresentation, AgencyShow } from './agencies/agencies';
import { DisclosureList, DisclosureShow } from './disclosures/disclosures';
import { ReferralList } from './referrals/ReferralList';

export { CaseReferrals } from './referrals/ReferralsTab';
export { CaseDisclosures } from './disclosures/disclosures';
export { WaitingReferrals } from './referrals/WaitingReferrals';

/** 関係機関: maintained by staff, supervisors and admins; read by coordinators. */
export const agencies = {
  list: AgencyList,
  show: AgencyShow,
  create: AgencyCreate,
  edit: AgencyEdit,
  icon: ApartmentIcon,
  recordRepresentation: agencyRepresentation,
};

/** 紹介・つなぎ: the list of the center's referrals; each is worked on its case's page. */
export const referrals = {
  list: ReferralList,
  icon: ShareIcon,
};

/** 第三者提供の記録: written when information leaves the center, never edited or deleted. */
export const disclosures = {
  list: DisclosureList,
  show: DisclosureShow,
  icon: PolicyIcon,
};
