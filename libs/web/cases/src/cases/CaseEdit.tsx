import { SaveToolbar } from '@tsunagu/web-ui';
import { Edit, SimpleForm } from 'react-admin';
import { caseFormToApi } from './case-form';
import { CaseInputs } from './CaseInputs';

/** The client fields only; status and coordinators move through their own buttons. Pessimistic: a 409 is seen before leaving. */
export const CaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={caseFormToApi}>
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <CaseInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
