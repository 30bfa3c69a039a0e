import { BooleanField, EmailField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField, roleChoices } from '../common';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="nameKana" emptyText="—" />
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="centerId" reference="centers" emptyText="—" />
      <BooleanField source="active" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
