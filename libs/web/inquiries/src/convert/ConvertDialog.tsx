import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { errorCode, useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { CHOICES, useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  Form,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  ResourceContextProvider,
  SaveButton,
  SelectInput,
  TextInput,
  useCanAccess,
  useCreatePath,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { casePrefillOf } from './case-prefill';

/** Coordinators of the center, for a supervisor choosing the lead. */
const COORDINATOR_FILTER = { role: 'coordinator', active: true };

/** The case form as the API takes it: a blank birth year or reason is not sent. */
function convertBody(values: Record<string, unknown>): Record<string, unknown> {
  const body = { ...values };
  if (body['birthYear'] === '' || body['birthYear'] === null) delete body['birthYear'];
  if (typeof body['clientNameKana'] === 'string') body['clientNameKana'] = (body['clientNameKana'] as string).trim();
  return body;
}

/**
 * ケース化: a new case from a first contact, its essential fields filled in from the contact. When
 * the API finds a case that may be the same person, it asks why this is another person, and saves
 * again with the reason; then opens the new case.
 */
const ConvertDialog = ({ record, onClose }: { record: InquiryDto; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useTsunaguDataProvider();
  const { role } = useMe();
  const thisYear = new Date().getFullYear();
  const [defaults] = useState(() => casePrefillOf(record));
  const [askReason, setAskReason] = useState(false);
  const [isPending, setPending] = useState(false);
  const save = (values: Record<string, unknown>) => {
    setPending(true);
    return dataProvider
      .convertInquiry(record.id, convertBody(values))
      .then(
        (opened) => {
          notify('tsunagu.inquiries.convert.done', { type: 'success', messageArgs: { caseNumber: opened.caseNumber } });
          redirect('show', RESOURCES.cases, opened.id);
        },
        (error: Error) => {
          if (errorCode(error) === 'CASE_POSSIBLE_DUPLICATE') setAskReason(true);
          notify(error.message || 'ra.notification.http_error', { type: 'error' });
        },
      )
      .finally(() => setPending(false));
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="convert-inquiry-title">
      <ResourceContextProvider value={RESOURCES.cases}>
      {/* Its own record: the contact's page around it must not fill the case form. */}
      <Form record={defaults} defaultValues={defaults} onSubmit={save}>
        <DialogTitle id="convert-inquiry-title">{translate('tsunagu.inquiries.convert.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('tsunagu.inquiries.convert.hint')}</DialogContentText>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
            <TextInput source="clientName" validate={[required(), maxLength(100)]} autoFocus />
            <TextInput source="clientNameKana" validate={maxLength(100)} helperText="tsunagu.cases.kana_hint" />
            <NumberInput source="birthYear" validate={[minValue(1900), maxValue(thisYear)]} min={1900} max={thisYear} />
          </Stack>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
            <SelectInput source="sex" choices={CHOICES.sex} validate={required()} />
            <TextInput source="municipality" validate={maxLength(100)} />
            <SelectInput source="referralRoute" choices={CHOICES.referral_route} emptyText="—" />
            <SelectInput source="clientContact" choices={CHOICES.client_contact} validate={required()} />
          </Stack>
          <TextInput source="chiefConcern" multiline minRows={3} fullWidth validate={maxLength(4000)} />
          {role === 'supervisor' ? (
            <ReferenceInput source="leadCoordinatorId" reference={RESOURCES.users} filter={COORDINATOR_FILTER} sort={{ field: 'nameKana', order: 'ASC' }} perPage={200}>
              <SelectInput optionText="name" validate={required()} />
            </ReferenceInput>
          ) : null}
          {askReason ? (
            <Alert severity="warning" sx={{ mt: 1 }} role="alert">
              {translate('tsunagu.errors.possible_duplicate')}
              <TextInput
                source="duplicateReason"
                label="tsunagu.cases.duplicates.reason"
                helperText="tsunagu.cases.duplicates.reason_hint"
                fullWidth
                validate={[required(), maxLength(500)]}
                sx={{ mt: 1, bgcolor: 'background.paper' }}
              />
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="tsunagu.inquiries.convert.save" alwaysEnable={!isPending} />
        </DialogActions>
      </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};

/**
 * On a contact whose chain has no case yet, "ケース化" for those who may open one; once the chain
 * became a case, a link to it instead.
 */
export const ConvertButton = ({ record }: { record: InquiryDto }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const redirect = useRedirect();
  const { canAccess } = useCanAccess({ resource: RESOURCES.inquiries, action: 'convert' });
  const [open, setOpen] = useState(false);
  if (record.chainCaseId) {
    const caseId = record.chainCaseId;
    return (
      <Button size="small" onClick={() => redirect(() => createPath({ resource: RESOURCES.cases, id: caseId, type: 'show' }))}>
        {translate('tsunagu.inquiries.convert.open_case')}
      </Button>
    );
  }
  if (!canAccess) return null;
  return (
    <>
      <Button size="small" variant="contained" onClick={() => setOpen(true)}>
        {translate('tsunagu.inquiries.convert.button')}
      </Button>
      {open ? <ConvertDialog record={record} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
