import { Card, CardContent, Stack, Typography } from '@mui/material';
import { RESOURCES } from '@tsunagu/contracts';
import { ClosureQueue, MyCases } from '@tsunagu/web-cases';
import { TodayPanel } from '@tsunagu/web-contacts';
import { InquiriesHome } from '@tsunagu/web-inquiries';
import { WaitingReferrals } from '@tsunagu/web-referrals';
import { ReportsShortcut } from '@tsunagu/web-reports';
import { canAccess } from '@tsunagu/web-data-access';
import { useMe } from '@tsunagu/web-ui';
import { Title, useTranslate } from 'react-admin';

const Welcome = () => {
  const translate = useTranslate();
  const { name, role } = useMe();
  const hasScreens = Object.values(RESOURCES).some((resource) => canAccess(role, { action: 'list', resource }));
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('tsunagu.dashboard.welcome', { name })}
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

/**
 * The home screen, by role: for coordinators and supervisors, what is due today, overdue, or
 * without contact for too long; a coordinator's own cases; for liaison staff, the referrals
 * waiting for an agency's answer; for supervisors, the closure requests waiting for an answer; for
 * supervisors and administrators, the way to the reports; for coordinators and supervisors, today's
 * and this week's first contacts (相談受付).
 * Everyone is greeted with their role.
 */
export const Dashboard = () => {
  const { role } = useMe();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="tsunagu.app.title" />
      <Welcome />
      {role === 'supervisor' ? <ClosureQueue /> : null}
      {role === 'supervisor' || role === 'admin' ? <ReportsShortcut /> : null}
      {role === 'coordinator' || role === 'supervisor' ? <InquiriesHome /> : null}
      {role === 'coordinator' || role === 'supervisor' ? <TodayPanel /> : null}
      {role === 'coordinator' ? <MyCases /> : null}
      {role === 'staff' ? <WaitingReferrals /> : null}
    </Stack>
  );
};
