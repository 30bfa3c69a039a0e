import FolderSharedIcon from '@mui/icons-material/FolderShared';
import type { CaseDto, CaseReferralViewDto } from '@tsunagu/contracts';
import { CaseCreate } from './CaseCreate';
import { CaseEdit } from './CaseEdit';
import { CaseList } from './CaseList';
import { createCaseShow, type CaseTabSlots } from './CaseShow';
import { summarySheetRoute } from '../summary-sheet';

/**
 * ケース: supervisors and coordinators (their own) in full; staff the referral view; admins nothing.
 * `/cases/:id/print` is the case summary sheet (ケース概要票).
 */
export const createCasesResource = (slots: CaseTabSlots = {}) => ({
  list: CaseList,
  show: createCaseShow(slots),
  create: CaseCreate,
  edit: CaseEdit,
  icon: FolderSharedIcon,
  recordRepresentation: (record: CaseDto | CaseReferralViewDto) => `${record.caseNumber} ${record.clientName}`,
  children: summarySheetRoute,
});

export { MyCases } from './MyCases';
export { ClosureQueue } from './ClosureWorkflow';
