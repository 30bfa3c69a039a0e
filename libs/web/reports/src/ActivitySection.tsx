import { Box, Grid, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import {
  AGE_BANDS,
  CHOSEN_CLOSURE_REASONS,
  DURATION_BANDS,
  OUTREACH_OUTCOMES,
  PARTICIPANTS,
  SEXES,
  type ActivityReport,
} from '@tsunagu/contracts';
import { enumKey } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';
import { CONTACT_METHODS, countRows, monthlyContacts, referralRows, type CountRow, type ReferralRow } from './chart-data';
import { ChartCard, CountTable, DistributionChart, KpiTile, MonthlyContactsChart, ReferralChart } from './charts';
import { formatCount } from './format';
import type { Period } from './period';

const KPIS = ['uniqueCases', 'totalContacts', 'newCases', 'continuingCases', 'reopenedCases'] as const;

/** Labels of the report's keys, from the catalogs. */
function useLabels() {
  const translate = useTranslate();
  return {
    method: (m: string) => translate(`tsunagu.reports.method.${m}`, { _: m }),
    age: (k: string) => translate(`tsunagu.reports.age_band.${k}`, { _: k }),
    duration: (k: string) => translate(`tsunagu.reports.duration_band.${k}`, { _: k }),
    agencyType: (t: string) => translate(enumKey('agency_type', t), { _: t }),
    referralStatus: (s: string) => translate(enumKey('referral_status', s), { _: s }),
    participant: (p: string) => translate(enumKey('participant', p), { _: p }),
    sex: (s: string) => translate(enumKey('sex', s), { _: s }),
    outcome: (o: string) => translate(enumKey('outreach_outcome', o), { _: o }),
    closure: (r: string) => translate(enumKey('closure_reason', r), { _: r }),
    program: (k: string) => translate(`tsunagu.reports.activity.programs.${k}`, { _: k }),
  };
}

/** The referral figures as numbers: agency type by status, with totals. */
export const ReferralTable = ({ rows, statuses }: { rows: ReferralRow[]; statuses: string[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useLabels();
  if (rows.length === 0) return null;
  return (
    <Box sx={{ overflowX: 'auto', mt: 1 }}>
      <Table size="small" aria-label={translate('tsunagu.reports.activity.title_referrals')} sx={{ '& th, & td': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.agencies.fields.type')}</TableCell>
            {statuses.map((s) => (
              <TableCell key={s} align="right">
                {labels.referralStatus(s)}
              </TableCell>
            ))}
            <TableCell align="right">{translate('tsunagu.reports.caseload.total')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.type}>
              <TableCell component="th" scope="row">
                {labels.agencyType(r.type)}
              </TableCell>
              {statuses.map((s) => (
                <TableCell key={s} align="right">
                  {formatCount(r[s as keyof ReferralRow] as number | undefined, locale)}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 700 }}>
                {formatCount(r.total, locale)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** 紹介・つなぎ: the chart and the figures, the part of the statistics liaison staff see. */
export const ReferralStatistics = ({ report }: { report: Pick<ActivityReport, 'referralsByAgencyType'> }) => {
  const translate = useTranslate();
  const labels = useLabels();
  const { rows, statuses } = referralRows(report.referralsByAgencyType);
  return (
    <ChartCard title={translate('tsunagu.reports.activity.charts.referrals')} testId="chart-referrals">
      <ReferralChart rows={rows} statuses={statuses} typeLabel={labels.agencyType} statusLabel={labels.referralStatus} />
      <ReferralTable rows={rows} statuses={statuses} />
    </ChartCard>
  );
};

const Small = ({ title, rows, label }: { title: string; rows: CountRow[]; label: (k: string) => string }) => (
  <Grid size={{ xs: 12, md: 6, lg: 4 }}>
    <ChartCard title={title}>
      <CountTable rows={rows} label={label} title={title} />
    </ChartCard>
  </Grid>
);

/**
 * 実績: the key figures, then contacts by month and method, the clients' age and duration of
 * hikikomori, referrals by agency type, and the small tables (method, who consulted, sex,
 * outreach outcomes, programs, closures).
 */
export const ActivityStatistics = ({ report, period }: { report: ActivityReport; period: Period }) => {
  const translate = useTranslate();
  const labels = useLabels();
  const monthly = monthlyContacts(report.contactsByMonth, period);
  const t = (key: string) => translate(`tsunagu.reports.activity.${key}`);
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
          {KPIS.map((k) => (
            <KpiTile key={k} label={t(`kpi.${k}`)} hint={t(`kpi.${k}_hint`)} value={report[k]} testId={`kpi-${k}`} />
          ))}
        </Box>
      </Grid>
      <Grid size={12}>
        <ChartCard title={t('charts.by_month')} testId="chart-by-month">
          <MonthlyContactsChart rows={monthly.rows} methods={monthly.methods} label={labels.method} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={t('charts.by_age')} testId="chart-by-age">
          <DistributionChart rows={countRows(report.byAgeDecade, AGE_BANDS)} label={labels.age} unit={t('charts.persons')} />
        </ChartCard>
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <ChartCard title={t('charts.by_duration')} testId="chart-by-duration">
          <DistributionChart rows={countRows(report.byDurationBand, DURATION_BANDS)} label={labels.duration} unit={t('charts.persons')} />
        </ChartCard>
      </Grid>
      <Grid size={12}>
        <ReferralStatistics report={report} />
      </Grid>
      <Small title={t('tables.by_method')} rows={countRows(report.byMethod, CONTACT_METHODS.filter((m) => m !== 'program'))} label={labels.method} />
      <Small title={t('tables.by_participant')} rows={countRows(report.byParticipant, PARTICIPANTS)} label={labels.participant} />
      <Small title={t('tables.by_sex')} rows={countRows(report.bySex, SEXES)} label={labels.sex} />
      <Small title={t('tables.outreach')} rows={countRows(report.outreachByOutcome, OUTREACH_OUTCOMES)} label={labels.outcome} />
      <Small title={t('tables.programs')} rows={countRows(report.programs, ['sessions', 'attendances', 'uniqueCases'])} label={labels.program} />
      <Small title={t('tables.closures')} rows={countRows(report.closuresByReason, CHOSEN_CLOSURE_REASONS)} label={labels.closure} />
    </Grid>
  );
};
