import { RESOURCES, type CaseDto } from '@tsunagu/contracts';
import { ArrayInput, AutocompleteInput, maxLength, minLength, ReferenceInput, required, SimpleFormIterator, TextInput } from 'react-admin';

const field = (name: string) => `resources.case-conferences.fields.${name}`;
const caseLabel = (c: CaseDto) => `${c.caseNumber} ${c.clientName}`;

/** 検討したケース: each picked from the cases the user may see (the cases list answers only those), with what was decided. */
export const ConferenceCaseInputs = () => (
  <ArrayInput source="cases" label={field('cases')} validate={[required(), minLength(1)]}>
    <SimpleFormIterator disableReordering fullWidth>
      <ReferenceInput source="caseId" reference={RESOURCES.cases} sort={{ field: 'caseNumber', order: 'DESC' }}>
        <AutocompleteInput
          label={field('caseId')}
          optionText={caseLabel}
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          helperText={false}
          sx={{ width: { xs: '100%', sm: 420 } }}
        />
      </ReferenceInput>
      <TextInput source="decision" label={field('decision')} fullWidth multiline minRows={2} validate={maxLength(4000)} />
    </SimpleFormIterator>
  </ArrayInput>
);
