import { Button, Stack } from '@mui/material';
import { SaveButton, useTranslate } from 'react-admin';

/** The end of an inline form: save, or put the form away. */
export const SaveCancelButtons = ({ onCancel }: { onCancel: () => void }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      <SaveButton />
      <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
    </Stack>
  );
};
