import EventIcon from '@mui/icons-material/Event';
import { Typography } from '@mui/material';
import { japanDate, RESOURCES, type ProgramDto, type ProgramSessionDto } from '@tsunagu/contracts';
import { CHOICES, DayField, EnumChip, ExportListActions, SaveToolbar, useMe } from '@tsunagu/web-ui';
import {
  Create,
  CreateButton,
  DataTable,
  DateInput,
  Edit,
  List,
  maxLength,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  EditButton,
  useRecordContext,
  useTranslate,
  Labeled,
} from 'react-admin';
import { AttendanceChecklist } from './AttendanceChecklist';

export const ProgramKindChip = () => <EnumChip source="kind" prefix="tsunagu.enums.program_kind" variant="outlined" />;

const programFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={CHOICES.program_kind} alwaysOn />,
];

/** プログラム: family classes, family meetings, ibasho and peer groups of the center. */
export const ProgramList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} filters={programFilters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <ProgramKindChip />
      </DataTable.Col>
      <DataTable.Col source="description" disableSort />
    </DataTable>
  </List>
);

const ProgramInputs = () => {
  const { role } = useMe();
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={CHOICES.program_kind} validate={required()} />
      <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(2000)} />
      {role === 'admin' ? (
        <ReferenceInput source="centerId" reference={RESOURCES.centers} sort={{ field: 'name', order: 'ASC' }}>
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
      ) : null}
    </>
  );
};

export const ProgramCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <ProgramInputs />
    </SimpleForm>
  </Create>
);

export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <SelectInput source="kind" choices={CHOICES.program_kind} validate={required()} />
      <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(2000)} />
    </SimpleForm>
  </Edit>
);

const AddSessionButton = () => {
  const program = useRecordContext<ProgramDto>();
  if (!program) return null;
  return (
    <CreateButton
      resource={RESOURCES.programSessions}
      label="tsunagu.programs.add_session"
      state={{ record: { programId: program.id, heldOn: japanDate() } }}
      icon={<EventIcon />}
    />
  );
};

const ProgramShowActions = () => (
  <TopToolbar>
    <AddSessionButton />
    <EditButton />
  </TopToolbar>
);

/** A program and its sessions, newest first; a session opens its attendance checklist. */
export const ProgramShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ProgramShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumChip source="kind" label="resources.programs.fields.kind" prefix="tsunagu.enums.program_kind" variant="outlined" />
        <TextField source="description" emptyText="—" />
        <Labeled label="tsunagu.programs.sessions">
          <ReferenceManyField
            reference={RESOURCES.programSessions}
            target="programId"
            sort={{ field: 'heldOn', order: 'DESC' }}
            perPage={50}
            empty={<Typography color="text.secondary">{translate('tsunagu.programs.no_sessions')}</Typography>}
          >
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="heldOn">
                <DayField source="heldOn" />
              </DataTable.Col>
              <DataTable.Col source="topic" />
              <DataTable.Col source="facilitator" />
            </DataTable>
          </ReferenceManyField>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};

const sessionFilters = [
  <ReferenceInput key="programId" source="programId" reference={RESOURCES.programs} sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** 実施回: every session of the center's programs, newest first. */
export const ProgramSessionList = () => (
  <List sort={{ field: 'heldOn', order: 'DESC' }} filters={sessionFilters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="heldOn">
        <DayField source="heldOn" />
      </DataTable.Col>
      <DataTable.Col source="programId" disableSort>
        <ReferenceField source="programId" reference={RESOURCES.programs} link={false} />
      </DataTable.Col>
      <DataTable.Col source="topic" disableSort />
      <DataTable.Col source="facilitator" disableSort />
    </DataTable>
  </List>
);

export const ProgramSessionCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges defaultValues={{ heldOn: japanDate() }}>
      <ReferenceInput source="programId" reference={RESOURCES.programs} sort={{ field: 'name', order: 'ASC' }} perPage={200}>
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <DateInput source="heldOn" validate={required()} />
      <TextInput source="topic" fullWidth validate={maxLength(200)} autoFocus />
      <TextInput source="facilitator" validate={maxLength(100)} />
    </SimpleForm>
  </Create>
);

export const ProgramSessionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
      <DateInput source="heldOn" validate={required()} />
      <TextInput source="topic" fullWidth validate={maxLength(200)} />
      <TextInput source="facilitator" validate={maxLength(100)} />
    </SimpleForm>
  </Edit>
);

/** A session and its attendance checklist. */
export const ProgramSessionShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="programId" reference={RESOURCES.programs} link="show" />
      <DayField source="heldOn" />
      <TextField source="topic" emptyText="—" />
      <TextField source="facilitator" emptyText="—" />
      <AttendanceChecklist />
    </SimpleShowLayout>
  </Show>
);

export const programSessionRepresentation = (s: ProgramSessionDto) => `${s.heldOn}${s.topic ? ` ${s.topic}` : ''}`;
