import PrintIcon from '@mui/icons-material/Print';
import { Button } from '@mui/material';
import { RESOURCES } from '@tsunagu/contracts';
import { CASE_ACTIONS } from '@tsunagu/web-data-access';
import { Link, useCanAccess, useTranslate } from 'react-admin';

/** 印刷（ケース概要票）: opens the case's summary sheet, for those who may make one. */
export const PrintSheetButton = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: RESOURCES.cases, action: CASE_ACTIONS.summarySheet });
  if (!canAccess) return null;
  return (
    <Button size="small" component={Link} to={`/${RESOURCES.cases}/${encodeURIComponent(caseId)}/print`} startIcon={<PrintIcon />}>
      {translate('tsunagu.summary_sheet.open')}
    </Button>
  );
};
