import { Alert, AlertTitle, Box, Button, Card, CardContent, CardHeader, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { CHOSEN_CLOSURE_REASONS, RESOURCES, type CaseDto, type ClosureReason } from '@tsunagu/contracts';
import { CASE_ACTIONS } from '@tsunagu/web-data-access';
import { CountTitle, enumKey, formatDateTime, LinkRow, ReasonDialog, RowsLoading, StaffName } from '@tsunagu/web-ui';
import { useState } from 'react';
import { Link, useCanAccess, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { isFullCase } from './case-form';
import { useCaseMove, useCaseUpdate } from './use-case-move';

/** The closure reasons a person chooses, as a select. */
const ClosureReasonSelect = ({ value, onChange }: { value: ClosureReason | ''; onChange: (reason: ClosureReason) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      required
      fullWidth
      margin="dense"
      label={translate('resources.cases.fields.closureReason')}
      value={value}
      onChange={(e) => onChange(e.target.value as ClosureReason)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      <option value="" disabled />
      {CHOSEN_CLOSURE_REASONS.map((r) => (
        <option key={r} value={r}>
          {translate(enumKey('closure_reason', r))}
        </option>
      ))}
    </TextField>
  );
};

/** Closing a case: the reason (the requested one, when a request waits) and the closing date. */
export const CloseCaseDialog = ({ record, onClose }: { record: CaseDto; onClose: () => void }) => {
  const { save, isPending } = useCaseUpdate(record);
  const [reason, setReason] = useState<ClosureReason | ''>(record.closureRequest?.reason ?? '');
  const close = (closedOn: string) => save({ status: 'closed', closureReason: reason as ClosureReason, closedOn }, onClose);
  return (
    <ReasonDialog
      open
      title="tsunagu.cases.close_title"
      message="tsunagu.cases.close_message"
      confirmLabel="tsunagu.cases.moves.close"
      dateLabel="resources.cases.fields.closedOn"
      withReason={false}
      canConfirm={!!reason}
      isPending={isPending}
      onConfirm={({ date }) => close(date)}
      onClose={onClose}
    >
      <ClosureReasonSelect value={reason} onChange={setReason} />
    </ReasonDialog>
  );
};

/** The coordinator asks the supervisor to close the case: why (a reason), and a note in their words. */
export const RequestClosureButton = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const { run, isPending } = useCaseMove();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ClosureReason | ''>('');
  return (
    <>
      <Button size="small" variant="outlined" disabled={isPending} onClick={() => setOpen(true)}>
        {translate('tsunagu.cases.moves.request_closure')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.moves.request_closure"
          message="tsunagu.cases.closure.request_message"
          confirmLabel="tsunagu.cases.closure.send_request"
          reasonLabel="tsunagu.cases.closure.note"
          reasonRequired={false}
          canConfirm={!!reason}
          isPending={isPending}
          onConfirm={({ reason: note }) =>
            run((dp) => dp.requestClosure(record.id, { reason: reason as ClosureReason, note: note || null }), 'tsunagu.cases.closure.requested', () => setOpen(false))
          }
          onClose={() => setOpen(false)}
        >
          <ClosureReasonSelect value={reason} onChange={setReason} />
        </ReasonDialog>
      ) : null}
    </>
  );
};

/** The supervisor keeps the case open and tells the coordinator why. */
const DeclineButton = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const { run, isPending } = useCaseMove();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" color="inherit" disabled={isPending} onClick={() => setOpen(true)}>
        {translate('tsunagu.cases.closure.decline')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.closure.decline"
          message="tsunagu.cases.closure.decline_message"
          confirmLabel="tsunagu.cases.closure.decline"
          reasonLabel="tsunagu.cases.closure.decline_note"
          isPending={isPending}
          onConfirm={({ reason: note }) => run((dp) => dp.declineClosure(record.id, { note }), 'tsunagu.cases.closure.declined', () => setOpen(false))}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};

/**
 * On the case page: a closure request waiting (reason, note, who and when), with the supervisor's
 * two answers, approve (the close dialog, with the requested reason) or decline with a note; or
 * the supervisor's last decline, for the coordinator to read.
 */
const ClosureRequestBanner = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const [approving, setApproving] = useState(false);
  const [locale = 'ja'] = useLocaleState();
  const { canAccess: canClose } = useCanAccess({ resource: RESOURCES.cases, action: CASE_ACTIONS.close });
  const request = record.closureRequest;
  if (request && record.status !== 'closed') {
    return (
      <Alert
        severity="warning"
        data-testid="closure-request"
        action={
          canClose ? (
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <Button size="small" variant="contained" color="warning" onClick={() => setApproving(true)}>
                {translate('tsunagu.cases.closure.approve')}
              </Button>
              {approving ? <CloseCaseDialog record={record} onClose={() => setApproving(false)} /> : null}
              <DeclineButton record={record} />
            </Stack>
          ) : undefined
        }
      >
        <AlertTitle>
          {translate('tsunagu.cases.closure.pending', { reason: translate(enumKey('closure_reason', request.reason)) })}
        </AlertTitle>
        {request.note ? <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{request.note}</Typography> : null}
        <Typography variant="caption" color="text.secondary">
          <StaffName id={request.requestedBy} /> ・ {formatDateTime(request.requestedAt, locale)}
        </Typography>
      </Alert>
    );
  }
  const decline = record.closureDecline;
  if (decline && record.status !== 'closed') {
    return (
      <Alert severity="info" data-testid="closure-declined">
        <AlertTitle>{translate('tsunagu.cases.closure.was_declined')}</AlertTitle>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {decline.note}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          <StaffName id={decline.declinedBy} /> ・ {formatDateTime(decline.declinedAt, locale)}
        </Typography>
      </Alert>
    );
  }
  return null;
};

