import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../common';

/**
 * A temporary password, shown this once to the administrator (after a reset, or a new user created
 * without a password), to pass on; the user must change it at the next sign-in.
 */
export const TemporaryPasswordDialog = ({ password, intro, onClose }: { password: string; intro?: string; onClose(): void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="temporary-password-title" maxWidth="xs" fullWidth>
      <DialogTitle id="temporary-password-title">{translate('tsunagu.user_admin.temporary_title')}</DialogTitle>
      <DialogContent>
        {intro ? <DialogContentText sx={{ mb: 2 }}>{translate(intro)}</DialogContentText> : null}
        <Typography
          data-testid="temporary-password"
          sx={{ fontFamily: 'monospace', fontSize: '1.4rem', letterSpacing: '0.08em', textAlign: 'center', py: 1, userSelect: 'all', overflowWrap: 'anywhere' }}
        >
          {password}
        </Typography>
        <Stack direction="row" sx={{ justifyContent: 'center', my: 1 }}>
          <CopyButton text={password} label="tsunagu.user_admin.copy" copiedLabel="tsunagu.user_admin.copied" />
        </Stack>
        <Alert severity="info" sx={{ mt: 1 }}>
          {translate('tsunagu.user_admin.temporary_once')}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('tsunagu.user_admin.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
