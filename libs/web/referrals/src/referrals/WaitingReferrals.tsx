import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { japanDate, RESOURCES, type ReferralDto } from '@tsunagu/contracts';
import { CountTitle, formatDay, LinkRow, RowsLoading, StaffName } from '@tsunagu/web-ui';
import { Link, RecordContextProvider, ReferenceField, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { referralPath } from './ReferralList';

/** Whole days from one YYYY-MM-DD to another. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The staff home: referrals sent and waiting for the agency's answer, the longest waiting first. */
export const WaitingReferrals = () => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const today = japanDate();
  const { data = [], total = 0, isPending } = useGetList<ReferralDto>(RESOURCES.referrals, {
    filter: { status: 'referred' },
    sort: { field: 'referredOn', order: 'ASC' },
    pagination: { page: 1, perPage: 100 },
  });
  const title = translate('tsunagu.referrals.waiting', { smart_count: total });
  return (
    <Card>
      <CardHeader title={<CountTitle loading={isPending}>{title}</CountTitle>} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent>
        {isPending ? <RowsLoading /> : null}
        {!isPending && !data.length ? <Typography color="text.secondary">{translate('tsunagu.referrals.waiting_none')}</Typography> : null}
        {data.length ? (
          <Table size="small" aria-label={title}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.referrals.fields.referredOn')}</TableCell>
                <TableCell>{translate('tsunagu.referrals.days_waiting')}</TableCell>
                <TableCell>{translate('resources.referrals.fields.caseId')}</TableCell>
                <TableCell>{translate('resources.referrals.fields.agencyId')}</TableCell>
                <TableCell>{translate('resources.referrals.fields.responsibleUserId')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((r) => (
                <RecordContextProvider key={r.id} value={r}>
                  <LinkRow to={referralPath(r)}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(r.referredOn, locale)}</TableCell>
                    <TableCell>{r.referredOn ? translate('tsunagu.referrals.days', { smart_count: daysBetween(r.referredOn, today) }) : '—'}</TableCell>
                    <TableCell>
                      <Link to={referralPath(r)}>
                        <ReferenceField source="caseId" reference={RESOURCES.cases} link={false} />
                      </Link>
                    </TableCell>
                    <TableCell>
                      <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
                    </TableCell>
                    <TableCell>
                      <StaffName id={r.responsibleUserId} />
                    </TableCell>
                  </LinkRow>
                </RecordContextProvider>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
};
