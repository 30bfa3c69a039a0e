import { Alert, AlertTitle, Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, Typography } from '@mui/material';
import { enumKey } from '@tsunagu/web-ui';
import { useCallback, useState } from 'react';
import { useTranslate } from 'react-admin';
import { basisSummary, type ConferenceFormValues } from './conference-logic';
import { ConsentChecks } from './ConsentChecks';

export interface BasisDialogProps {
  values: ConferenceFormValues;
  isPending: boolean;
  onConfirm(): void;
  onClose(): void;
}

/**
 * Before a conference is saved: what its sharing rests on (the members' pledges, each case's
 * consent, or nothing shared), with whom and what, as the referral send dialog shows before sending.
 */
export const BasisDialog = ({ values, isPending, onConfirm, onClose }: BasisDialogProps) => {
  const translate = useTranslate();
  const outside = values.kind === 'internal' ? [] : (values.outsideAttendees ?? []);
  const basis = basisSummary(values.kind, outside);
  // At a consent-based meeting, saving waits until every case is known to be covered for every agency.
  const consentChecked = values.kind === 'consent_based' && outside.length > 0;
  const [coverage, setCoverage] = useState<Record<string, boolean | undefined>>({});
  const onCoverage = useCallback((key: string, covered: boolean | undefined) => setCoverage((all) => (all[key] === covered ? all : { ...all, [key]: covered })), []);
  const caseIds = (values.cases ?? []).map((c) => c.caseId).filter(Boolean);
  const agencyIds = [...new Set(outside.map((a) => a.agencyId).filter(Boolean))];
  const blocked = consentChecked && caseIds.some((c) => agencyIds.some((a) => coverage[`${c}:${a}`] !== true));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="conference-basis-title">
      <DialogTitle id="conference-basis-title">{translate('tsunagu.conferences.basis_title')}</DialogTitle>
      <DialogContent>
        <Alert severity={values.kind === 'internal' ? 'info' : 'warning'} data-testid="basis-summary" sx={{ mb: 2 }}>
          <AlertTitle>{translate(basis.key, basis.args)}</AlertTitle>
          {translate(enumKey('conference_kind', values.kind))}
        </Alert>
        {consentChecked ? (
          <ConsentChecks caseIds={caseIds} agencyIds={agencyIds} on={values.heldOn} onCoverage={onCoverage} />
        ) : null}
        {outside.length ? (
          <>
            <List dense disablePadding>
              {outside.map((a, i) => (
                <ListItem key={i} disableGutters>
                  {a.name}
                  {a.pledgedOn ? `（${translate('resources.case-conferences.fields.pledgedOn')} ${a.pledgedOn.replace(/-/g, '/')}）` : ''}
                </ListItem>
              ))}
            </List>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('resources.case-conferences.fields.categories')}:{' '}
              {(values.categories ?? []).map((c) => translate(enumKey('info_category', c))).join('・') || translate('tsunagu.conferences.none')}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
              {translate('tsunagu.conferences.basis_hint')}
            </Typography>
          </>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} sx={{ minHeight: 44 }}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" disabled={isPending || blocked} onClick={onConfirm} sx={{ minHeight: 44 }}>
          {translate('tsunagu.conferences.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
