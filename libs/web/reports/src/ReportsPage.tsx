import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { japanDate, RESOURCES, type ActivityReport, type CaseloadReport, type CenterDto } from '@tsunagu/contracts';
import { canAccess, REPORT_ACTIONS, REPORTS, useTsunaguDataProvider, type ReportName, type ReportQuery } from '@tsunagu/web-data-access';
import { DownloadButton, NotFoundMessage, useMe } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { Title, useGetList, useStore, useTranslate } from 'react-admin';
import { ActivityStatistics, ReferralStatistics } from './ActivitySection';
import { CaseloadTable } from './CaseloadTable';
import { PeriodPicker } from './PeriodPicker';
import { isValidPeriod, PERIOD_SHORTCUTS, periodOf, type PeriodChoice } from './period';
import { useReport } from './use-report';

const DEFAULT_CHOICE: PeriodChoice = { shortcut: 'this_month' };

/** A remembered choice, or this month if what was stored is not a choice any more. */
export function sanitizeChoice(choice: unknown): PeriodChoice {
  const c = choice as Partial<{ shortcut: string; from: string; to: string }> | null;
  if (c && (PERIOD_SHORTCUTS as readonly string[]).includes(c.shortcut ?? '')) return { shortcut: c.shortcut as PeriodChoice['shortcut'] } as PeriodChoice;
  if (c?.shortcut === 'custom' && typeof c.from === 'string' && typeof c.to === 'string') return { shortcut: 'custom', from: c.from, to: c.to };
  return DEFAULT_CHOICE;
}

const ReportCard = ({ title, action, loading, error, children }: { title: string; action?: ReactNode; loading: boolean; error: unknown; children: ReactNode }) => {
  const translate = useTranslate();
  const message = error instanceof Error && error.message ? error.message : 'tsunagu.reports.failed';
  return (
    <Card component="section" aria-label={title}>
      <CardHeader title={title} action={action} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label={translate('tsunagu.reports.loading')} /> : null}</Box>
      <CardContent>{error ? <Alert severity="error">{translate(message, { _: translate('tsunagu.reports.failed') })}</Alert> : children}</CardContent>
    </Card>
  );
};

const CsvButton = ({ name, query, label, disabled }: { name: ReportName; query: ReportQuery; label: string; disabled: boolean }) => {
  const dataProvider = useTsunaguDataProvider();
  return (
    <DownloadButton
      label={label}
      disabled={disabled}
      download={() => dataProvider.reportCsv(name, query)}
    />
  );
};

/** Administrators choose one center for the activity statistics, or all of them. */
const CenterSelect = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => {
  const translate = useTranslate();
  const { data: centers = [] } = useGetList<CenterDto>(RESOURCES.centers, {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <TextField
      select
      size="small"
      label={translate('tsunagu.reports.center')}
      value={centers.some((c) => c.id === value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 240 }}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
    >
      <MenuItem value="">{translate('tsunagu.reports.all_centers')}</MenuItem>
      {centers.map((c) => (
        <MenuItem key={c.id} value={c.id}>
          {c.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * 実績・統計. A supervisor sees every coordinator's caseload with what needs attention, and the
 * center's activity statistics for any period, as charts and as CSV; a coordinator the same for
 * their own caseload; liaison staff the referral statistics; an administrator counts per center.
 */
export const ReportsPage = () => {
  const translate = useTranslate();
  const { role } = useMe();
  const today = japanDate();
  const [stored, setChoice] = useStore<PeriodChoice>('tsunagu.reports.period', DEFAULT_CHOICE);
  const [centerId, setCenterId] = useStore<string>('tsunagu.reports.center', '');
  const choice = sanitizeChoice(stored);
  const period = periodOf(choice, today);
  const valid = isValidPeriod(period);
  const may = (action: string) => canAccess(role, { resource: REPORTS, action });
  const showCaseload = may(REPORT_ACTIONS.caseload);
  const fullActivity = may(REPORT_ACTIONS.activity);
  const referralsOnly = !fullActivity && may(REPORT_ACTIONS.referralStatistics);
  const chooseCenter = may(REPORT_ACTIONS.chooseCenter);
  const activityQuery: ReportQuery = { ...period, centerId: chooseCenter && centerId ? centerId : undefined };
  const caseload = useReport<CaseloadReport>('caseload', period, valid && showCaseload);
  const activity = useReport<ActivityReport>('activity', activityQuery, valid && (fullActivity || referralsOnly));

  if (!role) return null;
  if (!may('list')) return <NotFoundMessage />;
  const caseloadTitle = translate(
    role === 'admin' ? 'tsunagu.reports.caseload.title_centers' : role === 'coordinator' ? 'tsunagu.reports.caseload.title_own' : 'tsunagu.reports.caseload.title',
  );
  const activityTitle = translate(referralsOnly ? 'tsunagu.reports.activity.title_referrals' : 'tsunagu.reports.activity.title');
  return (
    // width 0 / min-width 100%: the wide caseload table scrolls in its card instead of widening the page.
    <Stack spacing={2} sx={{ mt: 2, mb: 4, width: 0, minWidth: '100%' }}>
      <Title title="resources.reports.name" />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ justifyContent: 'space-between' }}>
            <PeriodPicker choice={choice} onChange={setChoice} today={today} />
            {chooseCenter ? <CenterSelect value={centerId} onChange={setCenterId} /> : null}
          </Stack>
        </CardContent>
      </Card>

      {showCaseload ? (
        <ReportCard
          title={caseloadTitle}
          loading={caseload.isFetching}
          error={caseload.error}
          action={<CsvButton name="caseload" query={period} label="tsunagu.reports.caseload.csv" disabled={!valid} />}
        >
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate(role === 'admin' ? 'tsunagu.reports.caseload.hint_centers' : 'tsunagu.reports.caseload.hint')}
          </Typography>
          {caseload.data ? (
            <CaseloadTable report={caseload.data} byCenter={role === 'admin'} linkToCases={role === 'supervisor'} title={caseloadTitle} />
          ) : null}
        </ReportCard>
      ) : null}

      {fullActivity || referralsOnly ? (
        <ReportCard
          title={activityTitle}
          loading={activity.isFetching}
          error={activity.error}
          action={<CsvButton name="activity" query={activityQuery} label="tsunagu.reports.activity.csv" disabled={!valid} />}
        >
          {activity.data && fullActivity && activity.data.contactsByMonth ? (
            <ActivityStatistics report={activity.data} period={{ from: activity.data.from, to: activity.data.to }} />
          ) : null}
          {activity.data && referralsOnly ? <ReferralStatistics report={activity.data} /> : null}
        </ReportCard>
      ) : null}
    </Stack>
  );
};
