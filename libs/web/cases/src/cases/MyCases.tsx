import { Card, CardContent, CardHeader, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { RESOURCES, type CaseDto } from '@tsunagu/contracts';
import { CountTitle, LinkRow, RowsLoading, StaffName, useMe } from '@tsunagu/web-ui';
import { Link, RecordContextProvider, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { CaseBadges, CaseStatusChip } from './CaseBadges';

/** The coordinator's home: the open cases they are lead or second on, most recently changed first. */
export const MyCases = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const me = useMe();
  const { data = [], total, isPending } = useGetList<CaseDto>(
    RESOURCES.cases,
    { filter: { coordinatorId: me.id }, sort: { field: 'updatedAt', order: 'DESC' }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!me.id },
  );
  const open = data.filter((c) => c.status !== 'closed');
  return (
    <Card>
      <CardHeader
        title={<CountTitle loading={isPending}>{translate('tsunagu.home.my_cases', { smart_count: open.length })}</CountTitle>}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          <Link to={createPath({ resource: RESOURCES.cases, type: 'create' })}>{translate('tsunagu.home.new_case')}</Link>
        }
      />
      <CardContent>
        {isPending ? <RowsLoading /> : null}
        {!isPending && open.length === 0 ? <Typography color="text.secondary">{translate('tsunagu.home.no_cases')}</Typography> : null}
        {open.length ? (
          <Table size="small" aria-label={translate('tsunagu.home.my_cases', { smart_count: open.length })}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cases.fields.caseNumber')}</TableCell>
                <TableCell>{translate('resources.cases.fields.clientName')}</TableCell>
                <TableCell>{translate('resources.cases.fields.status')}</TableCell>
                <TableCell>{translate('tsunagu.cases.badges.title')}</TableCell>
                <TableCell>{translate('resources.cases.fields.leadCoordinatorId')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {open.map((c) => (
                <RecordContextProvider key={c.id} value={c}>
                  <LinkRow to={createPath({ resource: RESOURCES.cases, id: c.id, type: 'show' })}>
                    <TableCell>
                      <Link to={createPath({ resource: RESOURCES.cases, id: c.id, type: 'show' })}>{c.caseNumber}</Link>
                    </TableCell>
                    <TableCell>{c.clientName}</TableCell>
                    <TableCell>
                      <CaseStatusChip />
                    </TableCell>
                    <TableCell>
                      <CaseBadges />
                    </TableCell>
                    <TableCell>
                      <StaffName id={c.leadCoordinatorId} />
                    </TableCell>
                  </LinkRow>
                </RecordContextProvider>
              ))}
            </TableBody>
          </Table>
        ) : null}
        {total !== undefined && total > data.length ? (
          <Link to={createPath({ resource: RESOURCES.cases, type: 'list' })}>{translate('tsunagu.home.all_cases')}</Link>
        ) : null}
      </CardContent>
    </Card>
  );
};
