import { SaveToolbar } from '@tsunagu/web-ui';
import { Typography } from '@mui/material';
import type { CaseConferenceDto } from '@tsunagu/contracts';
import { ArrayInput, BooleanInput, DateInput, Edit, maxLength, SimpleForm, SimpleFormIterator, TextInput, useSimpleFormIteratorItem, useTranslate, WithRecord } from 'react-admin';
import { conferenceEditToApi } from './conference-logic';

const field = (name: string) => `resources.case-conferences.fields.${name}`;

/** The case an iterator row belongs to, by its number: the cases discussed do not change after the meeting. */
const CaseNumber = ({ conference }: { conference: CaseConferenceDto }) => {
  const { index } = useSimpleFormIteratorItem();
  return (
    <Typography variant="subtitle2" component="div" sx={{ fontWeight: 700, mt: 1 }}>
      {conference.cases[index]?.caseNumber}
    </Typography>
  );
};

/**
 * After the meeting: each case's decision (of the cases the user may see; the others are not sent
 * and stay as they are), the papers and whether they came back, the next review day. Who met, on
 * what basis and what was shared do not change: those were recorded with the disclosures.
 */
export const ConferenceEdit = () => {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={conferenceEditToApi}>
      <SimpleForm toolbar={<SaveToolbar />} sx={{ maxWidth: 1100 }}>
        <WithRecord<CaseConferenceDto>
          render={(r) => (
            <>
              <Typography variant="h6" component="h2">
                {r.title}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate(`tsunagu.conferences.legal_basis.${r.kind}`)}
              </Typography>
              <ArrayInput source="cases" label={field('cases')}>
                <SimpleFormIterator disableAdd disableRemove disableReordering disableClear fullWidth>
                  <CaseNumber conference={r} />
                  <TextInput source="decision" label={field('decision')} fullWidth multiline minRows={2} validate={maxLength(4000)} />
                </SimpleFormIterator>
              </ArrayInput>
            </>
          )}
        />
        <TextInput source="papers" fullWidth multiline validate={maxLength(2000)} />
        <BooleanInput source="papersCollected" />
        <DateInput source="nextReviewOn" />
      </SimpleForm>
    </Edit>
  );
};
