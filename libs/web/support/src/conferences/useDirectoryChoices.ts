import { useQuery } from '@tanstack/react-query';
import { RESOURCES } from '@tsunagu/contracts';
import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { useMe } from '@tsunagu/web-ui';

/** The colleagues of the center as choices, from the directory the app's staff names read (same cache key). */
export function useDirectoryChoices() {
  const dataProvider = useTsunaguDataProvider();
  const { id } = useMe();
  const query = useQuery({ queryKey: [RESOURCES.users, 'directory', id], queryFn: () => dataProvider.directory(), enabled: !!id });
  return { choices: (query.data ?? []).map((u) => ({ id: u.id, name: u.name })), isPending: query.isPending };
}
