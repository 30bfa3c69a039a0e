import { Box, Button, Chip, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import type { SessionInfo, TwoFactorSetup } from '@tsunagu/contracts';
import { account, errorCode } from '@tsunagu/web-data-access';
import { useState, type FormEvent } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { useReportError } from '../common';
import { RecoveryCodesDialog } from './RecoveryCodesDialog';

const BUTTON = { minHeight: 44 } as const;

/** Four characters at a time: easier to type into an app by hand (authenticator apps ignore the spaces). */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** Six digits from the authenticator app, and a button; a wrong code is said on the field. */
const CodeForm = ({ hint, submitLabel, onCode, onCancel }: { hint: string; submitLabel: string; onCode(code: string): Promise<'invalid' | void>; onCancel?(): void }) => {
  const translate = useTranslate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setError('tsunagu.login.code_format');
      return;
    }
    setBusy(true);
    const outcome = await onCode(digits);
    setBusy(false);
    if (outcome === 'invalid') {
      setError('tsunagu.errors.second_factor_invalid');
      setCode('');
    }
  };
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(hint)}
      </Typography>
      <TextField
        name="code"
        label={translate('tsunagu.account.two_factor.code')}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setError(null);
        }}
        error={!!error}
        helperText={error ? translate(error) : ' '}
        sx={{ maxWidth: 260 }}
        fullWidth
        slotProps={{ htmlInput: { autoComplete: 'one-time-code', inputMode: 'numeric', pattern: '[0-9]*', maxLength: 6 } }}
      />
      <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" disabled={busy} sx={BUTTON}>
          {busy ? <CircularProgress size={20} /> : translate(submitLabel)}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} sx={BUTTON}>
            {translate('tsunagu.account.two_factor.cancel')}
          </Button>
        ) : null}
      </Stack>
    </Box>
  );
};

/**
 * 二段階認証: its status; setting it up (a QR code to scan, the secret as text for typing by hand,
 * a code to confirm, then the recovery codes once); new recovery codes for a current code.
 */
export const TwoFactor = ({ info, onEnabled }: { info: SessionInfo; onEnabled(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const reportError = useReportError();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [renewing, setRenewing] = useState(false);
  const [codes, setCodes] = useState<{ list: string[]; enabled: boolean } | null>(null);
  const [starting, setStarting] = useState(false);

  /** Sends a code; a wrong one is told on the field, anything else as a notification. */
  const withCode = async (send: () => Promise<string[]>, enabled: boolean): Promise<'invalid' | void> => {
    try {
      setCodes({ list: await send(), enabled });
      setSetup(null);
      setRenewing(false);
    } catch (error) {
      if (errorCode(error) === 'SECOND_FACTOR_INVALID') return 'invalid';
      await reportError(error);
    }
  };

  const start = async () => {
    setStarting(true);
    try {
      setSetup(await account.setupTwoFactor());
    } catch (error) {
      await reportError(error);
    } finally {
      setStarting(false);
    }
  };

  const closeCodes = () => {
    const enabled = codes?.enabled;
    setCodes(null);
    if (enabled) {
      notify('tsunagu.account.two_factor.enabled_done', { type: 'success' });
      onEnabled();
    }
  };

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography component="span" variant="body2" color="text.secondary">
          {translate('tsunagu.account.two_factor.status')}
        </Typography>
        <Chip
          data-testid="two-factor-status"
          label={translate(info.twoFactorEnabled ? 'tsunagu.account.two_factor.enabled' : 'tsunagu.account.two_factor.disabled')}
          color={info.twoFactorEnabled ? 'success' : 'default'}
          variant={info.twoFactorEnabled ? 'filled' : 'outlined'}
        />
        {info.twoFactorRequired ? (
          <Chip label={translate('tsunagu.account.two_factor.required')} color={info.twoFactorEnabled ? 'default' : 'warning'} variant="outlined" />
        ) : null}
        {!info.twoFactorEnabled && !info.twoFactorRequired ? (
          <Typography component="span" variant="body2" color="text.secondary">
            {translate('tsunagu.account.two_factor.not_required')}
          </Typography>
        ) : null}
      </Stack>
      <Typography variant="body2">{translate('tsunagu.account.two_factor.explain')}</Typography>

      {!info.twoFactorEnabled && !setup ? (
        <Box>
          <Button variant="contained" onClick={start} disabled={starting} sx={BUTTON}>
            {translate('tsunagu.account.two_factor.start')}
          </Button>
        </Box>
      ) : null}

      {setup ? (
        <Stack spacing={2} data-testid="two-factor-setup">
          <Typography variant="body2">{translate('tsunagu.account.two_factor.scan')}</Typography>
          <Box component="img" src={setup.qrCode} alt={translate('tsunagu.account.two_factor.qr_alt')} sx={{ width: 200, height: 200, alignSelf: 'flex-start' }} />
          <Box>
            <Typography variant="body2" color="text.secondary">
              {translate('tsunagu.account.two_factor.manual')}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
              {translate('tsunagu.account.two_factor.secret')}
            </Typography>
            <Typography data-testid="two-factor-secret" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', overflowWrap: 'anywhere', userSelect: 'all' }}>
              {grouped(setup.secret)}
            </Typography>
          </Box>
          <CodeForm
            hint="tsunagu.account.two_factor.confirm_hint"
            submitLabel="tsunagu.account.two_factor.confirm"
            onCode={(code) => withCode(async () => (await account.enableTwoFactor(code)).recoveryCodes, true)}
            onCancel={() => setSetup(null)}
          />
        </Stack>
      ) : null}

      {info.twoFactorEnabled ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {translate('tsunagu.account.two_factor.lost_phone')}
          </Typography>
          {renewing ? (
            <CodeForm
              hint="tsunagu.account.two_factor.renew_hint"
              submitLabel="tsunagu.account.two_factor.renew_submit"
              onCode={(code) => withCode(async () => (await account.renewRecoveryCodes(code)).recoveryCodes, false)}
              onCancel={() => setRenewing(false)}
            />
          ) : (
            <Box>
              <Button variant="outlined" onClick={() => setRenewing(true)} sx={BUTTON}>
                {translate('tsunagu.account.two_factor.renew')}
              </Button>
            </Box>
          )}
        </>
      ) : null}

      {codes ? <RecoveryCodesDialog codes={codes.list} onClose={closeCodes} /> : null}
    </Stack>
  );
};
