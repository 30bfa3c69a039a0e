import { Card, CardContent, CardHeader, Chip, Grid, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { japanDate, RESOURCES, type FollowUpDto } from '@tsunagu/contracts';
import { CountTitle, ExportCsvButton, formatDay, LinkRow, RowsLoading, StaffName, useMe } from '@tsunagu/web-ui';
import { Link, useCreatePath, useGetList, useLocaleState, useTranslate } from 'react-admin';

type Section = 'due' | 'overdue' | 'no_contact' | 'assessment' | 'plan';

const QUERIES: Record<Section, { filter: Record<string, string>; sort: { field: string; order: 'ASC' | 'DESC' } }> = {
  due: { filter: { followUp: 'due' }, sort: { field: 'caseNumber', order: 'ASC' } },
  overdue: { filter: { followUp: 'overdue' }, sort: { field: 'nextContactOn', order: 'ASC' } },
  no_contact: { filter: { noContactBand: '30' }, sort: { field: 'daysSinceContact', order: 'DESC' } },
  assessment: { filter: { assessment: 'overdue' }, sort: { field: 'assessmentDueOn', order: 'ASC' } },
  plan: { filter: { plan: 'overdue' }, sort: { field: 'planReviewOn', order: 'ASC' } },
};

/** The day each section shows beside the case: when it was due, or when contact last happened. */
const DAY_OF: Record<Section, { field: keyof FollowUpDto; tab: string }> = {
  due: { field: 'nextContactOn', tab: 'timeline' },
  overdue: { field: 'nextContactOn', tab: 'timeline' },
  no_contact: { field: 'lastContactOn', tab: 'timeline' },
  assessment: { field: 'assessmentDueOn', tab: 'assessments' },
  plan: { field: 'planReviewOn', tab: 'support-plans' },
};

const BAND_COLORS = { 30: 'info', 60: 'warning', 90: 'error' } as const;

const FollowUpTable = ({ section }: { section: Section }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale = 'ja'] = useLocaleState();
  const { role } = useMe();
  const { data = [], total = 0, isPending } = useGetList<FollowUpDto>(RESOURCES.followUps, {
    ...QUERIES[section],
    pagination: { page: 1, perPage: 50 },
  });
  const title = translate(`tsunagu.today.${section}`, { smart_count: total });
  return (
    <Card sx={{ height: '100%' }}>
      <CardHeader
        title={<CountTitle loading={isPending}>{title}</CountTitle>}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={<ExportCsvButton resource={RESOURCES.followUps} filter={QUERIES[section].filter} sort={QUERIES[section].sort} disabled={total === 0} />}
      />
      <CardContent>
        {isPending ? <RowsLoading /> : null}
        {!isPending && data.length === 0 ? (
          <Typography color="text.secondary">{translate(`tsunagu.today.${section}_none`)}</Typography>
        ) : null}
        {data.length ? (
          <Table size="small" aria-label={title} sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cases.fields.caseNumber')}</TableCell>
                <TableCell>{translate('resources.cases.fields.clientName')}</TableCell>
                <TableCell>{translate(`resources.follow-ups.fields.${DAY_OF[section].field}`)}</TableCell>
                {section === 'no_contact' ? <TableCell>{translate('resources.follow-ups.fields.daysSinceContact')}</TableCell> : null}
                {role === 'supervisor' ? <TableCell>{translate('resources.cases.fields.leadCoordinatorId')}</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((f) => (
                <LinkRow key={f.id} to={`${createPath({ resource: RESOURCES.cases, id: f.id, type: 'show' })}/${DAY_OF[section].tab}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Link to={`${createPath({ resource: RESOURCES.cases, id: f.id, type: 'show' })}/${DAY_OF[section].tab}`}>{f.caseNumber}</Link>
                  </TableCell>
                  <TableCell>{f.clientName}</TableCell>
                  <TableCell>
                    {f[DAY_OF[section].field] ? formatDay(String(f[DAY_OF[section].field]), locale) : translate('tsunagu.today.never')}
                  </TableCell>
                  {section === 'no_contact' ? (
                    <TableCell>
                      {f.noContactBand ? (
                        <Chip
                          size="small"
                          color={BAND_COLORS[f.noContactBand]}
                          label={translate('tsunagu.today.band', { days: f.noContactBand })}
                          title={translate('tsunagu.today.days', { smart_count: f.daysSinceContact })}
                        />
                      ) : null}
                    </TableCell>
                  ) : null}
                  {role === 'supervisor' ? (
                    <TableCell>
                      <StaffName id={f.leadCoordinatorId} />
                    </TableCell>
                  ) : null}
                </LinkRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
};

/**
 * 今日やること: follow-ups due today, those overdue, cases without contact for 30, 60 or 90 days or
 * more, and reassessments and plan reviews past their day, computed by the API from the records
 * (never stored).
 */
export const TodayPanel = () => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  return (
    <section aria-label={translate('tsunagu.today.title')}>
      <Typography variant="h5" component="h2" sx={{ mb: 1 }}>
        {translate('tsunagu.today.title_on', { date: formatDay(japanDate(), locale) })}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={12}>
          <FollowUpTable section="due" />
        </Grid>
        <Grid size={12}>
          <FollowUpTable section="overdue" />
        </Grid>
        <Grid size={12}>
          <FollowUpTable section="no_contact" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FollowUpTable section="assessment" />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FollowUpTable section="plan" />
        </Grid>
      </Grid>
    </section>
  );
};
