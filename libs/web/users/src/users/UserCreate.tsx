import type { CreatedUserDto } from '@tsunagu/contracts';
import { useState } from 'react';
import { Create, SimpleForm, useNotify, useRedirect } from 'react-admin';
import { userFormToApi } from '../common';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserInputs } from './UserInputs';

/**
 * A new user. Created without a password, the API answers a temporary one, this once: it is shown
 * before going on to the new user's page. With a password, straight back to the list.
 */
export const UserCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const [created, setCreated] = useState<{ id: string; password: string } | null>(null);
  const onSuccess = (user: CreatedUserDto) => {
    if (user.temporaryPassword) {
      setCreated({ id: user.id, password: user.temporaryPassword });
      return;
    }
    notify('ra.notification.created', { type: 'info', messageArgs: { smart_count: 1 } });
    redirect('list', 'users');
  };
  return (
    <>
      <Create transform={userFormToApi} mutationOptions={{ onSuccess }}>
        <SimpleForm warnWhenUnsavedChanges>
          <UserInputs mode="create" />
        </SimpleForm>
      </Create>
      {created ? (
        <TemporaryPasswordDialog
          password={created.password}
          intro="tsunagu.user_admin.temporary_created"
          onClose={() => redirect('show', 'users', created.id)}
        />
      ) : null}
    </>
  );
};
