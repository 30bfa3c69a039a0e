import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditEntityField, auditActionChoices, DateTimeField } from '../common';

export const AuditLogShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DateTimeField source="at" />
      <SelectField source="action" choices={auditActionChoices} />
      <AuditEntityField source="entity" />
      <TextField source="entityId" emptyText="—" />
      <ReferenceField source="userId" reference="users" link="show" emptyText="—" />
      <ReferenceField source="centerId" reference="centers" link="show" emptyText="—" />
      <TextField source="caseId" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
