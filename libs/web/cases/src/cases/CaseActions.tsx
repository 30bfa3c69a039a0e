import { Button, FormControl, InputLabel, MenuItem, Select, Stack, TextField } from '@mui/material';
import { CLOSURE_REASONS, RESOURCES, type CaseDto, type ClosureReason, type UserDto } from '@tsunagu/contracts';
import { CASE_ACTIONS } from '@tsunagu/web-data-access';
import { enumKey, ReasonDialog, useMe, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  Confirm,
  EditButton,
  TopToolbar,
  useCanAccess,
  useGetList,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { canRequestClosure, caseMoves, isFullCase, type CaseMove } from './case-form';

/** Saves a change to the case and says so, or says why not. */
function useCaseUpdate(record: CaseDto) {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const save = (data: Partial<CaseDto>, done?: () => void) =>
    update(
      RESOURCES.cases,
      { id: record.id, data, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('tsunagu.cases.saved', { type: 'success' });
          done?.();
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return { save, isPending };
}

const MoveButton = ({ record, move }: { record: CaseDto; move: CaseMove }) => {
  const translate = useTranslate();
  const { save, isPending } = useCaseUpdate(record);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const act = () => (move.asks === 'none' ? save({ status: move.to }) : setOpen(true));
  return (
    <>
      <Button size="small" variant={move.to === 'closed' ? 'outlined' : 'contained'} disabled={isPending} onClick={act}>
        {translate(move.label)}
      </Button>
      {move.asks === 'confirm' ? (
        <Confirm
          isOpen={open}
          title="tsunagu.cases.moves.reopen"
          content="tsunagu.cases.reopen_confirm"
          onConfirm={() => save({ status: move.to }, () => setOpen(false))}
          onClose={() => setOpen(false)}
        />
      ) : null}
      {move.asks === 'closure' && open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.close_title"
          message="tsunagu.cases.close_message"
          confirmLabel="tsunagu.cases.moves.close"
          dateLabel="resources.cases.fields.closedOn"
          withReason={false}
          canConfirm={!!reason}
          isPending={isPending}
          onConfirm={({ date }) => save({ status: 'closed', closureReason: reason as ClosureReason, closedOn: date }, () => setOpen(false))}
          onClose={() => setOpen(false)}
        >
          <FormControl fullWidth margin="dense" required>
            <InputLabel id="closure-reason-label">{translate('resources.cases.fields.closureReason')}</InputLabel>
            <Select
              labelId="closure-reason-label"
              label={translate('resources.cases.fields.closureReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value as ClosureReason)}
            >
              {CLOSURE_REASONS.map((r) => (
                <MenuItem key={r} value={r}>
                  {translate(enumKey('closure_reason', r))}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        </ReasonDialog>
      ) : null}
    </>
  );
};

const RequestClosureButton = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const { save, isPending } = useCaseUpdate(record);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" variant="outlined" disabled={isPending} onClick={() => setOpen(true)}>
        {translate('tsunagu.cases.moves.request_closure')}
      </Button>
      <Confirm
        isOpen={open}
        title="tsunagu.cases.moves.request_closure"
        content="tsunagu.cases.request_closure_confirm"
        onConfirm={() => save({ closureRequested: true }, () => setOpen(false))}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Supervisor: choose the lead and second coordinators among the center's active coordinators. */
const ReassignButton = ({ record }: { record: CaseDto }) => {
  const translate = useTranslate();
  const { save, isPending } = useCaseUpdate(record);
  const [open, setOpen] = useState(false);
  const [lead, setLead] = useState(record.leadCoordinatorId);
  const [seconds, setSeconds] = useState<string[]>(record.secondCoordinatorIds);
  const { data: coordinators = [] } = useGetList<UserDto>(
    RESOURCES.users,
    { filter: { role: 'coordinator', active: true }, pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: open },
  );
  const options = coordinators.some((u) => u.id === record.leadCoordinatorId)
    ? coordinators
    : [...coordinators, { id: record.leadCoordinatorId, name: translate('tsunagu.cases.current_lead') } as UserDto];
  const openDialog = () => {
    setLead(record.leadCoordinatorId);
    setSeconds(record.secondCoordinatorIds);
    setOpen(true);
  };
  return (
    <>
      <Button size="small" onClick={openDialog}>
        {translate('tsunagu.cases.reassign')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.reassign"
          confirmLabel="ra.action.save"
          withReason={false}
          isPending={isPending}
          canConfirm={!!lead && !seconds.includes(lead)}
          onConfirm={() => save({ leadCoordinatorId: lead, secondCoordinatorIds: seconds.filter((s) => s !== lead) }, () => setOpen(false))}
          onClose={() => setOpen(false)}
        >
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={translate('resources.cases.fields.leadCoordinatorId')}
              value={lead}
              onChange={(e) => setLead(e.target.value)}
              fullWidth
            >
              {options.map((u) => (
                <MenuItem key={u.id} value={u.id}>
                  {u.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('resources.cases.fields.secondCoordinatorIds')}
              value={seconds}
              onChange={(e) => setSeconds(typeof e.target.value === 'string' ? e.target.value.split(',') : (e.target.value as string[]))}
              slotProps={{ select: { multiple: true } }}
              fullWidth
            >
              {coordinators
                .filter((u) => u.id !== lead)
                .map((u) => (
                  <MenuItem key={u.id} value={u.id}>
                    {u.name}
                  </MenuItem>
                ))}
            </TextField>
          </Stack>
        </ReasonDialog>
      ) : null}
    </>
  );
};

/** The case page's actions: the legal status moves, a closure request, and the supervisor's controls. */
export const CaseShowActions = () => {
  const record = useRecordContext();
  const { role } = useMe();
  const { canAccess: canAssign } = useCanAccess({ resource: RESOURCES.cases, action: CASE_ACTIONS.assign });
  const redirect = useRedirect();
  if (!record || !isFullCase(record)) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      {caseMoves(record.status, role).map((move) => (
        <MoveButton key={move.to} record={record} move={move} />
      ))}
      {canRequestClosure(record, role) ? <RequestClosureButton record={record} /> : null}
      {canAssign ? <ReassignButton record={record} /> : null}
      {record.status !== 'closed' ? <EditButton /> : null}
      <VoidButton resource={RESOURCES.cases} record={record} title="tsunagu.cases.void_title" onVoided={() => redirect('list', RESOURCES.cases)} />
    </TopToolbar>
  );
};
