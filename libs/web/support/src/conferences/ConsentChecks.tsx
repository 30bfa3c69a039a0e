import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/Warning';
import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { RESOURCES, type AgencyDto, type CaseDto } from '@tsunagu/contracts';
import { useConsentCoverage } from '@tsunagu/web-cases';
import { useGetMany, useTranslate } from 'react-admin';

const Check = ({ caseId, agencyId, on, label }: { caseId: string; agencyId: string; on: string; label: string }) => {
  const translate = useTranslate();
  const { data, isPending } = useConsentCoverage({ caseId, agencyId, on, purpose: 'case_conference' });
  if (isPending) return null;
  const covered = !!data?.covered;
  return (
    <ListItem disableGutters data-testid="consent-check">
      <ListItemIcon sx={{ minWidth: 32 }}>{covered ? <CheckCircleIcon color="success" /> : <WarningIcon color="error" />}</ListItemIcon>
      <ListItemText primary={label} secondary={translate(covered ? 'tsunagu.conferences.consent_ok' : 'tsunagu.conferences.consent_missing')} />
    </ListItem>
  );
};

/**
 * At a consent-based meeting: whether each case's 支援会議・事例検討 consent covers each agency on
 * the day, checked as the referral send dialog checks its consent (the API refuses without it).
 */
export const ConsentChecks = ({ caseIds, agencyIds, on }: { caseIds: string[]; agencyIds: string[]; on: string }) => {
  const cases = useGetMany<CaseDto>(RESOURCES.cases, { ids: caseIds });
  const agencies = useGetMany<AgencyDto>(RESOURCES.agencies, { ids: agencyIds });
  const caseNumber = (id: string) => cases.data?.find((c) => c.id === id)?.caseNumber ?? '';
  const agencyName = (id: string) => agencies.data?.find((a) => a.id === id)?.name ?? '';
  return (
    <List dense disablePadding>
      {caseIds.flatMap((caseId) =>
        agencyIds.map((agencyId) => (
          <Check key={`${caseId}:${agencyId}`} caseId={caseId} agencyId={agencyId} on={on} label={`${caseNumber(caseId)} ・ ${agencyName(agencyId)}`} />
        )),
      )}
    </List>
  );
};
