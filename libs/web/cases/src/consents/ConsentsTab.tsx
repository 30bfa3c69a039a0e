import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Dialog, DialogContent, DialogTitle, Paper, Stack, Typography } from '@mui/material';
import { japanDate, RESOURCES, type CaseDto, type ConsentDto } from '@tsunagu/contracts';
import { CONSENT_ACTIONS, useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { CHOICES, CONSENT_STATE_COLORS, DayField, EnumChip, enumKey, ExportCsvButton, ReasonDialog, SaveCancelButtons, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  CreateBase,
  DataTable,
  DateInput,
  Form,
  FormDataConsumer,
  maxLength,
  maxValue,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
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
import { FamilyMemberName } from '../family/family-label';
import { consentFormToApi, consentStateToday } from './consent-form';
import { discardDraft, FormDraft, useDraftKey } from '../drafts';

/** Who gave it: 本人, a named family member, or a named representative. */
const GivenBy = () => {
  const translate = useTranslate();
  return (
    <WithRecord<ConsentDto>
      render={(c) => (
        <span>
          {translate(enumKey('consent_giver', c.givenBy))}
          {c.givenBy === 'family' && c.familyMemberId ? (
            <>
              {' '}
              <ReferenceField source="familyMemberId" reference={RESOURCES.familyMembers} link={false} />
            </>
          ) : null}
          {c.givenBy === 'representative' && c.representativeName ? ` ${c.representativeName}` : null}
        </span>
      )}
    />
  );
};

/** Purpose, with the agency and the categories of an information-sharing consent. */
const Purpose = () => {
  const translate = useTranslate();
  return (
    <WithRecord<ConsentDto>
      render={(c) => (
        <Box>
          <Typography variant="body2">{translate(enumKey('consent_purpose', c.purpose))}</Typography>
          {c.agencyId ? (
            <Typography variant="caption" component="div">
              <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
            </Typography>
          ) : null}
          {c.categories.length ? (
            <Typography variant="caption" color="text.secondary" component="div">
              {c.categories.map((k) => translate(enumKey('info_category', k))).join('・')}
            </Typography>
          ) : null}
        </Box>
      )}
    />
  );
};

/** Active / not yet / expired / withdrawn, computed today in Japan time by the contracts' rule. */
export const ConsentStateChip = () => (
  <WithRecord<ConsentDto>
    render={(c) => <EnumChip value={consentStateToday(c)} prefix="tsunagu.enums.consent_state" colors={CONSENT_STATE_COLORS} />}
  />
);

const WithdrawButton = ({ consent }: { consent: ConsentDto }) => {
  const translate = useTranslate();
  const dataProvider = useTsunaguDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  return (
    <>
      <Button size="small" color="warning" onClick={() => setOpen(true)}>
        {translate('tsunagu.consents.withdraw')}
      </Button>
      {open ? (
        <ReasonDialog
          open
          title="tsunagu.consents.withdraw_title"
          message="tsunagu.consents.withdraw_message"
          confirmLabel="tsunagu.consents.withdraw"
          dateLabel="resources.consents.fields.withdrawnOn"
          isPending={pending}
          onConfirm={async ({ reason, date }) => {
            setPending(true);
            try {
              await dataProvider.withdrawConsent(consent.id, { withdrawnOn: date, reason, version: consent.version });
              notify('tsunagu.consents.withdrawn', { type: 'info' });
              setOpen(false);
              refresh();
            } catch (error) {
              notify((error as Error).message, { type: 'error' });
            } finally {
              setPending(false);
            }
          }}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};

const ConsentInputs = ({ caseId }: { caseId: string }) => {
  const today = japanDate();
  return (
    <Stack spacing={0}>
      <RadioButtonGroupInput source="givenBy" choices={CHOICES.consent_giver} validate={required()} />
      <FormDataConsumer<{ givenBy?: string; purpose?: string }>>
        {({ formData }) => (
          <>
            {formData.givenBy === 'family' ? (
              <ReferenceInput source="familyMemberId" reference={RESOURCES.familyMembers} filter={{ caseId }} sort={{ field: 'createdAt', order: 'ASC' }}>
                <SelectInput optionText={<FamilyMemberName />} validate={required()} />
              </ReferenceInput>
            ) : null}
            {formData.givenBy === 'representative' ? <TextInput source="representativeName" validate={[required(), maxLength(100)]} /> : null}
            <SelectInput source="purpose" choices={CHOICES.consent_purpose} validate={required()} />
            {formData.purpose === 'information_sharing' || formData.purpose === 'case_conference' ? (
              <ReferenceInput source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={200}>
                <SelectInput optionText="name" validate={formData.purpose === 'information_sharing' ? required() : undefined} />
              </ReferenceInput>
            ) : null}
            {formData.purpose === 'information_sharing' ? (
              <CheckboxGroupInput source="categories" choices={CHOICES.info_category} validate={required()} />
            ) : null}
          </>
        )}
      </FormDataConsumer>
      <RadioButtonGroupInput source="method" choices={CHOICES.consent_method} validate={required()} />
      <Stack direction="row" spacing={2}>
        <DateInput source="givenOn" validate={[required(), maxValue(today, 'tsunagu.validation.not_future')]} slotProps={{ htmlInput: { max: today } }} />
        <DateInput source="expiresOn" />
      </Stack>
    </Stack>
  );
};

/** The new-consent form: the tab's inline panel and the dialog of the entry forms share it. */
const ConsentCreate = ({ caseId, defaults, onSaved, onCancel }: { caseId: string; defaults?: Partial<Pick<ConsentDto, 'purpose' | 'givenOn'>>; onSaved: () => void; onCancel: () => void }) => {
  const notify = useNotify();
  const draftKey = useDraftKey('consent', caseId);
  return (
    <CreateBase
      resource={RESOURCES.consents}
      redirect={false}
      transform={consentFormToApi}
      mutationOptions={{
        onSuccess: () => {
          discardDraft(draftKey);
          notify('tsunagu.consents.added', { type: 'success' });
          onSaved();
        },
      }}
    >
      <Form defaultValues={{ caseId, givenBy: 'client', method: 'written', givenOn: japanDate(), ...defaults }}>
        <FormDraft draftKey={draftKey} />
        <ConsentInputs caseId={caseId} />
        <SaveCancelButtons onCancel={onCancel} />
      </Form>
    </CreateBase>
  );
};

const ConsentCreateForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('tsunagu.consents.add')}
      </Typography>
      <ConsentCreate
        caseId={caseId}
        onSaved={() => {
          onDone();
          refresh();
        }}
        onCancel={onDone}
      />
    </Paper>
  );
};

export interface ConsentCreateDialogProps {
  caseId: string;
  /** What the form starts with, e.g. an outreach consent given on the visit's day. */
  defaults?: Partial<Pick<ConsentDto, 'purpose' | 'givenOn'>>;
  onSaved: () => void;
  onClose: () => void;
}

/**
 * Records a consent without leaving the form that needs it (the outreach visit): a dialog over it,
 * so what is typed there stays. Render it outside that form: a form inside a form would submit both.
 */
export const ConsentCreateDialog = ({ caseId, defaults, onSaved, onClose }: ConsentCreateDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="consent-create-title">
      <DialogTitle id="consent-create-title">{translate('tsunagu.consents.add')}</DialogTitle>
      <DialogContent>
        <ConsentCreate caseId={caseId} defaults={defaults} onSaved={onSaved} onCancel={onClose} />
      </DialogContent>
    </Dialog>
  );
};

/** 同意: every consent of the case with its state today; added here, withdrawn with a reason (never deleted). */
export const ConsentsTab = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const { canAccess: canCreate } = useCanAccess({ resource: RESOURCES.consents, action: 'create' });
  const { canAccess: canWithdraw } = useCanAccess({ resource: RESOURCES.consents, action: CONSENT_ACTIONS.withdraw });
  if (!record) return null;
  return (
    <Box>
      <ReferenceManyField
        reference={RESOURCES.consents}
        target="caseId"
        sort={{ field: 'givenOn', order: 'DESC' }}
        perPage={100}
        empty={<Typography color="text.secondary">{translate('tsunagu.consents.empty')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="state" disableSort>
            <ConsentStateChip />
          </DataTable.Col>
          <DataTable.Col source="purpose">
            <Purpose />
          </DataTable.Col>
          <DataTable.Col source="givenBy" disableSort>
            <GivenBy />
          </DataTable.Col>
          <DataTable.Col source="method" disableSort>
            <SelectField source="method" choices={CHOICES.consent_method} />
          </DataTable.Col>
          <DataTable.Col source="givenOn">
            <DayField source="givenOn" />
          </DataTable.Col>
          <DataTable.Col source="expiresOn">
            <DayField source="expiresOn" />
          </DataTable.Col>
          <DataTable.Col source="withdrawnOn" disableSort>
            <WithRecord<ConsentDto>
              render={(c) =>
                c.withdrawnOn ? (
                  <Box>
                    <DayField source="withdrawnOn" />
                    <Typography variant="caption" color="text.secondary" component="div">
                      {c.withdrawalReason}
                    </Typography>
                  </Box>
                ) : (
                  '—'
                )
              }
            />
          </DataTable.Col>
          {canWithdraw ? (
            <DataTable.Col label="tsunagu.common.actions" disableSort>
              <WithRecord<ConsentDto>
                render={(c) => (
                  <Stack direction="row" spacing={1}>
                    {c.withdrawnOn ? null : <WithdrawButton consent={c} />}
                    <VoidButton resource={RESOURCES.consents} record={c} />
                  </Stack>
                )}
              />
            </DataTable.Col>
          ) : null}
        </DataTable>
      </ReferenceManyField>
      {adding ? <ConsentCreateForm caseId={record.id} onDone={() => setAdding(false)} /> : null}
      <Stack direction="row" spacing={1} sx={{ mt: 2, alignItems: 'center' }}>
        {canCreate && !adding ? (
          <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            {translate('tsunagu.consents.add')}
          </Button>
        ) : null}
        <ExportCsvButton
          resource={RESOURCES.consents}
          filter={{ caseId: record.id }}
          sort={{ field: 'givenOn', order: 'DESC' }}
          label="tsunagu.export.consents"
        />
      </Stack>
    </Box>
  );
};
