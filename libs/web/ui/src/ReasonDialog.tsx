import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { japanDate } from '@tsunagu/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface ReasonDialogValues {
  reason: string;
  date: string;
}

export interface ReasonDialogProps {
  open: boolean;
  /** i18n keys */
  title: string;
  message?: string;
  confirmLabel: string;
  reasonLabel?: string;
  /** Ask for a date too (default today, Japan time), labelled with this key. */
  dateLabel?: string;
  /** Whether a reason must be given (default yes). */
  reasonRequired?: boolean;
  /** Whether to ask for a written reason at all (default yes). */
  withReason?: boolean;
  /** More inputs, above the reason. */
  children?: ReactNode;
  /** Extra condition for the confirm button. */
  canConfirm?: boolean;
  isPending?: boolean;
  onConfirm(values: ReasonDialogValues): void;
  onClose(): void;
}

/** Asks for a reason (and a date) before an action that must be explained: void, withdraw, close. */
export const ReasonDialog = ({
  open,
  title,
  message,
  confirmLabel,
  reasonLabel = 'tsunagu.common.reason',
  dateLabel,
  reasonRequired = true,
  withReason = true,
  children,
  canConfirm = true,
  isPending = false,
  onConfirm,
  onClose,
}: ReasonDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(japanDate());
  const ready = canConfirm && !isPending && (!withReason || !reasonRequired || reason.trim().length > 0) && (!dateLabel || !!date);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="reason-dialog-title">
      <DialogTitle id="reason-dialog-title">{translate(title)}</DialogTitle>
      <DialogContent>
        {message ? <DialogContentText sx={{ mb: 2 }}>{translate(message)}</DialogContentText> : null}
        {children}
        {dateLabel ? (
          <TextField
            type="date"
            label={translate(dateLabel)}
            value={date}
            onChange={(e) => setDate(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: japanDate() } }}
            margin="dense"
            required
          />
        ) : null}
        {withReason ? (
        <TextField
          autoFocus
          label={translate(reasonLabel)}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          margin="dense"
          fullWidth
          multiline
          minRows={2}
          required={reasonRequired}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!ready} onClick={() => onConfirm({ reason: reason.trim(), date })}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
