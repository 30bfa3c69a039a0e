import { RESOURCES } from '@tsunagu/contracts';
import { CHOICES } from '@tsunagu/web-ui';
import {
  ArrayInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  maxLength,
  minLength,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import type { GoalFormValues } from './plan-logic';

const field = (name: string) => `resources.support-plans.fields.${name}`;

/** The goals, one to twenty: the goal, its steps, who does them, the agency when 関係機関 is among them, the target day. */
export const GoalInputs = () => (
  <ArrayInput source="goals" label={field('goals')} validate={[required(), minLength(1)]}>
    <SimpleFormIterator disableReordering fullWidth inline={false} sx={{ '& .RaSimpleFormIterator-line': { py: 1 } }}>
      <TextInput source="goal" label={field('goal')} fullWidth validate={[required(), maxLength(1000)]} />
      <TextInput source="steps" label={field('steps')} fullWidth multiline minRows={2} validate={maxLength(2000)} />
      <CheckboxGroupInput source="actors" label={field('actors')} choices={CHOICES.plan_actor} validate={[required(), minLength(1)]} row />
      <FormDataConsumer<{ goals?: GoalFormValues[] }>>
        {({ scopedFormData }) =>
          (scopedFormData as GoalFormValues | undefined)?.actors?.includes('agency') ? (
            <ReferenceInput source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={500}>
              <SelectInput optionText="name" label={field('agencyId')} validate={required()} sx={{ minWidth: { xs: '100%', sm: 320 } }} />
            </ReferenceInput>
          ) : null
        }
      </FormDataConsumer>
      <DateInput source="targetOn" label={field('targetOn')} />
    </SimpleFormIterator>
  </ArrayInput>
);
