import { Create, SimpleForm } from 'react-admin';
import { caseFormToApi } from './case-form';
import { CaseInputs } from './CaseInputs';

/** A new case; the duplicate check is shown as the name, kana and birth date are typed. */
export const CaseCreate = () => (
  <Create redirect="show" transform={caseFormToApi}>
    <SimpleForm warnWhenUnsavedChanges>
      <CaseInputs mode="create" />
    </SimpleForm>
  </Create>
);
