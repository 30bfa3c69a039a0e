import { ExportListActions } from '@tsunagu/web-ui';
import { DataTable, List, ReferenceField, SelectField, SelectInput, TextField } from 'react-admin';
import { AuditEntityField, auditActionChoices, auditEntityChoices, DateTimeField } from '../common';

const filters = [
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <SelectInput key="entity" source="entity" choices={auditEntityChoices} alwaysOn />,
];

/** Read-only, newest first. The CSV export goes through the API, which records it here too. */
export const AuditLogList = () => (
  <List sort={{ field: 'at', order: 'DESC' }} filters={filters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="at">
        <DateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col source="action">
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="entity">
        <AuditEntityField source="entity" />
      </DataTable.Col>
      <DataTable.Col source="userId" disableSort>
        <ReferenceField source="userId" reference="users" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="entityId" disableSort>
        <TextField source="entityId" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
