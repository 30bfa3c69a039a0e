import {
  BooleanInput,
  email,
  FormDataConsumer,
  maxLength,
  minLength,
  PasswordInput,
  regex,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { KANA_READING } from '@tsunagu/contracts';
import { roleChoices, validateCenterForRole } from '../common';

const PASSWORD_MIN = 10;
const validateKana = [maxLength(100), regex(KANA_READING, 'tsunagu.validation.kana')];

/** The fields of a user; `mode` decides whether a password is required (create) or optional (edit). */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
    <TextInput source="nameKana" validate={validateKana} helperText="tsunagu.users.kana_hint" fullWidth />
    <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} fullWidth />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <FormDataConsumer<{ role?: string }>>
      {({ formData }) =>
        formData.role === 'admin' ? null : (
          <ReferenceInput source="centerId" reference="centers" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
            <SelectInput optionText="name" validate={validateCenterForRole} />
          </ReferenceInput>
        )
      }
    </FormDataConsumer>
    {mode === 'create' ? (
      <PasswordInput
        source="password"
        autoComplete="new-password"
        helperText="tsunagu.users.password_hint"
        validate={[required(), minLength(PASSWORD_MIN), maxLength(200)]}
      />
    ) : (
      <>
        <PasswordInput
          source="password"
          label="resources.users.fields.newPassword"
          autoComplete="new-password"
          helperText="tsunagu.users.new_password_hint"
          validate={[minLength(PASSWORD_MIN), maxLength(200)]}
        />
        <BooleanInput source="active" />
      </>
    )}
  </>
);
