import { Chip, Stack } from '@mui/material';
import type { UserDto } from '@tsunagu/contracts';
import { useRecordContext, useTranslate } from 'react-admin';

/** Whether the user signs in with a second factor. `source` names the field for the show layout's label. */
export const TwoFactorField = (_props: { source: 'twoFactorEnabled' }) => {
  const translate = useTranslate();
  const user = useRecordContext<UserDto>();
  if (!user) return null;
  return user.twoFactorEnabled ? (
    <Chip size="small" color="success" label={translate('tsunagu.account.two_factor.enabled')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('tsunagu.account.two_factor.disabled')} />
  );
};

/** Whether the user must still change a temporary (or administrator-chosen) password. */
export const MustChangePasswordField = (_props: { source: 'mustChangePassword' }) => {
  const translate = useTranslate();
  const user = useRecordContext<UserDto>();
  if (!user) return null;
  return user.mustChangePassword ? <Chip size="small" color="warning" label={translate('tsunagu.user_admin.must_change')} /> : <>—</>;
};

/** Both, compact, for a row of the list: a chip for a second factor, and one for a password change still pending. */
export const SignInStatus = () => {
  const translate = useTranslate();
  const user = useRecordContext<UserDto>();
  if (!user) return null;
  if (!user.twoFactorEnabled && !user.mustChangePassword) return <>—</>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {user.twoFactorEnabled ? <Chip size="small" color="success" variant="outlined" label={translate('tsunagu.user_admin.two_factor_on')} /> : null}
      {user.mustChangePassword ? <Chip size="small" color="warning" label={translate('tsunagu.user_admin.must_change')} /> : null}
    </Stack>
  );
};
