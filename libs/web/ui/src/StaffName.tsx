import { Typography } from '@mui/material';
import { RESOURCES } from '@tsunagu/contracts';
import { useCanAccess, useGetIdentity, useGetManyAggregate, useTranslate } from 'react-admin';
import { useDirectory } from './directory';

/**
 * A user's name: one's own with "(you)", colleagues of the center from the directory (everyone
 * who belongs to a center may read it), and for administrators from the users they manage.
 * "Another staff member" only when the name cannot be found.
 */
export const StaffName = ({ id }: { id: string | null | undefined }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isSelf = !!id && id === identity?.id;
  const directory = useDirectory();
  const { canAccess: canReadUsers } = useCanAccess({ resource: RESOURCES.users, action: 'show' });
  const useUsers = !!id && !isSelf && !directory.enabled && !!canReadUsers;
  const users = useGetManyAggregate(RESOURCES.users, { ids: id ? [id] : [] }, { enabled: useUsers });
  const entry = directory.data?.find((u) => u.id === id) ?? users.data?.find((u) => u.id === id);
  const pending = !isSelf && !entry && (directory.isPending || (useUsers && users.isPending));
  const text = !id
    ? '—'
    : isSelf
      ? translate('tsunagu.common.you', { name: identity?.fullName ?? '' })
      : entry
        ? String(entry['name'])
        : pending
          ? ''
          : translate('tsunagu.common.colleague');
  const role = entry?.['role'] as string | undefined;
  return (
    <Typography component="span" variant="body2" title={role ? translate(`tsunagu.roles.${role}`) : undefined}>
      {text}
    </Typography>
  );
};
