import { ExportListActions } from '@tsunagu/web-ui';
import { DataTable, List, SearchInput } from 'react-admin';
import { DateTimeField } from '../common';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const CenterList = () => (
  <List sort={{ field: 'code', order: 'ASC' }} filters={filters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
