import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { RESOURCES, type CaseDto } from '@tsunagu/contracts';
import { errorCode } from '@tsunagu/web-data-access';
import { CHOICES, japanDayOf, japanNowLocal, StaffName, submitOnCtrlEnter, useMe } from '@tsunagu/web-ui';
import { useState, type ReactNode } from 'react';
import {
  CreateBase,
  DateInput,
  DateTimeInput,
  Form,
  FormDataConsumer,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useCanAccess,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ConsentCoverageAlert, ConsentCreateDialog, discardDraft, FormDraft, useConsentCoverage, useDraftKey } from '@tsunagu/web-cases';
import { interviewFormToApi, lastInterviewMethod, outreachFormToApi, rememberInterviewMethod } from './entry-form';
import { MetInput } from './MetInput';

/** Not later than now (Japan wall-clock time, as the datetime inputs hold it). */
const notInFuture = (value: unknown) =>
  typeof value === 'string' && value > japanNowLocal() ? 'tsunagu.validation.not_future' : undefined;

const Shell = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} onKeyDown={submitOnCtrlEnter} role="region" aria-label={translate(title)}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
};

/** Who took part: you, by default (the API records the signed-in user as staff). */
const StaffLine = () => {
  const translate = useTranslate();
  const { id } = useMe();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('tsunagu.contacts.staff')}: <StaffName id={id} />
    </Typography>
  );
};

/** Summary, confidential note, duration and next contact: the same in every quick form. */
const CommonFields = () => (
  <>
    <TextInput source="summary" multiline minRows={3} fullWidth autoFocus validate={[required(), maxLength(10000)]} />
    <TextInput source="confidentialNote" multiline fullWidth helperText="tsunagu.contacts.note_hint" validate={maxLength(10000)} />
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
      <NumberInput source="durationMinutes" min={0} max={1440} step={5} validate={[minValue(0), maxValue(1440)]} />
      <DateInput source="nextContactOn" />
    </Stack>
  </>
);

const Buttons = ({ onCancel, disabled }: { onCancel: () => void; disabled?: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <SaveButton label="tsunagu.contacts.save" disabled={disabled} />
      <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
      <Typography variant="caption" color="text.secondary">
        {translate('tsunagu.contacts.shortcut')}
      </Typography>
      <Box sx={{ flex: 1 }} />
      <StaffLine />
    </Stack>
  );
};

/**
 * 面談・相談 in under a minute: now, you as staff and the method used last time are already
 * filled in; the cursor waits in the summary; Ctrl+Enter saves.
 */
export const InterviewQuickForm = ({ caseRecord, onDone }: { caseRecord: CaseDto; onDone: () => void }) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const draftKey = useDraftKey('interview', caseRecord.id);
  // Fixed when the form opens: react-admin resets a form whose defaults change, and "now" does.
  const [defaults] = useState(() => ({ caseId: caseRecord.id, heldAt: japanNowLocal(), method: lastInterviewMethod(), met: [] }));
  return (
    <Shell title="tsunagu.contacts.new_interview">
      <CreateBase
        resource={RESOURCES.interviews}
        redirect={false}
        transform={interviewFormToApi}
        mutationOptions={{
          onSuccess: (data) => {
            rememberInterviewMethod(data['method']);
            discardDraft(draftKey);
            notify('tsunagu.contacts.saved', { type: 'success' });
            onDone();
            refresh();
          },
        }}
      >
        <Form defaultValues={defaults}>
          <FormDraft draftKey={draftKey} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <DateTimeInput source="heldAt" validate={[required(), notInFuture]} />
            <RadioButtonGroupInput source="method" choices={CHOICES.interview_method} validate={required()} row />
          </Stack>
          <MetInput caseId={caseRecord.id} />
          <CommonFields />
          <Buttons onCancel={onDone} />
        </Form>
      </CreateBase>
    </Shell>
  );
};

/**
 * 訪問支援: shows before saving whether an outreach consent covers the visit day; the API refuses
 * a visit without one (422), and the form then says why in plain Japanese.
 */
