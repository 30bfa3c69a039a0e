import { ExportListActions } from '@tsunagu/web-ui';
import { DataTable, DateInput, List, ReferenceInput, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { AuditEntityField, auditActionChoices, auditEntityChoices, DateTimeField } from '../common';

/** Who did what, to which case, in which period: the filters an auditor asks with. */
const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'nameKana', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" label="resources.audit-logs.fields.userId" />
  </ReferenceInput>,
  <TextInput key="caseNumber" source="caseNumber" label="resources.audit-logs.fields.caseNumber" alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <SelectInput key="entity" source="entity" choices={auditEntityChoices} />,
  <DateInput key="from" source="from" label="tsunagu.audit.from" alwaysOn />,
  <DateInput key="to" source="to" label="tsunagu.audit.to" alwaysOn />,
];

/** Read-only, newest first, with names and case numbers. The CSV export goes through the API, which records it here too. */
export const AuditLogList = () => (
  <List sort={{ field: 'at', order: 'DESC' }} filters={filters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="at">
        <DateTimeField source="at" />
      </DataTable.Col>
      <DataTable.Col source="userName" disableSort>
        <TextField source="userName" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="action">
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="entity">
        <AuditEntityField source="entity" />
      </DataTable.Col>
      <DataTable.Col source="caseNumber" disableSort>
        <TextField source="caseNumber" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
