import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { account, useSession, watchIdle, type SignOut } from '@tsunagu/web-data-access';
import { useEffect, useRef, useState } from 'react';
import { useLogout, useLogoutIfAccessDenied, useTranslate } from 'react-admin';

const secondsUntil = (at: number) => Math.max(0, Math.ceil((at - Date.now()) / 1000));

/**
 * The session ends after `session.idleMinutes` without a request. A minute before, this dialog
 * counts down; 「ログインを続ける」 asks the API (`GET /auth/me`), which keeps the session alive.
 * At the end the app signs out by itself, keeping unsaved drafts, and the login page says why.
 */
export const IdleWarning = () => {
  const translate = useTranslate();
  const idleMinutes = useSession()?.session.idleMinutes;
  const logout = useLogout();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [seconds, setSeconds] = useState(0);
  const [busy, setBusy] = useState(false);
  const logoutRef = useRef(logout);
  logoutRef.current = logout;

  useEffect(() => {
    if (!idleMinutes) return;
    return watchIdle({
      idleMinutes,
      onWarn: setEndsAt,
      onResume: () => setEndsAt(null),
      onEnd: () => {
        setEndsAt(null);
        const idle: SignOut = { reason: 'idle' };
        void logoutRef.current(idle);
      },
    });
  }, [idleMinutes]);

  useEffect(() => {
    if (endsAt === null) return;
    setSeconds(secondsUntil(endsAt));
    const tick = setInterval(() => setSeconds(secondsUntil(endsAt)), 1000);
    return () => clearInterval(tick);
  }, [endsAt]);

  const keepGoing = async () => {
    setBusy(true);
    try {
      await account.refresh();
    } catch (error) {
      await logoutIfAccessDenied(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={endsAt !== null} aria-labelledby="idle-warning-title" aria-describedby="idle-warning-message" maxWidth="xs" fullWidth>
      <DialogTitle id="idle-warning-title">{translate('tsunagu.idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-warning-message" role="timer">
          {translate('tsunagu.idle.message', { seconds })}
        </DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>{translate('tsunagu.idle.drafts')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={keepGoing} disabled={busy} autoFocus sx={{ minHeight: 44 }}>
          {translate('tsunagu.idle.continue')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
