import { Alert, Button, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import type { ImportBatchDto } from '@tsunagu/contracts';
import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { useState } from 'react';
import { Confirm, useNotify, useRefresh, useTranslate } from 'react-admin';
import { createdCounts, openRows } from '../counts';

/**
 * 確定: writes the batch in one transaction once no row has an error or waits for a decision. Until
 * then the button stays off and says why, with a way to skip every row with an error at once.
 */
export const CommitBar = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useTsunaguDataProvider();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const { errors, undecided } = openRows(batch.counts);
  const created = createdCounts(batch.counts);

  const run = async (action: () => Promise<unknown>, done: string) => {
    setPending(true);
    try {
      await action();
      notify(done, { type: 'success' });
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setConfirming(false);
      refresh();
    }
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="import-commit">
      {errors || undecided ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('tsunagu.imports.commit.blocked', { errors, undecided })}
        </Alert>
      ) : (
        <Typography sx={{ mb: 2 }}>{translate('tsunagu.imports.commit.ready', created)}</Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" disabled={pending || errors + undecided > 0} onClick={() => setConfirming(true)}>
          {translate('tsunagu.imports.commit.button')}
        </Button>
        {errors ? (
          <Button variant="outlined" disabled={pending} onClick={() => run(() => dataProvider.decideImportRows(batch.id, { outcome: 'error', decision: 'skip' }), 'tsunagu.imports.commit.errors_skipped')}>
            {translate('tsunagu.imports.commit.skip_errors')}
          </Button>
        ) : null}
        {pending ? <CircularProgress size={20} /> : null}
      </Stack>
      <Confirm
        isOpen={confirming}
        loading={pending}
        title="tsunagu.imports.commit.title"
        content="tsunagu.imports.commit.message"
        translateOptions={created}
        confirm="tsunagu.imports.commit.button"
        onConfirm={() => run(() => dataProvider.commitImport(batch.id), 'tsunagu.imports.commit.done')}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
};
