import { ExportListActions } from '@tsunagu/web-ui';
import {
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { roleChoices } from '../common';
import { UserNameWithKana } from './UserName';
import { SignInStatus } from './SignInStatus';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <ReferenceInput key="centerId" source="centerId" reference="centers" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

export const UserList = () => (
  <List sort={{ field: 'nameKana', order: 'ASC' }} filters={filters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false}>
      {/* Sorted by reading (よみ): kanji in code-point order is no order anyone recognises. */}
      <DataTable.Col source="nameKana" label="resources.users.fields.name" sx={{ whiteSpace: 'nowrap' }}>
        <UserNameWithKana />
      </DataTable.Col>
      <DataTable.Col source="email" />
      <DataTable.Col source="role" sx={{ whiteSpace: 'nowrap' }}>
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="centerId">
        <ReferenceField source="centerId" reference="centers" />
      </DataTable.Col>
      <DataTable.Col source="active" sx={{ whiteSpace: 'nowrap' }}>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col label="tsunagu.user_admin.sign_in" disableSort>
        <SignInStatus />
      </DataTable.Col>
    </DataTable>
  </List>
);
