import { useQuery } from '@tanstack/react-query';
import { RESOURCES, type ActionOf, type DirectoryEntryDto } from '@tsunagu/contracts';
import { useCanAccess, useDataProvider, type DataProvider } from 'react-admin';
import { useMe } from './hooks';

/** The app's data provider reads the colleague directory (see web-data-access). */
export interface DirectoryDataProvider extends DataProvider {
  directory(): Promise<DirectoryEntryDto[]>;
}

/** Names change rarely: the directory is read once per few minutes, shared by every name shown. */
const DIRECTORY_STALE_MS = 5 * 60 * 1000;

/**
 * The colleagues of the signed-in user's center by name and role (GET /users/directory), read
 * once and cached by react-query for every StaffName on the page. Empty for whoever has no
 * center (administrators read users directly).
 */
export function useDirectory() {
  const dataProvider = useDataProvider<DirectoryDataProvider>();
  const { id } = useMe();
  const action: ActionOf<typeof RESOURCES.users> = 'directory';
  const { canAccess, isPending: accessPending } = useCanAccess({ resource: RESOURCES.users, action });
  const enabled = !!canAccess && !!id;
  const query = useQuery({
    queryKey: [RESOURCES.users, 'directory', id],
    queryFn: () => dataProvider.directory(),
    enabled,
    staleTime: DIRECTORY_STALE_MS,
  });
  return { ...query, enabled, isPending: accessPending || (enabled && query.isPending) };
}
