import { Box, Typography } from '@mui/material';
import type { UserDto } from '@tsunagu/contracts';
import { WithRecord } from 'react-admin';

/** A user's name with its reading (よみ) under it, the way lists sorted by reading show people. */
export const UserNameWithKana = () => (
  <WithRecord<UserDto>
    render={(user) => (
      <Box>
        <Typography variant="body2">{user.name}</Typography>
        {user.nameKana ? (
          <Typography variant="caption" color="text.secondary">
            {user.nameKana}
          </Typography>
        ) : null}
      </Box>
    )}
  />
);
