import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify } from 'react-admin';

/**
 * Tells the person why an account action failed (the error's message is already an i18n key); a
 * refused session goes through react-admin's sign-out instead, as for any other request.
 */
export function useReportError() {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useCallback(
    async (error: unknown) => {
      if (await logoutIfAccessDenied(error)) return;
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
    },
    [logoutIfAccessDenied, notify],
  );
}
