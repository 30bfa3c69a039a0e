import BarChartIcon from '@mui/icons-material/BarChart';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { canAccess, REPORTS } from '@tsunagu/web-data-access';
import { useMe } from '@tsunagu/web-ui';
import { Link, useTranslate } from 'react-admin';

/** The home screen's way to the reports: caseloads and activity statistics in one click. */
export const ReportsShortcut = () => {
  const translate = useTranslate();
  const { role } = useMe();
  if (!canAccess(role, { resource: REPORTS, action: 'list' })) return null;
  return (
    <Card component="section" aria-label={translate('resources.reports.name')}>
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="h6" component="h2">
          {translate('resources.reports.name')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('tsunagu.reports.home_hint')}
        </Typography>
      </CardContent>
      <CardActions>
        <Button component={Link} to={`/${REPORTS}`} startIcon={<BarChartIcon />}>
          {translate('tsunagu.reports.open')}
        </Button>
      </CardActions>
    </Card>
  );
};
