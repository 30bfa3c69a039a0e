import SearchOffIcon from '@mui/icons-material/SearchOff';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/**
 * What a record the user may not see looks like: the same as one that does not exist (the API
 * answers 404 for both), said plainly instead of a redirect.
 */
export const NotFoundMessage = ({ message = 'tsunagu.common.not_found_detail' }: { message?: string }) => {
  const translate = useTranslate();
  return (
    <Box role="alert" sx={{ p: 4, textAlign: 'center' }}>
      <SearchOffIcon color="disabled" sx={{ fontSize: 48 }} />
      <Typography variant="h6" component="p">
        {translate('tsunagu.common.not_found_title')}
      </Typography>
      <Typography color="text.secondary">{translate(message)}</Typography>
    </Box>
  );
};
