import { japanDate, RESOURCES, type ConferenceKind } from '@tsunagu/contracts';
import { ArrayInput, DateInput, maxLength, maxValue, ReferenceInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { pledgeRequired } from './conference-logic';

const field = (name: string) => `resources.case-conferences.fields.${name}`;

/** At a 支援会議 the pledge day stands out: without it the API refuses the meeting. */
const PLEDGE_HIGHLIGHT = { '& .MuiInputBase-root': { outline: '2px solid', outlineColor: 'warning.main' } } as const;

/** 外部の出席者: name, agency, role, and the day of the confidentiality pledge (required at a statutory 支援会議). */
export const OutsideAttendeesInput = ({ kind }: { kind: ConferenceKind | undefined }) => {
  const needsPledge = pledgeRequired(kind);
  return (
    <ArrayInput source="outsideAttendees" label={field('outsideAttendees')}>
      <SimpleFormIterator disableReordering inline sx={{ '& .RaSimpleFormIterator-inline': { rowGap: 1, columnGap: 2 } }}>
        <TextInput source="name" label={field('name')} validate={[required(), maxLength(100)]} helperText={false} />
        <ReferenceInput source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={500}>
          <SelectInput optionText="name" label={field('agencyId')} validate={required()} helperText={false} sx={{ minWidth: 200 }} />
        </ReferenceInput>
        <TextInput source="role" label={field('role')} validate={maxLength(100)} helperText={false} />
        <DateInput
          source="pledgedOn"
          label={field('pledgedOn')}
          validate={needsPledge ? [required(), maxValue(japanDate(), 'tsunagu.validation.future')] : maxValue(japanDate(), 'tsunagu.validation.future')}
          helperText={needsPledge ? 'tsunagu.conferences.pledge_hint' : false}
          data-pledge-required={needsPledge ? 'true' : undefined}
          sx={needsPledge ? PLEDGE_HIGHLIGHT : undefined}
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
