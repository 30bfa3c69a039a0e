import { SaveToolbar } from '@tsunagu/web-ui';
import { Edit, SimpleForm } from 'react-admin';
import { userFormToApi } from '../common';
import { UserInputs } from './UserInputs';

/** Pessimistic: a stale version (409) must be seen before leaving the page, not after. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={userFormToApi}>
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <UserInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
