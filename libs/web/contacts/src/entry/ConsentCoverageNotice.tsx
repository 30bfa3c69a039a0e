import { Alert, AlertTitle } from '@mui/material';
import { RESOURCES, type ConsentPurpose } from '@tsunagu/contracts';
import { useApiQuery, type ConsentCoverage, type ConsentCoverageQuery } from '@tsunagu/web-data-access';
import { enumKey, formatDay } from '@tsunagu/web-ui';
import { ReferenceField, RecordContextProvider, useLocaleState, useTranslate } from 'react-admin';

export interface ConsentCoverageNoticeProps {
  caseId: string;
  purpose: ConsentPurpose;
  /** YYYY-MM-DD, Japan time. */
  on: string;
  subject?: ConsentCoverageQuery['subject'];
  familyMemberId?: string;
  agencyId?: string;
  /** i18n keys: what to say when covered, and when not. */
  coveredTitle: string;
  missingTitle: string;
  missingHint: string;
}

/** Asks the consent service whether an active consent covers an act, and says which one, or that none does. */
export const ConsentCoverageNotice = ({
  caseId,
  purpose,
  on,
  subject = 'any',
  familyMemberId,
  agencyId,
  coveredTitle,
  missingTitle,
  missingHint,
}: ConsentCoverageNoticeProps) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const query: ConsentCoverageQuery = { caseId, purpose, on, subject, familyMemberId, agencyId };
  const { data, isPending } = useApiQuery<ConsentCoverage>(JSON.stringify(query), (dp) => dp.consentCoverage(query));
  if (isPending || !data) return null;
  if (!data.covered || !data.consent) {
    return (
      <Alert severity="warning" data-testid="consent-coverage" sx={{ my: 1 }}>
        <AlertTitle>{translate(missingTitle, { date: formatDay(on, locale) })}</AlertTitle>
        {translate(missingHint)}
      </Alert>
    );
  }
  const consent = data.consent;
  return (
    <Alert severity="success" data-testid="consent-coverage" sx={{ my: 1 }}>
      <AlertTitle>{translate(coveredTitle)}</AlertTitle>
      <RecordContextProvider value={consent}>
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
      </RecordContextProvider>
    </Alert>
  );
};
