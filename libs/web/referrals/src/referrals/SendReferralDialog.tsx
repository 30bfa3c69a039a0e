import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { DISCLOSURE_BASES, INFO_CATEGORIES, japanDate, type DisclosureBasis, type InfoCategory, type ReferralDto } from '@tsunagu/contracts';
import { ConsentCoverageAlert, useConsentCoverage } from '@tsunagu/web-cases';
import { enumKey, useMe } from '@tsunagu/web-ui';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { canSend, maySendOnOtherBasis, sendingCoverageQuery, type SendValues } from './referral-flow';

export interface SendReferralDialogProps {
  referral: ReferralDto;
  isPending: boolean;
  onSend(values: SendValues): void;
  onClose(): void;
}

/**
 * 送付: information leaves the center here. The dialog shows which consent covers it (or why none
 * does), lets the sender choose what is shared within it, and lets a supervisor send on another
 * legal basis with a written reason.
 */
export const SendReferralDialog = ({ referral, isPending, onSend, onClose }: SendReferralDialogProps) => {
  const translate = useTranslate();
  const { role } = useMe();
  const [values, setValues] = useState<SendValues>({ stepOn: japanDate(), basis: 'consent', basisReason: '', categories: [] });
  const coverage = useConsentCoverage(values.stepOn ? sendingCoverageQuery(referral, values.stepOn) : null);
  const consent = coverage.data?.consent ?? null;
  const covered = !!coverage.data?.covered;
  const allowed: readonly InfoCategory[] = values.basis === 'consent' ? (consent?.categories ?? []) : INFO_CATEGORIES;

  // Under consent, share by default what the consent covers.
  useEffect(() => {
    if (values.basis === 'consent' && consent) setValues((v) => ({ ...v, categories: consent.categories }));
  }, [consent, values.basis]);

  const set = <K extends keyof SendValues>(key: K, value: SendValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const toggle = (category: InfoCategory) =>
    set('categories', values.categories.includes(category) ? values.categories.filter((c) => c !== category) : [...values.categories, category]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="send-referral-title">
      <DialogTitle id="send-referral-title">{translate('tsunagu.referrals.send_title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            type="date"
            label={translate('resources.referrals.fields.referredOn')}
            value={values.stepOn}
            onChange={(e) => set('stepOn', e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: japanDate() } }}
          />
          {maySendOnOtherBasis(role) ? (
            <TextField
              select
              label={translate('tsunagu.referrals.basis')}
              value={values.basis}
              onChange={(e) => setValues((v) => ({ ...v, basis: e.target.value as DisclosureBasis, categories: [] }))}
            >
              {DISCLOSURE_BASES.map((b) => (
                <MenuItem key={b} value={b}>
                  {translate(enumKey('disclosure_basis', b))}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          {values.basis === 'consent' ? (
            <ConsentCoverageAlert
              coverage={coverage.data}
              on={values.stepOn}
              coveredTitle="tsunagu.referrals.consent_ok"
              missingTitle="tsunagu.referrals.consent_missing"
              missingHint={maySendOnOtherBasis(role) ? 'tsunagu.referrals.consent_missing_hint_supervisor' : 'tsunagu.referrals.consent_missing_hint'}
            />
          ) : (
            <TextField
              label={translate('tsunagu.referrals.basis_reason')}
              value={values.basisReason}
              onChange={(e) => set('basisReason', e.target.value)}
              multiline
              minRows={2}
              required
              helperText={translate('tsunagu.referrals.basis_reason_hint')}
            />
          )}
          {allowed.length ? (
            <FormGroup>
              <FormLabel component="legend">{translate('tsunagu.referrals.what_is_shared')}</FormLabel>
              {allowed.map((category) => (
                <FormControlLabel
                  key={category}
                  control={<Checkbox checked={values.categories.includes(category)} onChange={() => toggle(category)} />}
                  label={translate(enumKey('info_category', category))}
                />
              ))}
            </FormGroup>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={isPending || !canSend(values, covered)} onClick={() => onSend(values)}>
          {translate('tsunagu.referrals.steps.referred')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
