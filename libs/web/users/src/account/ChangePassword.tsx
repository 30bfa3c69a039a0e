import { Button, CircularProgress } from '@mui/material';
import { PASSWORD_MIN_LENGTH } from '@tsunagu/contracts';
import { account, errorCode } from '@tsunagu/web-data-access';
import { useState } from 'react';
import { Form, maxLength, minLength, PasswordInput, required, useNotify, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { useReportError } from '../common';
import { passwordRuleKey } from './password-rules';

interface Values {
  currentPassword?: string;
  newPassword?: string;
  repeat?: string;
}

const sameAsNew = (value: unknown, values: Values) => (value && value !== values.newPassword ? 'tsunagu.account.password.mismatch' : undefined);

const SubmitButton = () => {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" disabled={isSubmitting} sx={{ minHeight: 44, mt: 1 }}>
      {isSubmitting ? <CircularProgress size={20} /> : translate('tsunagu.account.password.submit')}
    </Button>
  );
};

/** The person's own new password: the current one proves it is them; the rules are shown under the field. */
export const ChangePassword = ({ onChanged }: { onChanged(): void }) => {
  const notify = useNotify();
  const reportError = useReportError();
  // A new form after a change: nothing of either password stays on screen.
  const [generation, setGeneration] = useState(0);

  const submit = async (values: Values) => {
    try {
      await account.changePassword(values.currentPassword ?? '', values.newPassword ?? '');
      notify('tsunagu.account.password.changed', { type: 'success' });
      setGeneration((g) => g + 1);
      onChanged();
      return undefined;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CURRENT_PASSWORD_WRONG') return { currentPassword: 'tsunagu.errors.current_password_wrong' };
      if (code === 'PASSWORD_WEAK') return { newPassword: passwordRuleKey((error as { body?: unknown }).body) };
      await reportError(error);
      return undefined;
    }
  };

  return (
    <Form key={generation} onSubmit={submit} noValidate>
      <PasswordInput
        source="currentPassword"
        label="tsunagu.account.password.current"
        autoComplete="current-password"
        validate={required()}
        fullWidth
      />
      <PasswordInput
        source="newPassword"
        label="tsunagu.account.password.new"
        autoComplete="new-password"
        validate={[required(), minLength(PASSWORD_MIN_LENGTH, 'tsunagu.account.password.too_short'), maxLength(200)]}
        helperText="tsunagu.account.password.rules"
        fullWidth
      />
      <PasswordInput source="repeat" label="tsunagu.account.password.repeat" autoComplete="new-password" validate={[required(), sameAsNew]} fullWidth />
      <SubmitButton />
    </Form>
  );
};
