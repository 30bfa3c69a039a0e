import { Card, CardContent, Typography } from '@mui/material';
import { RESOURCES, type Role } from '@tsunagu/contracts';
import { canAccess } from '@tsunagu/web-data-access';
import { Title, useGetIdentity, useTranslate } from 'react-admin';

/** The landing page: who is signed in, in which role, and a word when the role has no screens yet. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = (identity?.['role'] as Role | undefined) ?? null;
  const hasScreens = Object.values(RESOURCES).some((resource) => canAccess(role, { action: 'list', resource }));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="tsunagu.app.title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('tsunagu.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        {role ? <Typography>{translate('tsunagu.dashboard.role', { role: translate(`tsunagu.roles.${role}`) })}</Typography> : null}
        {role && !hasScreens ? (
          <Typography color="text.secondary" sx={{ mt: 1 }}>
            {translate('tsunagu.dashboard.nothing_yet')}
          </Typography>
        ) : null}
      </CardContent>
    </Card>
  );
};
