import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Paper, Typography } from '@mui/material';
import { japanDate, RESOURCES, type CaseReferralViewDto, type DisclosureDto } from '@tsunagu/contracts';
import { discardDraft, FormDraft, useDraftKey } from '@tsunagu/web-cases';
import { CHOICES, DayField, enumKey, ExportListActions, SaveCancelButtons, StaffName, useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  CreateBase,
  DataTable,
  DateInput,
  Form,
  FormDataConsumer,
  List,
  maxLength,
  maxValue,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  WithRecord,
} from 'react-admin';

const Categories = () => {
  const translate = useTranslate();
  return <WithRecord<DisclosureDto> render={(d) => d.categories.map((k) => translate(enumKey('info_category', k))).join('・')} />;
};

/** The columns of a disclosure record (APPI art. 29): to whom, what, when, by whom, on what basis. */
const DisclosureColumns = ({ withCase = false }: { withCase?: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="disclosedOn">
      <DayField source="disclosedOn" />
    </DataTable.Col>
    {withCase ? (
      <DataTable.Col source="caseId" disableSort>
        <ReferenceField source="caseId" reference={RESOURCES.cases} link="show" />
      </DataTable.Col>
    ) : null}
    <DataTable.Col source="agencyId" disableSort>
      <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
    </DataTable.Col>
    <DataTable.Col source="categories" disableSort>
      <Categories />
    </DataTable.Col>
    <DataTable.Col source="basis" disableSort>
      <SelectField source="basis" choices={CHOICES.disclosure_basis} />
    </DataTable.Col>
    <DataTable.Col source="reason" disableSort>
      <TextField source="reason" emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="disclosedBy" disableSort>
      <WithRecord<DisclosureDto> render={(d) => <StaffName id={d.disclosedBy} />} />
    </DataTable.Col>
  </DataTable>
);

/** Information shared outside a referral (a support meeting, a case conference): recorded with its basis. */
const DisclosureCreateForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { role } = useMe();
  const today = japanDate();
  const bases = role === 'supervisor' ? CHOICES.disclosure_basis : CHOICES.disclosure_basis.filter((b) => b.id === 'consent');
  const draftKey = useDraftKey('disclosure', caseId);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} role="region" aria-label={translate('tsunagu.disclosures.add')}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('tsunagu.disclosures.add')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('tsunagu.disclosures.add_hint')}
      </Typography>
      <CreateBase
        resource={RESOURCES.disclosures}
        redirect={false}
        mutationOptions={{
          onSuccess: () => {
            discardDraft(draftKey);
            notify('tsunagu.disclosures.added', { type: 'success' });
            onDone();
            refresh();
          },
        }}
      >
        <Form defaultValues={{ caseId, basis: 'consent', disclosedOn: today, categories: [] }}>
          <FormDraft draftKey={draftKey} />
          <ReferenceInput source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={500}>
            <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <SelectInput source="basis" choices={bases} validate={required()} />
          <CheckboxGroupInput source="categories" choices={CHOICES.info_category} validate={required()} />
          <FormDataConsumer<{ basis?: string }>>
            {({ formData }) =>
              formData.basis && formData.basis !== 'consent' ? (
                <TextInput source="reason" multiline fullWidth validate={[required(), maxLength(2000)]} />
              ) : null
            }
          </FormDataConsumer>
          <DateInput source="disclosedOn" validate={[required(), maxValue(today, 'tsunagu.validation.not_future')]} />
          <SaveCancelButtons onCancel={onDone} />
        </Form>
      </CreateBase>
    </Paper>
  );
};

/** 第三者提供の記録 of one case: every time its information left the center. Never edited or deleted. */
export const CaseDisclosures = () => {
  const record = useRecordContext<CaseReferralViewDto>();
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const { canAccess: canCreate } = useCanAccess({ resource: RESOURCES.disclosures, action: 'create' });
  if (!record) return null;
  return (
    <Box>
      {adding ? <DisclosureCreateForm caseId={record.id} onDone={() => setAdding(false)} /> : null}
      {canCreate && !adding ? (
        <Button startIcon={<AddIcon />} sx={{ mb: 2 }} onClick={() => setAdding(true)}>
          {translate('tsunagu.disclosures.add')}
        </Button>
      ) : null}
      <ReferenceManyField
        reference={RESOURCES.disclosures}
        target="caseId"
        sort={{ field: 'disclosedOn', order: 'DESC' }}
        perPage={100}
        empty={<Typography color="text.secondary">{translate('tsunagu.disclosures.empty')}</Typography>}
      >
        <DisclosureColumns />
      </ReferenceManyField>
    </Box>
  );
};

const filters = [
  <SelectInput key="basis" source="basis" choices={CHOICES.disclosure_basis} alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** 第三者提供の記録 of the center (what the user may see), newest first. */
export const DisclosureList = () => (
  <List sort={{ field: 'disclosedOn', order: 'DESC' }} filters={filters} actions={<ExportListActions />}>
    <DisclosureColumns withCase />
  </List>
);

export const DisclosureShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <DayField source="disclosedOn" />
      <ReferenceField source="caseId" reference={RESOURCES.cases} link="show" />
      <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
      <Categories />
      <SelectField source="basis" choices={CHOICES.disclosure_basis} />
      <TextField source="reason" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
