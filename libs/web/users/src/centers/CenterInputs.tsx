import { BooleanInput, maxLength, required, TextInput } from 'react-admin';
import { validateCenterCode } from '../common';

export const CenterInputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
    <TextInput source="code" validate={[required(), validateCenterCode]} />
    <BooleanInput source="requireTwoFactor" helperText="tsunagu.user_admin.require_two_factor_hint" />
  </>
);
