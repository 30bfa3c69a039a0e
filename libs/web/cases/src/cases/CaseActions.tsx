import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { RESOURCES, type CaseDto, type UserDto } from '@tsunagu/contracts';
import { CASE_ACTIONS } from '@tsunagu/web-data-access';
import { ReasonDialog, useMe, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  Confirm,
  EditButton,
  TopToolbar,
  useCanAccess,
  useGetList,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { PrintSheetButton } from '../summary-sheet';
import { canRequestClosure, caseMoves, isFullCase, type CaseMove } from './case-form';
import { CloseCaseDialog, RequestClosureButton } from './ClosureWorkflow';
import { useCaseUpdate } from './use-case-move';
import { MergeButton } from './MergeButton';

const MoveButton = ({ record, move }: { record: CaseDto; move: CaseMove }) => {
  const translate = useTranslate();
  const { save, isPending } = useCaseUpdate(record);
  const [open, setOpen] = useState(false);
  const act = () => (move.asks === 'none' ? save({ status: move.to }) : setOpen(true));
  // Starting and resuming support are the page's main moves; pausing and closing ask first and stand back.
  const variant = move.to === 'closed' ? 'outlined' : move.to === 'paused' ? 'text' : 'contained';
  return (
    <>
      <Button size="small" variant={variant} disabled={isPending} onClick={act}>
        {translate(move.label)}
      </Button>
      {move.asks === 'pause' && open ? (
        <ReasonDialog
          open
          title="tsunagu.cases.pause_title"
          message="tsunagu.cases.pause_message"
          confirmLabel="tsunagu.cases.moves.pause"
          isPending={isPending}
          onConfirm={({ reason }) => save({ status: 'paused', statusNote: reason } as Partial<CaseDto>, () => setOpen(false))}
          onClose={() => setOpen(false)}
        />
      ) : null}
      {move.asks === 'confirm' ? (
        <Confirm
          isOpen={open}
          title="tsunagu.cases.moves.reopen"
          content="tsunagu.cases.reopen_confirm"
          onConfirm={() => save({ status: move.to }, () => setOpen(false))}
          onClose={() => setOpen(false)}
        />
      ) : null}
      {move.asks === 'closure' && open ? <CloseCaseDialog record={record} onClose={() => setOpen(false)} /> : null}
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
    { filter: { role: 'coordinator', active: true }, pagination: { page: 1, perPage: 200 }, sort: { field: 'nameKana', order: 'ASC' } },
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
  const { canAccess: canMerge } = useCanAccess({ resource: RESOURCES.cases, action: CASE_ACTIONS.merge });
  const redirect = useRedirect();
  if (!record || !isFullCase(record)) return <TopToolbar />;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1 }}>
      {caseMoves(record.status, role).map((move) => (
        <MoveButton key={move.to} record={record} move={move} />
      ))}
      {canRequestClosure(record, role) ? <RequestClosureButton record={record} /> : null}
      {canAssign ? <ReassignButton record={record} /> : null}
      {canMerge && record.status !== 'closed' ? <MergeButton record={record} /> : null}
      <PrintSheetButton caseId={String(record.id)} />
      {record.status !== 'closed' ? <EditButton /> : null}
      <VoidButton resource={RESOURCES.cases} record={record} title="tsunagu.cases.void_title" onVoided={() => redirect('list', RESOURCES.cases)} />
    </TopToolbar>
  );
};
