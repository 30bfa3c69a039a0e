import { Button } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDelete, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { ReasonDialog } from './ReasonDialog';

export interface VoidButtonProps {
  resource: string;
  record: RaRecord;
  /** i18n key of the dialog title. */
  title?: string;
  /** After the void (default: refresh what is on screen). */
  onVoided?: () => void;
}

/**
 * Voids a record with a reason (DELETE with `{reason}`): it leaves lists and counts, stays in the
 * database, and the audit log shows who voided it and why. Shown only to whom canAccess allows it.
 */
export const VoidButton = ({ resource, record, title = 'tsunagu.common.void_title', onVoided }: VoidButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource, action: 'delete', record });
  const [remove, { isPending }] = useDelete();
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button size="small" color="error" onClick={() => setOpen(true)}>
        {translate('tsunagu.common.void')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title={title}
          message="tsunagu.common.void_message"
          confirmLabel="tsunagu.common.void"
          isPending={isPending}
          onConfirm={({ reason }) =>
            remove(
              resource,
              { id: record.id, previousData: record, meta: { reason } },
              {
                mutationMode: 'pessimistic',
                onSuccess: () => {
                  setOpen(false);
                  notify('tsunagu.common.voided', { type: 'info' });
                  if (onVoided) onVoided();
                  else refresh();
                },
                onError: (error) => notify((error as Error).message, { type: 'error' }),
              },
            )
          }
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};
