import { Chip, Stack } from '@mui/material';
import type { CaseDto } from '@tsunagu/contracts';
import { CASE_STATUS_COLORS, EnumChip, enumKey } from '@tsunagu/web-ui';
import { useRecordContext, useTranslate } from 'react-admin';
import { isFullCase } from './case-form';

/** The case's status as a coloured chip. */
export const CaseStatusChip = () => <EnumChip source="status" prefix="tsunagu.enums.case_status" colors={CASE_STATUS_COLORS} />;

/**
 * What a coordinator must notice at a glance: the 8050 household, risk flags, a family-only case
 * and a pending closure request.
 */
export const CaseBadges = ({ withContact = true }: { withContact?: boolean }) => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  if (!isFullCase(record)) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.is8050 ? (
        <Chip size="small" color="secondary" label={translate('tsunagu.cases.badges.8050')} title={translate('tsunagu.cases.badges.8050_hint')} />
      ) : null}
      {record.riskFlags.map((flag) => (
        <Chip key={flag} size="small" color="error" variant="outlined" label={translate(enumKey('risk_flag', flag))} />
      ))}
      {withContact && record.clientContact === 'none' ? (
        <Chip size="small" variant="outlined" label={translate('tsunagu.cases.badges.family_only')} />
      ) : null}
      {record.closureRequested && record.status !== 'closed' ? (
        <Chip size="small" color="warning" variant="outlined" label={translate('tsunagu.cases.badges.closure_requested')} />
      ) : null}
    </Stack>
  );
};
