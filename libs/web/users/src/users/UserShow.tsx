import { BooleanField, EditButton, EmailField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField, roleChoices } from '../common';
import { AccountHelp } from './AccountHelp';
import { MustChangePasswordField, TwoFactorField } from './SignInStatus';

const UserShowActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap' }}>
    <AccountHelp />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="nameKana" emptyText="—" />
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <ReferenceField source="centerId" reference="centers" emptyText="—" />
      <BooleanField source="active" />
      <TwoFactorField source="twoFactorEnabled" />
      <MustChangePasswordField source="mustChangePassword" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
