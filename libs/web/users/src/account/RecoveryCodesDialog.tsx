import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  GlobalStyles,
  Stack,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { CopyButton } from '../common';

/** On paper: the codes alone, without the app behind the dialog. */
const printOnlyTheCodes = (
  <GlobalStyles
    styles={{
      '@media print': {
        '#root, .MuiBackdrop-root, [data-print="hide"]': { display: 'none !important' },
        '.MuiDialog-root, .MuiDialog-container, .MuiDialog-paper': { position: 'static !important', boxShadow: 'none !important', maxHeight: 'none !important' },
      },
    }}
  />
);

/**
 * The ten recovery codes, shown this once. The dialog does not close by a click beside it or by
 * Escape: only after 「控えました」, so nobody loses them by accident.
 */
export const RecoveryCodesDialog = ({ codes, onClose }: { codes: string[]; onClose(): void }) => {
  const translate = useTranslate();
  const [kept, setKept] = useState(false);
  return (
    <Dialog open aria-labelledby="recovery-codes-title" maxWidth="sm" fullWidth>
      {printOnlyTheCodes}
      <DialogTitle id="recovery-codes-title">{translate('tsunagu.account.recovery.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('tsunagu.account.recovery.explain')}</DialogContentText>
        <Alert severity="warning" sx={{ my: 2 }} data-print="hide">
          {translate('tsunagu.account.recovery.once')}
        </Alert>
        <Box
          component="ol"
          data-testid="recovery-codes"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
            columnGap: 4,
            rowGap: 1,
            pl: 4,
            my: 2,
            fontFamily: 'monospace',
            fontSize: '1.15rem',
          }}
        >
          {codes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </Box>
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }} data-print="hide">
          <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} sx={{ minHeight: 44 }}>
            {translate('tsunagu.account.recovery.print')}
          </Button>
          <CopyButton text={codes.join('\n')} label="tsunagu.account.recovery.copy" copiedLabel="tsunagu.account.recovery.copied" />
        </Stack>
        <FormControlLabel
          data-print="hide"
          sx={{ mt: 2, minHeight: 44 }}
          control={<Checkbox checked={kept} onChange={(e) => setKept(e.target.checked)} />}
          label={translate('tsunagu.account.recovery.kept')}
        />
      </DialogContent>
      <DialogActions data-print="hide">
        <Button variant="contained" disabled={!kept} onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('tsunagu.account.recovery.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