/** The supervisor's home: closure requests waiting for an answer, oldest first. */
export const ClosureQueue = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale = 'ja'] = useLocaleState();
  const { data = [], total = 0, isPending } = useGetList<CaseDto>(RESOURCES.cases, {
    filter: { closureRequested: true },
    sort: { field: 'updatedAt', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  return (
    <Card>
      <CardHeader
        title={<CountTitle loading={isPending}>{translate('tsunagu.cases.closure.queue', { smart_count: total })}</CountTitle>}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          total > data.length ? (
            <Link to={`${createPath({ resource: RESOURCES.cases, type: 'list' })}?filter=${encodeURIComponent(JSON.stringify({ closureRequested: true }))}`}>
              {translate('tsunagu.cases.closure.all')}
            </Link>
          ) : undefined
        }
      />
      <CardContent>
        {isPending ? <RowsLoading rows={2} /> : null}
        {!isPending && !data.length ? <Typography color="text.secondary">{translate('tsunagu.cases.closure.none')}</Typography> : null}
        {data.length ? (
          <Table size="small" aria-label={translate('tsunagu.cases.closure.queue', { smart_count: total })}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cases.fields.caseNumber')}</TableCell>
                <TableCell>{translate('resources.cases.fields.clientName')}</TableCell>
                <TableCell>{translate('resources.cases.fields.closureReason')}</TableCell>
                <TableCell>{translate('tsunagu.cases.closure.requested_by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((c) => (
                <LinkRow key={c.id} to={createPath({ resource: RESOURCES.cases, id: c.id, type: 'show' })}>
                  <TableCell>
                    <Link to={createPath({ resource: RESOURCES.cases, id: c.id, type: 'show' })}>{c.caseNumber}</Link>
                  </TableCell>
                  <TableCell>{c.clientName}</TableCell>
                  <TableCell>{c.closureRequest ? translate(enumKey('closure_reason', c.closureRequest.reason)) : '—'}</TableCell>
                  <TableCell>
                    {c.closureRequest ? (
                      <>
                        <StaffName id={c.closureRequest.requestedBy} />（{formatDateTime(c.closureRequest.requestedAt, locale)}）
                      </>
                    ) : null}
                  </TableCell>
                </LinkRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
};

/** What the case page says above its tabs: a closure request or its decline, or where a merged duplicate went. */
export const CaseNotices = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record || !isFullCase(record)) return null;
  if (record.mergedIntoId) {
    return (
      <Alert severity="info" sx={{ m: 2, mb: 0 }} data-testid="merged-into">
        {translate('tsunagu.cases.merge.merged_into')}{' '}
        <Link to={createPath({ resource: RESOURCES.cases, id: record.mergedIntoId, type: 'show' })}>{translate('tsunagu.cases.merge.open_survivor')}</Link>
      </Alert>
    );
  }
  if (record.status === 'closed' || !(record.closureRequest || record.closureDecline)) return null;
  return (
    <Box sx={{ px: 2, pt: 2 }}>
      <ClosureRequestBanner record={record} />
    </Box>
  );
};
