import { Button, Card, CardActions, CardContent, CardHeader, Table, TableBody, TableCell, Typography } from '@mui/material';
import { RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { CountTitle, formatDateTime, LinkRow, RowsLoading } from '@tsunagu/web-ui';
import { Link, useCreatePath, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { callerOf, thisWeek } from '../inquiry-form';

/** The list of first contacts between two days, as a link. */
const listPath = (base: string, from: string, to: string) => `${base}?filter=${encodeURIComponent(JSON.stringify({ from, to }))}`;

/**
 * 相談受付 on the home screen: today's first contacts (the latest few, each a link) and how many
 * there were this week, with links to the list of each.
 */
export const InquiriesHome = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale = 'ja'] = useLocaleState();
  const { today, monday } = thisWeek();
  const sort = { field: 'receivedAt', order: 'DESC' } as const;
  const todays = useGetList<InquiryDto>(RESOURCES.inquiries, { filter: { from: today, to: today }, pagination: { page: 1, perPage: 5 }, sort });
  const week = useGetList<InquiryDto>(RESOURCES.inquiries, { filter: { from: monday, to: today }, pagination: { page: 1, perPage: 1 }, sort });
  const base = createPath({ resource: RESOURCES.inquiries, type: 'list' });
  const title = translate('tsunagu.inquiries.home.today', { smart_count: todays.total ?? 0 });
  const data = todays.data ?? [];
  return (
    <Card component="section" aria-label={translate('tsunagu.inquiries.home.title')} data-testid="inquiries-home">
      <CardHeader title={<CountTitle loading={todays.isPending}>{title}</CountTitle>} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent>
        {todays.isPending ? <RowsLoading rows={2} /> : null}
        {!todays.isPending && data.length === 0 ? <Typography color="text.secondary">{translate('tsunagu.inquiries.home.none_today')}</Typography> : null}
        {data.length ? (
          <Table size="small" aria-label={title}>
            <TableBody>
              {data.map((i) => {
                const to = createPath({ resource: RESOURCES.inquiries, id: i.id, type: 'show' });
                return (
                  <LinkRow key={i.id} to={to}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Link to={to}>{formatDateTime(i.receivedAt, locale)}</Link>
                    </TableCell>
                    <TableCell>{translate(`tsunagu.enums.caller_type.${i.callerType}`)}</TableCell>
                    <TableCell>{callerOf(i) ?? translate('tsunagu.inquiries.anonymous')}</TableCell>
                    <TableCell sx={{ maxWidth: 360, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{i.summary}</TableCell>
                  </LinkRow>
                );
              })}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
      <CardActions>
        <Button component={Link} to={listPath(base, today, today)} size="small">
          {translate('tsunagu.inquiries.home.all_today')}
        </Button>
        <Button component={Link} to={listPath(base, monday, today)} size="small">
          <CountTitle loading={week.isPending}>{translate('tsunagu.inquiries.home.week', { smart_count: week.total ?? 0 })}</CountTitle>
        </Button>
      </CardActions>
    </Card>
  );
};
