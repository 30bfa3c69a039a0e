import { Pagination, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { RESOURCES, type AuditLogDto } from '@tsunagu/contracts';
import { formatDateTime, RowsLoading } from '@tsunagu/web-ui';
import { useState } from 'react';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';

const PER_PAGE = 25;

/** "Who read this file": the case's own entries of the audit log, newest first (supervisors). */
export const CaseAccessHistory = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const [page, setPage] = useState(1);
  const { data = [], total = 0, isPending } = useGetList<AuditLogDto>(
    RESOURCES.auditLogs,
    { filter: { caseId: record?.id }, sort: { field: 'at', order: 'DESC' }, pagination: { page, perPage: PER_PAGE } },
    { enabled: !!record?.id },
  );
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tsunagu.audit.case_history_hint')}
      </Typography>
      {isPending ? <RowsLoading /> : null}
      {!isPending && !data.length ? <Typography color="text.secondary">{translate('tsunagu.audit.case_history_empty')}</Typography> : null}
      {data.length ? (
        <Table size="small" aria-label={translate('tsunagu.audit.case_history')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.audit-logs.fields.at')}</TableCell>
              <TableCell>{translate('resources.audit-logs.fields.userName')}</TableCell>
              <TableCell>{translate('resources.audit-logs.fields.action')}</TableCell>
              <TableCell>{translate('resources.audit-logs.fields.entity')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatDateTime(e.at, locale)}</TableCell>
                <TableCell>{e.userName ?? '—'}</TableCell>
                <TableCell>{translate(`tsunagu.audit.actions.${e.action}`)}</TableCell>
                <TableCell>{translate(`tsunagu.audit.entities.${e.entity}`, { _: e.entity })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {total > PER_PAGE ? <Pagination count={Math.ceil(total / PER_PAGE)} page={page} onChange={(_, p) => setPage(p)} sx={{ mt: 1 }} /> : null}
    </>
  );
};
