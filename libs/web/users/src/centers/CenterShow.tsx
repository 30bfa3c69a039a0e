import { BooleanField, DataTable, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField, roleChoices } from '../common';
import { UserNameWithKana } from '../users/UserName';

export const CenterShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <BooleanField source="requireTwoFactor" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <ReferenceManyField reference="users" target="centerId" sort={{ field: 'nameKana', order: 'ASC' }} label="tsunagu.users.members">
        <DataTable bulkActionButtons={false} resource="users">
          <DataTable.Col source="nameKana" label="resources.users.fields.name">
            <UserNameWithKana />
          </DataTable.Col>
          <DataTable.Col source="email" />
          <DataTable.Col source="role" sx={{ whiteSpace: 'nowrap' }}>
            <SelectField source="role" choices={roleChoices} />
          </DataTable.Col>
          <DataTable.Col source="active" sx={{ whiteSpace: 'nowrap' }}>
            <BooleanField source="active" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
