import { Create, SimpleForm } from 'react-admin';
import { CenterInputs } from './CenterInputs';

export const CenterCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <CenterInputs />
    </SimpleForm>
  </Create>
);
