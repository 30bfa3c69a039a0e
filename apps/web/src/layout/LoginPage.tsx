import { Alert, Box, Button, CardContent, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { SecondFactorRequired, session } from '@tsunagu/web-data-access';
import { useEffect, useState, type FormEvent } from 'react';
import { email, Form, LocalesMenuButton, Login, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error');

const SubmitButton = ({ busy, label }: { busy: boolean; label: string }) => {
  const translate = useTranslate();
  return (
    <Button variant="contained" type="submit" disabled={busy} fullWidth sx={{ mt: 2, minHeight: 44 }}>
      {busy ? <CircularProgress size={19} thickness={3} /> : translate(label)}
    </Button>
  );
};

/** The first step: email (the API's login name) and password. */
const PasswordStep = ({ onChallenge, onError }: { onChallenge(challenge: string): void; onError(key: string | null): void }) => {
  const translate = useTranslate();
  const login = useLogin();
  const [busy, setBusy] = useState(false);
  const submit = async (values: Record<string, unknown>) => {
    setBusy(true);
    onError(null);
    try {
      await login({ email: String(values['email'] ?? ''), password: String(values['password'] ?? '') });
    } catch (error) {
      if (error instanceof SecondFactorRequired) onChallenge(error.challenge);
      else onError(messageOf(error));
      setBusy(false);
    }
  };
  return (
    <Form onSubmit={submit} mode="onChange" noValidate>
      <CardContent sx={{ width: 320, maxWidth: '100%', pb: 2 }}>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label={translate('ra.auth.email')}
          autoComplete="username"
          validate={[required(), email()]}
        />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
        <SubmitButton busy={busy} label="ra.auth.sign_in" />
      </CardContent>
    </Form>
  );
};

/** The second step, in the same card: a code from the authenticator app, or a recovery code. */
const CodeStep = ({ challenge, onBack, onError }: { challenge: string; onBack(): void; onError(key: string | null): void }) => {
  const translate = useTranslate();
  const login = useLogin();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const trimmed = code.trim();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!recovery && !/^\d{6}$/.test(trimmed.replace(/\s/g, ''))) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    onError(null);
    try {
      await login({ challenge, code: recovery ? trimmed : trimmed.replace(/\s/g, '') });
    } catch (error) {
      onError(messageOf(error));
      setCode('');
      setBusy(false);
    }
  };
  const switchMode = () => {
    setRecovery(!recovery);
    setCode('');
    setInvalid(false);
    onError(null);
  };
  return (
    <Box component="form" onSubmit={submit} noValidate aria-labelledby="second-factor-title">
      <CardContent sx={{ width: 320, maxWidth: '100%', pb: 2 }}>
        <Typography id="second-factor-title" variant="h6" component="h2" gutterBottom>
          {translate('tsunagu.login.second_factor')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(recovery ? 'tsunagu.login.recovery_hint' : 'tsunagu.login.code_hint')}
        </Typography>
        <TextField
          // A new field for each mode, so the browser and password managers see what it asks for.
          key={recovery ? 'recovery' : 'totp'}
          autoFocus
          fullWidth
          margin="normal"
          name="code"
          label={translate(recovery ? 'tsunagu.login.recovery_code' : 'tsunagu.login.code')}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
            setInvalid(false);
          }}
          error={invalid}
          helperText={invalid ? translate('tsunagu.login.code_format') : ' '}
          slotProps={{
            htmlInput: recovery
              ? { autoComplete: 'off', autoCapitalize: 'none', spellCheck: false, maxLength: 20 }
              : { autoComplete: 'one-time-code', inputMode: 'numeric', pattern: '[0-9]*', maxLength: 6 },
          }}
        />
        <SubmitButton busy={busy} label="tsunagu.login.verify" />
        <Stack spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
          <Link component="button" type="button" variant="body2" onClick={switchMode} sx={{ minHeight: 44 }}>
            {translate(recovery ? 'tsunagu.login.use_app' : 'tsunagu.login.use_recovery')}
          </Link>
          <Link component="button" type="button" variant="body2" onClick={onBack} sx={{ minHeight: 44 }}>
            {translate('tsunagu.login.back')}
          </Link>
        </Stack>
      </CardContent>
    </Box>
  );
};

/**
 * Sign-in by email and password, then, for an account with a second factor, its code in the same
 * card. A session that ended by itself (idle, or ended by the API) is explained once, here.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const [challenge, setChallenge] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Read once: told on this visit of the login page, not again after a reload.
  const [ended] = useState(session.endNotice);
  useEffect(() => session.clearEndNotice(), []);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }}>
        <Typography variant="h4" component="h1">
          {translate('tsunagu.app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('tsunagu.app.tagline')}
        </Typography>
      </Box>
      {ended && !error ? (
        <Alert severity="info" sx={{ mx: 2, mt: 2, maxWidth: 320 }}>
          {translate(ended === 'idle' ? 'tsunagu.login.idle_ended' : 'tsunagu.errors.session_ended')}
        </Alert>
      ) : null}
      {error ? (
        <Alert severity="error" role="alert" sx={{ mx: 2, mt: 2, maxWidth: 320 }}>
          {translate(error, { _: translate('ra.auth.sign_in_error') })}
        </Alert>
      ) : null}
      {challenge ? (
        <CodeStep
          challenge={challenge}
          onError={setError}
          onBack={() => {
            setChallenge(null);
            setError(null);
          }}
        />
      ) : (
        <PasswordStep
          onChallenge={(c) => {
            setChallenge(c);
            setError(null);
          }}
          onError={setError}
        />
      )}
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
