import { Button } from '@mui/material';
import { RESOURCES, type ImportBatchDto } from '@tsunagu/contracts';
import { ReasonDialog } from '@tsunagu/web-ui';
import { useState } from 'react';
import { useCanAccess, useDelete, useNotify, useRefresh, useTranslate } from 'react-admin';

/**
 * The app's void with a reason (DELETE with `{reason}`), for a batch: a draft is discarded (nothing
 * was written), a committed batch is voided with every case, family member and contact it created.
 */
export const VoidImportButton = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: RESOURCES.imports, action: 'delete', record: batch });
  const [remove, { isPending }] = useDelete<ImportBatchDto>();
  const [open, setOpen] = useState(false);
  if (!canAccess || (batch.status !== 'draft' && batch.status !== 'committed')) return null;
  const step = batch.status === 'draft' ? 'discard' : 'void';
  const confirm = ({ reason }: { reason: string }) =>
    remove(
      RESOURCES.imports,
      { id: batch.id, previousData: batch, meta: { reason } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`tsunagu.imports.${step}.done`, { type: 'info' });
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <>
      <Button color="error" onClick={() => setOpen(true)}>
        {translate(`tsunagu.imports.${step}.button`)}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title={`tsunagu.imports.${step}.title`}
          message={`tsunagu.imports.${step}.message`}
          confirmLabel={`tsunagu.imports.${step}.button`}
          isPending={isPending}
          onConfirm={confirm}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};
