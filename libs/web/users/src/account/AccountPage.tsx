import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { account, session, useSession } from '@tsunagu/web-data-access';
import { useEffect, useRef, type ReactNode } from 'react';
import { Title, useRedirect, useTranslate } from 'react-admin';
import { useReportError } from '../common';
import { ChangePassword } from './ChangePassword';
import { TwoFactor } from './TwoFactor';

const TWO_FACTOR_ID = 'two-factor';

const Section = ({ id, title, children }: { id?: string; title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card component="section" id={id} aria-labelledby={`${id ?? title}-title`}>
      <CardContent>
        <Typography id={`${id ?? title}-title`} variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/**
 * アカウント: the person's own password and two-step verification. The API lets someone who must
 * change a temporary password, or set up a second factor their center requires, do nothing else;
 * they land here after signing in, and go on to the home page once nothing more is required.
 */
export const AccountPage = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const reportError = useReportError();
  const stored = useSession();
  const bound = !!stored && (stored.session.mustChangePassword || stored.session.mustEnrolTwoFactor);
  // Whether this visit began with something required: then, once nothing is, the app goes on.
  const cameBound = useRef(false);
  useEffect(() => {
    if (bound) cameBound.current = true;
  }, [bound]);

  // The rules as the API sees them now: the center may have required a second factor since sign-in.
  useEffect(() => {
    account.refresh().catch(reportError);
  }, [reportError]);

  if (!stored) return null;
  const { user, session: info } = stored;

  const goOnWhenFree = () => {
    const now = session.info();
    if (!cameBound.current || !now) return;
    if (!now.mustChangePassword && !now.mustEnrolTwoFactor) redirect('/');
    else if (now.mustEnrolTwoFactor) document.getElementById(TWO_FACTOR_ID)?.scrollIntoView({ behavior: 'smooth' });
  };

  return (
    <Box sx={{ maxWidth: 760, width: '100%', mx: 'auto', py: 2 }}>
      <Title title="tsunagu.account.title" />
      <Stack spacing={2}>
        <Box>
          <Typography variant="h5" component="h1">
            {translate('tsunagu.account.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {translate('tsunagu.account.signed_in_as', { name: user.name, email: user.email })}
          </Typography>
        </Box>
        {info.mustChangePassword ? (
          <Alert severity="warning" data-testid="must-change-password">
            {translate('tsunagu.account.must_change_password')}
          </Alert>
        ) : info.mustEnrolTwoFactor ? (
          <Alert severity="warning" data-testid="must-enrol">
            {translate('tsunagu.account.must_enrol')}
          </Alert>
        ) : null}
        <Section title="tsunagu.account.password.title">
          <ChangePassword onChanged={goOnWhenFree} />
        </Section>
        <Section id={TWO_FACTOR_ID} title="tsunagu.account.two_factor.title">
          <TwoFactor info={info} onEnabled={goOnWhenFree} />
        </Section>
      </Stack>
    </Box>
  );
};
