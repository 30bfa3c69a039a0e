import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditEntityField, auditActionChoices, DateTimeField } from '../common';

export const AuditLogShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateTimeField source="at" />
      <TextField source="userName" emptyText="—" />
      <SelectField source="action" choices={auditActionChoices} />
      <AuditEntityField source="entity" />
      <TextField source="caseNumber" emptyText="—" />
      <ReferenceField source="centerId" reference="centers" link="show" emptyText="—" />
      <TextField source="entityId" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
