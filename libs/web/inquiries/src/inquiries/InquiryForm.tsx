import { Typography } from '@mui/material';
import { isAuthor, RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { CHOICES, japanNowLocal, SaveToolbar, useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  Edit,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { inquiryFormToApi, nameOrNickname, toJapanLocal } from '../inquiry-form';

const CHOSEN_OUTCOMES = CHOICES.inquiry_outcome.filter((c) => c.id !== 'case_opened');

/** Not later than now (Japan wall-clock time, as the input holds it). */
const notInFuture = (value: unknown) => (typeof value === 'string' && value > japanNowLocal() ? 'tsunagu.validation.not_future' : undefined);

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 'bold' }}>
      {translate(title)}
    </Typography>
  );
};

/** The partner agencies of the center, for the caller's agency and the agency referred to. */
const AgencyInput = ({ source }: { source: string }) => (
  <ReferenceInput source={source} reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={200}>
    <SelectInput optionText="name" emptyText="—" />
  </ReferenceInput>
);

/**
 * Every field of a first contact, in the order of a call: who called, about whom, what about,
 * what was done. Fields that belong to one caller type or outcome show only with it; the note
 * is written only by its author.
 */
const InquiryInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { id } = useMe();
  const record = useRecordContext<InquiryDto>();
  const converted = record?.outcome === 'case_opened';
  const mayWriteNote = mode === 'create' || (record && id ? isAuthor({ id }, record.createdBy) : false);
  return (
    <>
      <Section title="tsunagu.inquiries.sections.contact" />
      <TextInput
        source="receivedAt"
        type="datetime-local"
        format={toJapanLocal}
        validate={[required(), notInFuture]}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: japanNowLocal() } }}
      />
      <SelectInput source="method" choices={CHOICES.inquiry_method} validate={required()} />
      <NumberInput source="durationMinutes" min={0} max={1440} step={5} validate={[minValue(0), maxValue(1440)]} />

      <Section title="tsunagu.inquiries.sections.caller" />
      <RadioButtonGroupInput source="callerType" choices={CHOICES.caller_type} validate={required()} row />
      <FormDataConsumer<{ callerType?: string }>>
        {({ formData }) =>
          formData.callerType === 'family' ? (
            <SelectInput source="callerRelationship" choices={CHOICES.relationship} emptyText="—" />
          ) : formData.callerType === 'agency' ? (
            <>
              <SelectInput source="callerAgencyType" choices={CHOICES.agency_type} emptyText="—" />
              <AgencyInput source="callerAgencyId" />
            </>
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="nickname" validate={[maxLength(50), nameOrNickname]} helperText="tsunagu.inquiries.nickname_hint" />
      <TextInput source="callerName" validate={[maxLength(100), nameOrNickname]} />
      <TextInput source="callerNumber" validate={maxLength(20)} />
      <TextInput source="phoneLast4" validate={regex(/^[0-9]{4}$/, 'tsunagu.inquiries.phone_last4_hint')} helperText="tsunagu.inquiries.phone_last4_hint" />

      <Section title="tsunagu.inquiries.sections.person" />
      <SelectInput source="personAgeBand" choices={CHOICES.age_band} emptyText="—" />
      <SelectInput source="personSex" choices={CHOICES.sex} emptyText="—" />
      <TextInput source="personMunicipality" validate={maxLength(100)} />
      <SelectInput source="withdrawnFor" choices={CHOICES.duration_band} emptyText="—" />
      <SelectInput source="personSituation" choices={CHOICES.person_situation} emptyText="—" />

      <Section title="tsunagu.inquiries.sections.consultation" />
      <SelectInput source="route" choices={CHOICES.inquiry_route} emptyText="—" />
      <CheckboxGroupInput source="concerns" choices={CHOICES.inquiry_concern} row />
      <TextInput source="summary" multiline minRows={4} fullWidth validate={[required(), maxLength(10000)]} />

      <Section title="tsunagu.inquiries.sections.outcome" />
      {converted ? (
        <SelectInput source="outcome" choices={CHOICES.inquiry_outcome} disabled />
      ) : (
        <RadioButtonGroupInput source="outcome" choices={CHOSEN_OUTCOMES} row />
      )}
      <FormDataConsumer<{ outcome?: string }>>
        {({ formData }) =>
          formData.outcome === 'referred' ? (
            <>
              <AgencyInput source="referredAgencyId" />
              <TextInput source="referredAgencyName" validate={maxLength(200)} helperText="tsunagu.inquiries.referred_hint" />
            </>
          ) : null
        }
      </FormDataConsumer>
      {mayWriteNote ? (
        <TextInput source="confidentialNote" multiline fullWidth helperText="tsunagu.inquiries.note_hint" validate={maxLength(10000)} />
      ) : null}
    </>
  );
};

/** A first contact with every field; from the quick entry's "詳しく", with what was typed there. */
export const InquiryCreate = () => {
  const [defaults] = useState(() => ({ receivedAt: japanNowLocal(), method: 'phone', callerType: 'family', outcome: 'informed', concerns: [] }));
  return (
    <Create redirect="show" transform={inquiryFormToApi}>
      <SimpleForm warnWhenUnsavedChanges defaultValues={defaults}>
        <InquiryInputs mode="create" />
      </SimpleForm>
    </Create>
  );
};

export const InquiryEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={inquiryFormToApi}>
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <InquiryInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
