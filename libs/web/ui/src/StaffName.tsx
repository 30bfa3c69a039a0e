import { Typography } from '@mui/material';
import { useCanAccess, useGetIdentity, useGetManyAggregate, useTranslate } from 'react-admin';

/**
 * A user's name. Only supervisors (and admins) may read the user directory; everyone else sees
 * their own name and "another staff member" for colleagues (the API offers them no directory).
 */
export const StaffName = ({ id }: { id: string | null | undefined }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'show' });
  const isSelf = !!id && id === identity?.id;
  const { data } = useGetManyAggregate('users', { ids: id ? [id] : [] }, { enabled: !!id && !isSelf && !!canAccess });
  const name = data?.find((u) => u.id === id)?.['name'] as string | undefined;
  const text = !id ? '—' : isSelf ? translate('tsunagu.common.you', { name: identity?.fullName ?? '' }) : (name ?? translate('tsunagu.common.colleague'));
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
