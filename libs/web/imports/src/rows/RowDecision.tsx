import { Button, Stack } from '@mui/material';
import { RESOURCES, type ImportDecision, type ImportRowDto } from '@tsunagu/contracts';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { actionsFor, type RowAction } from './row-summary';

const DECISION_OF: Record<RowAction, ImportDecision | null> = { skip: 'skip', import: 'import', undo: null };

/**
 * The supervisor's decision on a row: スキップ, 新規として取り込む (a possible duplicate only), or
 * 取り消し to undo it. The API checks the batch again, so the counts and the rows of the same case
 * change with it: everything on the page is read again.
 */
export const RowDecision = () => {
  const row = useRecordContext<ImportRowDto>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: RESOURCES.importRows, action: 'edit' });
  const [update, { isPending }] = useUpdate<ImportRowDto>();
  if (!row || !canAccess) return null;
  const decide = (action: RowAction) =>
    update(
      RESOURCES.importRows,
      { id: row.id, data: { ...row, decision: DECISION_OF[action] }, previousData: row },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => refresh(),
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <Stack spacing={1} sx={{ alignItems: 'stretch' }}>
      {actionsFor(row).map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === 'import' ? 'contained' : 'outlined'}
          color={action === 'skip' ? 'inherit' : 'primary'}
          disabled={isPending}
          onClick={() => decide(action)}
        >
          {translate(`tsunagu.imports.decide.${action}`)}
        </Button>
      ))}
    </Stack>
  );
};