export const OutreachQuickForm = ({ caseRecord, onDone }: { caseRecord: CaseDto; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [refusal, setRefusal] = useState<string | null>(null);
  const draftKey = useDraftKey('outreach', caseRecord.id);
  const [defaults] = useState(() => ({ caseId: caseRecord.id, visitedAt: japanNowLocal(), met: [] }));
  // Recording a consent from here: the dialog sits outside the visit's form, which stays as typed.
  const [consentFor, setConsentFor] = useState<string | null>(null);
  const [consentsRevision, setConsentsRevision] = useState(0);
  const coverageProps = { caseId: caseRecord.id, revision: consentsRevision, onRecordConsent: setConsentFor };
  return (
    <Shell title="tsunagu.contacts.new_outreach">
      <CreateBase
        resource={RESOURCES.outreachVisits}
        redirect={false}
        transform={outreachFormToApi}
        mutationOptions={{
          onSuccess: () => {
            discardDraft(draftKey);
            notify('tsunagu.contacts.saved', { type: 'success' });
            onDone();
            refresh();
          },
          onError: (error) => {
            const message = (error as Error).message;
            setRefusal(errorCode(error) === 'OUTREACH_CONSENT_REQUIRED' ? message : null);
            notify(message, { type: 'error' });
          },
        }}
      >
        <Form defaultValues={defaults}>
          <FormDraft draftKey={draftKey} />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <DateTimeInput source="visitedAt" validate={[required(), notInFuture]} />
            <SelectInput source="location" choices={CHOICES.outreach_location} emptyText="—" />
          </Stack>
          <FormDataConsumer<{ visitedAt?: string }>>{({ formData }) => <OutreachConsentNotice {...coverageProps} on={japanDayOf(formData.visitedAt)} />}</FormDataConsumer>
          <RadioButtonGroupInput source="outcome" choices={CHOICES.outreach_outcome} validate={required()} row />
          <MetInput caseId={caseRecord.id} withClient={false} withAgency={false} />
          <CommonFields />
          {refusal ? (
            <FormDataConsumer<{ visitedAt?: string }>>
              {({ formData }) => (
                <Alert severity="error" role="alert" sx={{ mb: 2 }} action={<RecordConsentButton onClick={() => setConsentFor(japanDayOf(formData.visitedAt))} />}>
                  {translate(refusal)}
                </Alert>
              )}
            </FormDataConsumer>
          ) : null}
          <FormDataConsumer<{ visitedAt?: string }>>
            {({ formData }) => <OutreachButtons {...coverageProps} on={japanDayOf(formData.visitedAt)} onCancel={onDone} />}
          </FormDataConsumer>
        </Form>
      </CreateBase>
      {consentFor ? (
        <ConsentCreateDialog
          caseId={caseRecord.id}
          defaults={{ purpose: 'outreach', givenOn: consentFor }}
          onClose={() => setConsentFor(null)}
          onSaved={() => {
            setConsentFor(null);
            setRefusal(null);
            setConsentsRevision((r) => r + 1);
          }}
        />
      ) : null}
    </Shell>
  );
};

interface OutreachCoverageProps {
  caseId: string;
  /** YYYY-MM-DD, Japan time: the visit's day. */
  on: string;
  /** Goes up when a consent was recorded from the form: ask again. */
  revision: number;
  onRecordConsent: (on: string) => void;
}

/** Whether an outreach consent covers the visit's day. */
const useOutreachCoverage = ({ caseId, on, revision }: Pick<OutreachCoverageProps, 'caseId' | 'on' | 'revision'>) =>
  useConsentCoverage({ caseId, purpose: 'outreach', on, subject: 'any' }, revision);

const RecordConsentButton = ({ onClick }: { onClick: () => void }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: RESOURCES.consents, action: 'create' });
  if (!canAccess) return null;
  return (
    <Button color="inherit" size="small" variant="outlined" onClick={onClick} sx={{ whiteSpace: 'nowrap' }}>
      {translate('tsunagu.contacts.record_consent')}
    </Button>
  );
};

const OutreachConsentNotice = (props: OutreachCoverageProps) => {
  const { data } = useOutreachCoverage(props);
  return (
    <ConsentCoverageAlert
      coverage={data}
      on={props.on}
      coveredTitle="tsunagu.contacts.outreach_consent_ok"
      missingTitle="tsunagu.contacts.outreach_consent_missing"
      missingHint="tsunagu.contacts.outreach_consent_hint"
      missingAction={<RecordConsentButton onClick={() => props.onRecordConsent(props.on)} />}
    />
  );
};

/** 記録する waits while no consent covers the visit: rule 1 would refuse it anyway. */
const OutreachButtons = ({ onCancel, ...props }: OutreachCoverageProps & { onCancel: () => void }) => {
  const { data } = useOutreachCoverage(props);
  return <Buttons onCancel={onCancel} disabled={data?.covered === false} />;
};
