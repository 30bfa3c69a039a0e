import { Typography } from '@mui/material';
import { japanDate } from '@tsunagu/contracts';
import { CHOICES, useMe } from '@tsunagu/web-ui';
import {
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NullableBooleanInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  regex,
  required,
  SelectArrayInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DuplicateCheck } from './DuplicateCheck';

/** The API's rule for a kana reading: hiragana or katakana (full- or half-width), spaces, ー and ・. */
export const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s\u3000\uff70\uff9e\uff9f]+$/u;
const validateKana = [maxLength(100), regex(KANA, 'tsunagu.validation.kana')];
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1, fontWeight: 'bold' }}>
      {translate(title)}
    </Typography>
  );
};

const Hint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
      {translate(text)}
    </Typography>
  );
};

/** Coordinators and supervisors of the center, for the lead and second coordinator pickers. */
const COORDINATOR_FILTER = { role: 'coordinator', active: true };

/**
 * The client fields of a case (docs/domain.md, "Entities"), with the duplicate check beside the name. On create,
 * a supervisor also chooses the lead and second coordinators (a coordinator is the lead).
 */
export const CaseInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { role } = useMe();
  const today = japanDate();
  const thisYear = Number(today.slice(0, 4));
  return (
    <>
      <Section title="tsunagu.cases.sections.client" />
      <TextInput source="clientName" validate={[required(), maxLength(100)]} autoFocus={mode === 'create'} sx={{ minWidth: 280 }} />
      <TextInput source="clientNameKana" validate={validateKana} helperText="tsunagu.cases.kana_hint" sx={{ minWidth: 280 }} />
      <DateInput source="birthDate" slotProps={{ htmlInput: { max: today } }} validate={maxValue(today, 'tsunagu.validation.not_future')} />
      <FormDataConsumer<{ birthDate?: string }>>
        {({ formData }) =>
          formData.birthDate ? null : (
            <NumberInput
              source="birthYear"
              helperText="tsunagu.cases.birth_year_hint"
              validate={[minValue(1900), maxValue(thisYear)]}
              min={1900}
              max={thisYear}
            />
          )
        }
      </FormDataConsumer>
      {mode === 'create' ? <DuplicateCheck /> : null}
      <SelectInput source="sex" choices={CHOICES.sex} defaultValue="unknown" />
      <TextInput source="municipality" validate={maxLength(100)} />

      <Section title="tsunagu.cases.sections.situation" />
      <SelectInput source="clientContact" choices={CHOICES.client_contact} defaultValue="none" validate={required()} />
      <NullableBooleanInput source="clientAware" />
      <TextInput
        source="hikikomoriSince"
        type="month"
        helperText="tsunagu.cases.since_hint"
        validate={[regex(YEAR_MONTH, 'tsunagu.validation.year_month'), maxValue(today.slice(0, 7), 'tsunagu.validation.not_future')]}
        slotProps={{ htmlInput: { max: today.slice(0, 7) }, inputLabel: { shrink: true } }}
      />
      <SelectInput source="referralRoute" choices={CHOICES.referral_route} emptyText="—" />
      <SelectInput source="supportStage" choices={CHOICES.support_stage} emptyText="—" />
      <CheckboxGroupInput source="riskFlags" choices={CHOICES.risk_flag} defaultValue={[]} />
      <TextInput source="chiefConcern" multiline minRows={3} fullWidth validate={maxLength(4000)} />

      {mode === 'create' ? (
        <>
          <Section title="tsunagu.cases.sections.assignment" />
          <DateInput source="openedOn" defaultValue={today} slotProps={{ htmlInput: { max: today } }} validate={[required(), maxValue(today, 'tsunagu.validation.not_future')]} />
          {role === 'supervisor' ? (
            <>
              <ReferenceInput source="leadCoordinatorId" reference="users" filter={COORDINATOR_FILTER} sort={{ field: 'nameKana', order: 'ASC' }} perPage={200}>
                <SelectInput optionText="name" validate={required()} />
              </ReferenceInput>
              <ReferenceArrayInput source="secondCoordinatorIds" reference="users" filter={COORDINATOR_FILTER} sort={{ field: 'nameKana', order: 'ASC' }} perPage={200}>
                <SelectArrayInput optionText="name" />
              </ReferenceArrayInput>
            </>
          ) : (
            <Hint text="tsunagu.cases.you_are_lead" />
          )}
        </>
      ) : null}
    </>
  );
};
