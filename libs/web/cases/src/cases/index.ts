import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { CaseDto, CaseReferralViewDto } from '@tsunagu/contracts';
import { CaseCreate } from './CaseCreate';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { createCaseShow, type CaseTabSlots } from './CaseShow';

/** ケース: supervisors and coordinators (their own) in full; staff the referral view; admins nothing. */
export const createCasesResource = (slots: CaseTabSlots = {}) => ({
  list: CaseList,
  show: createCaseShow(slots),
  create: CaseCreate,
  edit: CaseEdit,
  icon: FolderSharedIcon,
  recordRepresentation: (record: CaseDto | CaseReferralViewDto) => `${record.caseNumber} ${record.clientName}`,
});

export { MyCases } from './MyCases';
