import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/Warning';
import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import { RESOURCES, type AgencyDto, type CaseDto } from '@tsunagu/contracts';
import { useConsentCoverage } from '@tsunagu/web-cases';
import { useEffect } from 'react';
import { useGetMany, useTranslate } from 'react-admin';

/** Tells the dialog whether a case and agency are covered once known (undefined while asking). */
type OnCoverage = (key: string, covered: boolean | undefined) => void;

const Check = ({ caseId, agencyId, on, label, onCoverage }: { caseId: string; agencyId: string; on: string; label: string; onCoverage: OnCoverage }) => {
  const translate = useTranslate();
  const { data, isPending } = useConsentCoverage({ caseId, agencyId, on, purpose: 'case_conference' });
  const covered = isPending ? undefined : !!data?.covered;
  const key = `${caseId}:${agencyId}`;
  useEffect(() => onCoverage(key, covered), [key, covered, onCoverage]);
  if (covered === undefined) return null;
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
export const ConsentChecks = ({ caseIds, agencyIds, on, onCoverage }: { caseIds: string[]; agencyIds: string[]; on: string; onCoverage: OnCoverage }) => {
  const cases = useGetMany<CaseDto>(RESOURCES.cases, { ids: caseIds });
  const agencies = useGetMany<AgencyDto>(RESOURCES.agencies, { ids: agencyIds });
  const caseNumber = (id: string) => cases.data?.find((c) => c.id === id)?.caseNumber ?? '';
  const agencyName = (id: string) => agencies.data?.find((a) => a.id === id)?.name ?? '';
  return (
    <List dense disablePadding>
      {caseIds.flatMap((caseId) =>
        agencyIds.map((agencyId) => (
          <Check
            key={`${caseId}:${agencyId}`}
            caseId={caseId}
            agencyId={agencyId}
            on={on}
            label={`${caseNumber(caseId)} ・ ${agencyName(agencyId)}`}
            onCoverage={onCoverage}
          />
        )),
      )}
    </List>
  );
};
