import { SaveToolbar } from '@tsunagu/web-ui';
import { Edit, SimpleForm } from 'react-admin';
import { CenterInputs } from './CenterInputs';

/** Pessimistic: a stale version (409) must be seen before leaving the page, not after. */
export const CenterEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <CenterInputs />
    </SimpleForm>
  </Edit>
);
