import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, LinearProgress, Paper, Stack } from '@mui/material';
import { RESOURCES, type AgencyDto, type CaseConferenceDto, type CaseDto } from '@tsunagu/contracts';
import { NotFoundMessage, PrintStyles } from '@tsunagu/web-ui';
import { Link, Title, useGetMany, useGetOne, useParams, useTranslate } from 'react-admin';
import { initialsOf } from './conference-logic';
import { MinutesDocument } from './MinutesDocument';
import { useDirectoryChoices } from './useDirectoryChoices';


/** /case-conferences/:id/minutes: the 議事録, ready to print. */
export const MinutesPrint = () => {
  const translate = useTranslate();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, isPending } = useGetOne<CaseConferenceDto>(RESOURCES.caseConferences, { id }, { retry: false });
  const caseIds = data?.cases.map((c) => c.caseId) ?? [];
  const agencyIds = [...new Set(data?.outsideAttendees.map((a) => a.agencyId) ?? [])];
  const cases = useGetMany<CaseDto>(RESOURCES.cases, { ids: caseIds }, { enabled: caseIds.length > 0 });
  const agencies = useGetMany<AgencyDto>(RESOURCES.agencies, { ids: agencyIds }, { enabled: agencyIds.length > 0 });
  const staff = useDirectoryChoices();
  const names = {
    staff: (userId: string) => staff.choices.find((u) => u.id === userId)?.name ?? translate('tsunagu.common.colleague'),
    agency: (agencyId: string) => agencies.data?.find((a) => a.id === agencyId)?.name ?? '—',
    initials: (caseId: string) => initialsOf(cases.data?.find((c) => c.id === caseId)?.clientNameKana),
  };
  const loading = isPending || cases.isPending || agencies.isPending || staff.isPending;
  return (
    <Box sx={{ py: 2 }}>
      <PrintStyles />
      <Title title={translate('tsunagu.conferences.minutes')} />
      <Stack data-print="hide" direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap' }}>
        <Button component={Link} to={`/${RESOURCES.caseConferences}/${encodeURIComponent(id)}/show`} startIcon={<ArrowBackIcon />} sx={{ minHeight: 44 }}>
          {translate('tsunagu.conferences.back')}
        </Button>
        <Button variant="contained" size="large" startIcon={<PrintIcon />} disabled={!data || loading} onClick={() => window.print()}>
          {translate('tsunagu.conferences.print_now')}
        </Button>
      </Stack>
      {loading && !error ? <LinearProgress data-print="hide" sx={{ mb: 1 }} /> : null}
      {error ? (
        <NotFoundMessage />
      ) : data && !loading ? (
        <Paper data-print="sheet" sx={{ p: { xs: 2, sm: 4 }, maxWidth: '210mm', mx: 'auto', overflowX: 'auto' }}>
          <MinutesDocument conference={data} names={names} />
        </Paper>
      ) : null}
    </Box>
  );
};
