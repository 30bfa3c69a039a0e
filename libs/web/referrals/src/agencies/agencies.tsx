import { RESOURCES, type AgencyDto } from '@tsunagu/contracts';
import { CHOICES, EnumChip, ExportListActions, SaveToolbar, useMe, VoidButton } from '@tsunagu/web-ui';
import {
  Create,
  DataTable,
  Edit,
  EditButton,
  email,
  EmailField,
  List,
  maxLength,
  ReferenceInput,
  regex,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';

export const AgencyTypeChip = ({ label }: { label?: string }) => (
  <EnumChip source="type" label={label} prefix="tsunagu.enums.agency_type" variant="outlined" />
);

const PHONE = /^[0-9+\-() ]{3,30}$/;

/** 関係機関: the center's directory of partner agencies, by the national statistics' types. */
export const AgencyList = () => {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('tsunagu.agencies.search_hint')} />,
    <SelectInput key="type" source="type" choices={CHOICES.agency_type} alwaysOn />,
    <TextInput key="municipality" source="municipality" />,
  ];
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} actions={<ExportListActions />}>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="type">
          <AgencyTypeChip />
        </DataTable.Col>
        <DataTable.Col source="municipality" />
        <DataTable.Col source="contactPerson" disableSort />
        <DataTable.Col source="phone" disableSort />
      </DataTable>
    </List>
  );
};

const AgencyInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { role } = useMe();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth autoFocus={mode === 'create'} />
      <SelectInput source="type" choices={CHOICES.agency_type} validate={required()} />
      <TextInput source="municipality" validate={maxLength(100)} />
      <TextInput source="contactPerson" validate={maxLength(100)} />
      <TextInput source="phone" validate={regex(PHONE, 'tsunagu.validation.phone')} />
      <TextInput source="email" type="email" validate={[email(), maxLength(254)]} />
      <TextInput source="notes" multiline minRows={2} fullWidth validate={maxLength(2000)} />
      {mode === 'create' && role === 'admin' ? (
        <ReferenceInput source="centerId" reference={RESOURCES.centers} sort={{ field: 'name', order: 'ASC' }}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      ) : null}
    </>
  );
};

export const AgencyCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <AgencyInputs mode="create" />
    </SimpleForm>
  </Create>
);

export const AgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <AgencyInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

const AgencyShowActions = () => {
  const record = useRecordContext<AgencyDto>();
  const redirect = useRedirect();
  return (
    <TopToolbar>
      <EditButton />
      {record ? <VoidButton resource={RESOURCES.agencies} record={record} onVoided={() => redirect('list', RESOURCES.agencies)} /> : null}
    </TopToolbar>
  );
};

export const AgencyShow = () => (
  <Show actions={<AgencyShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <AgencyTypeChip label="resources.agencies.fields.type" />
      <TextField source="municipality" emptyText="—" />
      <TextField source="contactPerson" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <EmailField source="email" emptyText="—" />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    </SimpleShowLayout>
  </Show>
);

export const agencyRepresentation = (a: AgencyDto) => a.name;
