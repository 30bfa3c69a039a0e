import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, LinearProgress, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { japanDate, RESOURCES, SUMMARY_SHEET_VARIANTS, type SummarySheetVariant } from '@tsunagu/contracts';
import { errorCode, useApiQuery, type SummarySheetQuery } from '@tsunagu/web-data-access';
import { NotFoundMessage, PrintStyles } from '@tsunagu/web-ui';
import { useState } from 'react';
import { Link, Title, useCreatePath, useParams, useTranslate } from 'react-admin';
import { SummarySheetDocument } from './SummarySheetDocument';


/** The contact history of the past year by default. */
function defaultPeriod(today = japanDate()): { from: string; to: string } {
  const yearBefore = new Date(`${today}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return { from: yearBefore.toISOString().slice(0, 10), to: today };
}

/**
 * /cases/:id/print: the ケース概要票. The variant and the period are chosen on screen (and not
 * printed); the API shapes the sheet for the variant and audits each one made as an export.
 */
export const CaseSummarySheet = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { id = '' } = useParams<{ id: string }>();
  const [query, setQuery] = useState<SummarySheetQuery>(() => ({ variant: 'full', ...defaultPeriod() }));
  const valid = !!query.from && !!query.to && query.from <= query.to;
  const { data, error, isPending } = useApiQuery(valid ? `${id}|${query.variant}|${query.from}|${query.to}` : null, (dp) => dp.summarySheet(id, query));
  const set = (patch: Partial<SummarySheetQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const notFound = errorCode(error) === 'NOT_FOUND' || (error as { status?: number } | undefined)?.status === 404;

  return (
    <Box sx={{ py: 2 }}>
      <PrintStyles />
      <Title title={translate('tsunagu.summary_sheet.title')} />
      <Stack
        data-print="hide"
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ mb: 2, alignItems: { md: 'center' }, flexWrap: 'wrap' }}
      >
        <Button component={Link} to={createPath({ resource: RESOURCES.cases, id, type: 'show' })} startIcon={<ArrowBackIcon />} sx={{ alignSelf: 'flex-start' }}>
          {translate('tsunagu.summary_sheet.back')}
        </Button>
        <ToggleButtonGroup
          exclusive
          color="primary"
          value={query.variant}
          onChange={(_e, variant: SummarySheetVariant | null) => variant && set({ variant })}
          aria-label={translate('tsunagu.summary_sheet.variant')}
        >
          {SUMMARY_SHEET_VARIANTS.map((v) => (
            <ToggleButton key={v} value={v} sx={{ minHeight: 44 }}>
              {translate(`tsunagu.summary_sheet.variants.${v}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1}>
          <TextField
            type="date"
            label={translate('tsunagu.summary_sheet.from')}
            value={query.from}
            onChange={(e) => set({ from: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!valid}
          />
          <TextField
            type="date"
            label={translate('tsunagu.summary_sheet.to')}
            value={query.to}
            onChange={(e) => set({ to: e.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
            error={!valid}
          />
        </Stack>
        <Button variant="contained" size="large" startIcon={<PrintIcon />} disabled={!data || isPending} onClick={() => window.print()} sx={{ alignSelf: 'flex-start' }}>
          {translate('tsunagu.summary_sheet.print')}
        </Button>
      </Stack>
      {!valid ? (
        <Alert severity="warning" data-print="hide" sx={{ mb: 2 }}>
          {translate('tsunagu.errors.summary_sheet_period')}
        </Alert>
      ) : null}
      {isPending ? <LinearProgress data-print="hide" sx={{ mb: 1 }} /> : null}
      {notFound ? (
        <NotFoundMessage />
      ) : error ? (
        <Alert severity="error">{translate((error as Error).message || 'ra.notification.http_error')}</Alert>
      ) : data ? (
        <Paper data-print="sheet" sx={{ p: { xs: 2, sm: 4 }, maxWidth: '210mm', mx: 'auto', overflowX: 'auto' }}>
          <SummarySheetDocument sheet={data} />
        </Paper>
      ) : null}
    </Box>
  );
};
