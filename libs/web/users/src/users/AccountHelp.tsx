import LockResetIcon from '@mui/icons-material/LockReset';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { Button } from '@mui/material';
import { RESOURCES, type UserDto } from '@tsunagu/contracts';
import { userAdmin } from '@tsunagu/web-data-access';
import { useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import { Confirm, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useReportError } from '../common';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

const BUTTON = { minHeight: 44 } as const;

/** 「パスワードを再発行」: asks first, then shows the temporary password once. Not for one's own account (that is the account page). */
const ResetPasswordButton = ({ user }: { user: UserDto }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const reportError = useReportError();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  const reset = async () => {
    setBusy(true);
    try {
      setTemporary((await userAdmin.resetPassword(user.id)).temporaryPassword);
      refresh();
    } catch (error) {
      await reportError(error);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<LockResetIcon />} onClick={() => setAsking(true)} sx={BUTTON}>
        {translate('tsunagu.user_admin.reset_password')}
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="tsunagu.user_admin.reset_password_title"
        content="tsunagu.user_admin.reset_password_message"
        contentTranslateOptions={{ name: user.name }}
        confirm="tsunagu.user_admin.reset_password"
        onConfirm={reset}
        onClose={() => setAsking(false)}
      />
      {temporary ? <TemporaryPasswordDialog password={temporary} onClose={() => setTemporary(null)} /> : null}
    </>
  );
};

/** 「二段階認証をリセット」 for a lost phone: asks first; only when the user has a second factor. */
const ResetTwoFactorButton = ({ user }: { user: UserDto }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const reset = async () => {
    setBusy(true);
    try {
      await userAdmin.resetTwoFactor(user.id);
      notify('tsunagu.user_admin.two_factor_reset_done', { type: 'success' });
      refresh();
    } catch (error) {
      await reportError(error);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <>
      <Button size="small" startIcon={<PhonelinkEraseIcon />} onClick={() => setAsking(true)} sx={BUTTON}>
        {translate('tsunagu.user_admin.reset_two_factor')}
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="tsunagu.user_admin.reset_two_factor_title"
        content="tsunagu.user_admin.reset_two_factor_message"
        contentTranslateOptions={{ name: user.name }}
        confirm="tsunagu.user_admin.reset_two_factor"
        onConfirm={reset}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** The administrator's help with someone's sign-in, on their user page. */
export const AccountHelp = () => {
  const user = useRecordContext<UserDto>();
  const { id: myId } = useMe();
  const { canAccess: mayResetPassword } = useCanAccess({ action: 'resetPassword', resource: RESOURCES.users });
  const { canAccess: mayResetTwoFactor } = useCanAccess({ action: 'resetTwoFactor', resource: RESOURCES.users });
  if (!user) return null;
  return (
    <>
      {mayResetPassword && user.id !== myId ? <ResetPasswordButton user={user} /> : null}
      {mayResetTwoFactor && user.twoFactorEnabled ? <ResetTwoFactorButton user={user} /> : null}
    </>
  );
};
