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
import { KANA_READING, PASSWORD_MIN_LENGTH } from '@tsunagu/contracts';
import { roleChoices, validateCenterForRole } from '../common';

const validateKana = [maxLength(100), regex(KANA_READING, 'tsunagu.validation.kana')];

/**
 * The fields of a user. A new user may be given a password, or none: the API then issues a
 * temporary one. Passwords never change here afterwards (the user's account page, or a reset).
 */
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
        helperText="tsunagu.user_admin.password_hint"
        validate={[minLength(PASSWORD_MIN_LENGTH, 'tsunagu.account.password.too_short'), maxLength(200)]}
      />
    ) : (
      <BooleanInput source="active" />
    )}
  </>
);
