import { Create, SimpleForm } from 'react-admin';
import { userFormToApi } from '../common';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="list" transform={userFormToApi}>
    <SimpleForm warnWhenUnsavedChanges>
      <UserInputs mode="create" />
    </SimpleForm>
  </Create>
);
