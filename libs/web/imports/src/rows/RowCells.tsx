import { Box, Chip, Stack, Typography, type ChipProps } from '@mui/material';
import type { ImportRowDto, ImportRowOutcome } from '@tsunagu/contracts';
import { StaffName } from '@tsunagu/web-ui';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { duplicateText, summaryOf } from './row-summary';

const OUTCOME_COLORS: Record<ImportRowOutcome, NonNullable<ChipProps['color']>> = {
  create: 'success',
  skip: 'default',
  already_imported: 'info',
  error: 'error',
  undecided: 'warning',
};

/** Where the row is in the file: 「ケース 3行目」. */
export const RowPlace = () => {
  const row = useRecordContext<ImportRowDto>();
  const translate = useTranslate();
  if (!row) return null;
  return <>{translate('tsunagu.imports.rows.place', { sheet: translate(`tsunagu.imports.sheets.${row.sheet}`), row: row.rowNumber })}</>;
};

/** The row's main values as read: a case's name, birth, sex and lead; a family member; a contact's day, method and summary. */
export const RowValues = () => {
  const row = useRecordContext<ImportRowDto>();
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  if (!row) return null;
  const { headline, details, leadId } = summaryOf(row, translate, locale);
  return (
    <Box sx={{ minWidth: 180 }}>
      <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
        {headline}
      </Typography>
      {details.length ? (
        <Typography variant="body2" color="text.secondary">
          {details.join('・')}
        </Typography>
      ) : null}
      {leadId ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tsunagu.imports.rows.lead')}: <StaffName id={leadId} />
        </Typography>
      ) : null}
    </Box>
  );
};

/** What the check found: problems (the file's column and the message, in red) and possible duplicates. */
export const RowChecks = () => {
  const row = useRecordContext<ImportRowDto>();
  const translate = useTranslate();
  if (!row || (!row.problems.length && !row.duplicates.length)) return null;
  return (
    <Stack spacing={0.5} sx={{ minWidth: 200 }}>
      {row.problems.map((p, i) => (
        <Typography key={`p${i}`} variant="body2" color="error" data-testid="row-problem">
          {p.column ? `${p.column}: ` : ''}
          {p.message}
        </Typography>
      ))}
      {row.duplicates.map((d, i) => (
        <Typography key={`d${i}`} variant="body2" color="warning.dark" data-testid="row-duplicate">
          {translate('tsunagu.imports.rows.possible_duplicate')} {duplicateText(d, translate)}
        </Typography>
      ))}
    </Stack>
  );
};

/** The row's outcome on commit, as a chip. */
export const OutcomeChip = () => {
  const row = useRecordContext<ImportRowDto>();
  const translate = useTranslate();
  if (!row) return null;
  return <Chip size="small" color={OUTCOME_COLORS[row.outcome]} label={translate(`tsunagu.imports.outcomes.${row.outcome}`)} />;
};
