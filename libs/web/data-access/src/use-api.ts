import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'ra-core';
import type { TsunaguDataProvider } from './data-provider';

/** The app's data provider, with the API's routes that are not resources. */
export const useTsunaguDataProvider = () => useDataProvider<TsunaguDataProvider>();

export interface ApiQueryState<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  reload: () => void;
}

/**
 * Reads something that is not a list resource (duplicate check, consent coverage, usual attendees)
 * whenever `key` changes; a null key reads nothing. Answers to an outdated key are dropped.
 */
export function useApiQuery<T>(key: string | null, load: (dataProvider: TsunaguDataProvider) => Promise<T>): ApiQueryState<T> {
  const dataProvider = useTsunaguDataProvider();
  const [state, setState] = useState<{ data: T | undefined; error: unknown; isPending: boolean }>({
    data: undefined,
    error: undefined,
    isPending: key !== null,
  });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) {
      setState({ data: undefined, error: undefined, isPending: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, error: undefined, isPending: true }));
    loadRef.current(dataProvider).then(
      (data) => current && setState({ data, error: undefined, isPending: false }),
      (error: unknown) => current && setState({ data: undefined, error, isPending: false }),
    );
    return () => {
      current = false;
    };
  }, [key, generation, dataProvider]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
