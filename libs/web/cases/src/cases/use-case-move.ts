import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { useState } from 'react';
import { RESOURCES, type CaseDto } from '@tsunagu/contracts';
import { useNotify, useRefresh, useUpdate } from 'react-admin';

/** Runs one of the case's domain moves, says so, and refreshes the page; or says why not. */
export function useCaseMove() {
  const dataProvider = useTsunaguDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [isPending, setPending] = useState(false);
  const run = (move: (dp: typeof dataProvider) => Promise<unknown>, message: string, done: () => void, messageArgs?: Record<string, unknown>) => {
    setPending(true);
    move(dataProvider).then(
      () => {
        notify(message, { type: 'success', messageArgs });
        done();
        refresh();
      },
      (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
    ).finally(() => setPending(false));
  };
  return { run, isPending };
}

/** Saves a change to the case and says so, or says why not. */
export function useCaseUpdate(record: CaseDto) {
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
