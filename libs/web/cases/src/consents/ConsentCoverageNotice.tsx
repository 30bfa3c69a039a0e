import { Alert, AlertTitle, Typography } from '@mui/material';
import { RESOURCES, type ConsentPurpose } from '@tsunagu/contracts';
import { useApiQuery, type ConsentCoverage, type ConsentCoverageQuery } from '@tsunagu/web-data-access';
import { enumKey, formatDay } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { ReferenceField, RecordContextProvider, useLocaleState, useTranslate } from 'react-admin';

/**
 * Asks the consent service whether an active consent covers an act (the one place the API answers
 * it); a new `revision` asks again (after a consent was recorded).
 */
export function useConsentCoverage(query: ConsentCoverageQuery | null, revision = 0) {
  return useApiQuery<ConsentCoverage>(query ? `${JSON.stringify(query)}#${revision}` : null, (dp) => dp.consentCoverage(query as ConsentCoverageQuery));
}

export interface ConsentCoverageAlertProps {
  coverage: ConsentCoverage | undefined;
  /** YYYY-MM-DD, Japan time: the day asked about. */
  on: string;
  /** i18n keys: what to say when covered, and when not (`%{date}` is the day asked about). */
  coveredTitle: string;
  missingTitle: string;
  missingHint: string;
  /** Shown with the warning when no consent covers the act, e.g. a button to record one. */
  missingAction?: ReactNode;
}

/** Which consent covers an act (purpose, giver, method, validity, agency, categories), or that none does and why. */
export const ConsentCoverageAlert = ({ coverage, on, coveredTitle, missingTitle, missingHint, missingAction }: ConsentCoverageAlertProps) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  if (!coverage) return null;
  if (!coverage.covered || !coverage.consent) {
    return (
      <Alert severity="warning" data-testid="consent-coverage" sx={{ my: 1 }} action={missingAction}>
        <AlertTitle>{translate(missingTitle, { date: formatDay(on, locale) })}</AlertTitle>
        {translate(missingHint)}
      </Alert>
    );
  }
  const consent = coverage.consent;
  return (
    <Alert severity="success" data-testid="consent-coverage" sx={{ my: 1 }}>
      <AlertTitle>{translate(coveredTitle, { date: formatDay(on, locale) })}</AlertTitle>
      <RecordContextProvider value={consent}>
        <Typography variant="body2" component="div">
          {translate('tsunagu.contacts.consent_line', {
            purpose: translate(enumKey('consent_purpose', consent.purpose)),
            giver: translate(enumKey('consent_giver', consent.givenBy)),
            method: translate(enumKey('consent_method', consent.method)),
            from: formatDay(consent.givenOn, locale),
            until: consent.expiresOn ? formatDay(consent.expiresOn, locale) : translate('tsunagu.contacts.no_expiry'),
          })}
          {consent.familyMemberId ? (
            <>
              {' '}
              <ReferenceField source="familyMemberId" reference={RESOURCES.familyMembers} link={false} />
            </>
          ) : null}
        </Typography>
        {consent.agencyId ? (
          <Typography variant="body2" component="div">
            {translate('resources.consents.fields.agencyId')}: <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
          </Typography>
        ) : null}
        {consent.categories.length ? (
          <Typography variant="body2" component="div">
            {translate('resources.consents.fields.categories')}: {consent.categories.map((k) => translate(enumKey('info_category', k))).join('・')}
          </Typography>
        ) : null}
      </RecordContextProvider>
    </Alert>
  );
};

export interface ConsentCoverageNoticeProps extends Omit<ConsentCoverageAlertProps, 'coverage'> {
  caseId: string;
  purpose: ConsentPurpose;
  subject?: ConsentCoverageQuery['subject'];
  familyMemberId?: string;
  agencyId?: string;
}

/** Asks, then shows, whether an active consent covers an act on a day. */
export const ConsentCoverageNotice = ({ caseId, purpose, on, subject = 'any', familyMemberId, agencyId, ...texts }: ConsentCoverageNoticeProps) => {
  const { data } = useConsentCoverage({ caseId, purpose, on, subject, familyMemberId, agencyId });
  return <ConsentCoverageAlert coverage={data} on={on} {...texts} />;
};
