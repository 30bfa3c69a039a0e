import { Alert, Stack } from '@mui/material';
import { japanDate, RESOURCES } from '@tsunagu/contracts';
import { CHOICES, useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  DateInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  RadioButtonGroupInput,
  required,
  SimpleForm,
  TextInput,
  useCreate,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { BasisDialog } from './BasisDialog';
import { ConferenceCaseInputs } from './ConferenceCaseInputs';
import { conferenceFormToApi, isStatutory, type ConferenceFormValues } from './conference-logic';
import { OutsideAttendeesInput } from './OutsideAttendeesInput';
import { useDirectoryChoices } from './useDirectoryChoices';

const defaultValues = () => ({ kind: 'internal', heldOn: japanDate(), cases: [{}], outsideAttendees: [], categories: [] });

/** What was shared with the outside members: named whenever there are any (a disclosure record names what it disclosed). */
const CategoriesInput = ({ values }: { values: ConferenceFormValues }) => {
  if (values.kind === 'internal') return null;
  const needed = !!values.outsideAttendees?.length;
  return <CheckboxGroupInput source="categories" choices={CHOICES.info_category} validate={needed ? required() : undefined} row />;
};

/**
 * A conference is recorded after it was held. Saving first shows what the sharing rests on; the
 * API writes the disclosure records with it.
 */
export const ConferenceCreate = () => {
  const notify = useNotify();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [create, { isPending }] = useCreate();
  const [pending, setPending] = useState<ConferenceFormValues | null>(null);
  const staff = useDirectoryChoices();
  const { role } = useMe();
  const [defaults] = useState(defaultValues);
  const confirm = () => {
    if (!pending) return;
    create(
      RESOURCES.caseConferences,
      { data: conferenceFormToApi(pending) },
      {
        onSuccess: (saved) => {
          notify('tsunagu.conferences.saved', { type: 'success' });
          redirect('show', RESOURCES.caseConferences, saved.id);
        },
        onError: (error) => {
          setPending(null);
          notify((error as Error).message, { type: 'error' });
        },
      },
    );
  };
  return (
    <Create>
      <SimpleForm defaultValues={defaults} onSubmit={(values: Record<string, unknown>) => setPending(values as unknown as ConferenceFormValues)} sx={{ maxWidth: 1100 }}>
        <RadioButtonGroupInput source="kind" choices={CHOICES.conference_kind} validate={required()} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ width: '100%' }}>
          <TextInput source="title" validate={[required(), maxLength(200)]} sx={{ flex: 1, minWidth: 0 }} />
          <DateInput source="heldOn" validate={[required(), maxValue(japanDate(), 'tsunagu.validation.future')]} fullWidth={false} sx={{ width: { md: 220 } }} />
        </Stack>
        <ConferenceCaseInputs />
        <AutocompleteArrayInput source="internalAttendeeIds" choices={staff.choices} isPending={staff.isPending} fullWidth />
        <FormDataConsumer<ConferenceFormValues>>
          {({ formData }) =>
            formData.kind === 'internal' ? null : (
              <>
                {/* Sharing on a basis other than consent is a supervisor's to record (the API answers 403 otherwise). */}
                {isStatutory(formData.kind) && role !== 'supervisor' ? (
                  <Alert severity="info" sx={{ mb: 2 }}>
                    {translate('tsunagu.conferences.supervisor_records')}
                  </Alert>
                ) : null}
                <OutsideAttendeesInput kind={formData.kind} />
                <CategoriesInput values={formData} />
              </>
            )
          }
        </FormDataConsumer>
        <TextInput source="papers" fullWidth multiline validate={maxLength(2000)} />
        <BooleanInput source="papersCollected" />
        <DateInput source="nextReviewOn" />
      </SimpleForm>
      {pending ? <BasisDialog values={pending} isPending={isPending} onConfirm={confirm} onClose={() => setPending(null)} /> : null}
    </Create>
  );
};
