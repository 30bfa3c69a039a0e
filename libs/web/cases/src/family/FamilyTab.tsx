import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, IconButton, Paper, Stack, Typography } from '@mui/material';
import { japanDate, RESOURCES, type CaseDto, type FamilyMemberDto } from '@tsunagu/contracts';
import { CHOICES, SaveCancelButtons, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  BooleanField,
  BooleanInput,
  CreateBase,
  DataTable,
  EditBase,
  Form,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceManyField,
  required,
  SelectField,
  SelectInput,
  TextInput,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { discardDraft, FormDraft, useDraftKey } from '../drafts';

const FamilyInputs = () => {
  const thisYear = Number(japanDate().slice(0, 4));
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <SelectInput source="relationship" choices={CHOICES.relationship} validate={required()} autoFocus />
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <NumberInput source="birthYear" min={1900} max={thisYear} validate={[minValue(1900), maxValue(thisYear)]} />
      <BooleanInput source="livesWithClient" />
      <BooleanInput source="mainConsulter" />
    </Stack>
  );
};

const InlinePanel = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
};

/**
 * After a family member is added, changed or voided, the case is read again: what the API derives
 * from the family (the 8050 chip, family-only) shows at once, not after a reload.
 */
const FamilyCreateForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const draftKey = useDraftKey('family_member', caseId);
  return (
    <InlinePanel title="tsunagu.family.add">
      <CreateBase
        resource={RESOURCES.familyMembers}
        redirect={false}
        mutationOptions={{
          onSuccess: () => {
            discardDraft(draftKey);
            notify('tsunagu.family.added', { type: 'success' });
            onDone();
            refresh();
          },
        }}
      >
        <Form defaultValues={{ caseId, livesWithClient: true, mainConsulter: false }}>
          <FormDraft draftKey={draftKey} />
          <FamilyInputs />
          <SaveCancelButtons onCancel={onDone} />
        </Form>
      </CreateBase>
    </InlinePanel>
  );
};

const FamilyEditForm = ({ id, onDone }: { id: string; onDone: () => void }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <InlinePanel title="tsunagu.family.edit">
      <EditBase
        resource={RESOURCES.familyMembers}
        id={id}
        redirect={false}
        mutationMode="pessimistic"
        mutationOptions={{
          onSuccess: () => {
            notify('tsunagu.family.saved', { type: 'success' });
            onDone();
            refresh();
          },
        }}
      >
        <Form>
          <FamilyInputs />
          <SaveCancelButtons onCancel={onDone} />
        </Form>
      </EditBase>
    </InlinePanel>
  );
};

/** 家族: the family of 本人 (the family is a client too), added and corrected in place. */
export const FamilyTab = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  const [editing, setEditing] = useState<string | null>(null);
  const { canAccess: canCreate } = useCanAccess({ resource: RESOURCES.familyMembers, action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: RESOURCES.familyMembers, action: 'edit' });
  if (!record) return null;
  const thisYear = Number(japanDate().slice(0, 4));
  return (
    <Box>
      <ReferenceManyField
        reference={RESOURCES.familyMembers}
        target="caseId"
        sort={{ field: 'createdAt', order: 'ASC' }}
        perPage={100}
        empty={<Typography color="text.secondary">{translate('tsunagu.family.empty')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="relationship">
            <SelectField source="relationship" choices={CHOICES.relationship} />
          </DataTable.Col>
          <DataTable.Col source="name" />
          <DataTable.Col source="birthYear">
            <WithRecord<FamilyMemberDto>
              render={(m) =>
                m.birthYear ? translate('tsunagu.family.born', { year: m.birthYear, age: thisYear - m.birthYear }) : '—'
              }
            />
          </DataTable.Col>
          <DataTable.Col source="livesWithClient">
            <BooleanField source="livesWithClient" />
          </DataTable.Col>
          <DataTable.Col source="mainConsulter">
            <BooleanField source="mainConsulter" />
          </DataTable.Col>
          {canEdit ? (
            <DataTable.Col label="tsunagu.common.actions" disableSort>
              <WithRecord<FamilyMemberDto>
                render={(m) => (
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <IconButton size="small" aria-label={translate('tsunagu.family.edit_one', { name: m.name })} onClick={() => setEditing(m.id)}>
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <VoidButton resource={RESOURCES.familyMembers} record={m} />
                  </Stack>
                )}
              />
            </DataTable.Col>
          ) : null}
        </DataTable>
      </ReferenceManyField>
      {editing === 'new' ? <FamilyCreateForm caseId={record.id} onDone={() => setEditing(null)} /> : null}
      {editing && editing !== 'new' ? <FamilyEditForm key={editing} id={editing} onDone={() => setEditing(null)} /> : null}
      {canCreate && !editing ? (
        <Button startIcon={<AddIcon />} sx={{ mt: 2 }} onClick={() => setEditing('new')}>
          {translate('tsunagu.family.add')}
        </Button>
      ) : null}
    </Box>
  );
};
