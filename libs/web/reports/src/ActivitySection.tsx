import { Box, Divider, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  AGE_BANDS,
  AGENCY_TYPES,
  CONFERENCE_KINDS,
  CALLER_TYPES,
  CHOSEN_CLOSURE_REASONS,
  DURATION_BANDS,
  INQUIRY_METHODS,
  INQUIRY_ROUTES,
  OUTREACH_OUTCOMES,
  PARTICIPANTS,
  SEXES,
  type ActivityReport,
  type ConsultationFigures,
} from '@tsunagu/contracts';
import { enumKey } from '@tsunagu/web-ui';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  CONTACT_METHODS,
  countRows,
  monthlyContacts,
  municipalityRows,
  referralRows,
  UNKNOWN_MUNICIPALITY,
  type CountRow,
  type ReferralRow,
} from './chart-data';
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
    conferenceKind: (k: string) => translate(enumKey('conference_kind', k), { _: k }),
    planReviews: (k: string) => translate(`tsunagu.reports.activity.plan_reviews.${k}`, { _: k }),
    program: (k: string) => translate(`tsunagu.reports.activity.programs.${k}`, { _: k }),
    callerType: (c: string) => translate(enumKey('caller_type', c), { _: c }),
    inquiryMethod: (m: string) => translate(enumKey('inquiry_method', m), { _: m }),
    route: (r: string) => (r === 'unknown' ? translate('tsunagu.reports.activity.consultations.unknown') : translate(enumKey('inquiry_route', r), { _: r })),
    municipality: (m: string) => (m === UNKNOWN_MUNICIPALITY ? translate('tsunagu.reports.activity.consultations.unknown') : m),
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

const Small = ({ title, rows, label, empty }: { title: string; rows: CountRow[]; label: (k: string) => string; empty?: string }) => (
  <Grid size={{ xs: 12, md: 6, lg: 4 }}>
    <ChartCard title={title}>
      {rows.length === 0 && empty ? (
        <Typography color="text.secondary" variant="body2">
          {empty}
        </Typography>
      ) : (
        <CountTable rows={rows} label={label} title={title} />
      )}
    </ChartCard>
  </Grid>
);

const CONSULTATION_KPIS = ['firstContacts', 'repeatContacts', 'persons', 'contacts', 'convertedToCases'] as const;

/**
 * 相談受付: first contacts and repeat contacts, persons and contacts with and without a case, the
 * callers who became a case; then who consulted and how (each record), and the callers' route,
 * age and municipality (each caller once).
 */
const ConsultationStatistics = ({ figures }: { figures: ConsultationFigures }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labels = useLabels();
  const titleId = useId();
  const t = (key: string, options?: object) => translate(`tsunagu.reports.activity.consultations.${key}`, options);
  const split = ({ withCase, withoutCase }: { withCase: number; withoutCase: number }) =>
    t('kpi.with_without_case', { withCase: formatCount(withCase, locale), withoutCase: formatCount(withoutCase, locale) });
  const value = (k: (typeof CONSULTATION_KPIS)[number]) => {
    const v = figures[k];
    return typeof v === 'number' ? v : v.total;
  };
  const hint = (k: (typeof CONSULTATION_KPIS)[number]) => {
    const v = figures[k];
    return typeof v === 'number' ? t(`kpi.${k}_hint`) : split(v);
  };
  return (
    <Box component="section" aria-labelledby={titleId} data-testid="consultations">
      <Typography id={titleId} variant="h6" component="h3" sx={{ fontWeight: 700 }}>
        {t('title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('hint')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={12}>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
            {CONSULTATION_KPIS.map((k) => (
              <KpiTile key={k} label={t(`kpi.${k}`)} hint={hint(k)} value={value(k)} testId={`consultations-${k}`} />
            ))}
          </Box>
        </Grid>
        <Small title={t('tables.by_caller')} rows={countRows(figures.byCallerType, CALLER_TYPES)} label={labels.callerType} />
        <Small title={t('tables.by_method')} rows={countRows(figures.byMethod, INQUIRY_METHODS)} label={labels.inquiryMethod} />
        <Small title={t('tables.by_age')} rows={countRows(figures.byAgeBand, AGE_BANDS)} label={labels.age} />
        <Small title={t('tables.by_route')} rows={countRows(figures.byRoute, [...INQUIRY_ROUTES, 'unknown'])} label={labels.route} />
        <Small title={t('tables.by_municipality')} rows={municipalityRows(figures.byMunicipality)} label={labels.municipality} empty={t('none')} />
      </Grid>
    </Box>
  );
};

/**
 * 実績: the key figures, then contacts by month and method, the clients' age and duration of
 * hikikomori, referrals by agency type, the small tables (method, who consulted, sex, outreach
 * outcomes, programs, closures), and the consultations (相談受付).
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
      {report.conferences ? (
        <>
          <Small title={t('tables.conferences')} rows={countRows(report.conferences.byKind, CONFERENCE_KINDS)} label={labels.conferenceKind} />
          <Small title={t('tables.conference_agencies')} rows={countRows(report.conferences.outsideAgenciesByType, AGENCY_TYPES)} label={labels.agencyType} />
          <Small
            title={t('tables.plan_reviews')}
            rows={countRows({ ...report.planReviews, casesDiscussed: report.conferences.casesDiscussed }, ['total', 'onTime', 'casesDiscussed'])}
            label={labels.planReviews}
          />
        </>
      ) : null}
      {report.consultations ? (
        <Grid size={12}>
          <Divider sx={{ mt: 1, mb: 3 }} />
          <ConsultationStatistics figures={report.consultations} />
        </Grid>
      ) : null}
    </Grid>
  );
};
