import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardActions, CardContent, Chip, Paper, Stack, Typography } from '@mui/material';
import { japanDate, RESOURCES, type CaseReferralViewDto, type ReferralDto } from '@tsunagu/contracts';
import { ConsentCoverageNotice, discardDraft, FamilyMemberName, FormDraft, useDraftKey } from '@tsunagu/web-cases';
import { CHOICES, enumKey, formatDay, ReasonDialog, REFERRAL_STATUS_COLORS, SaveCancelButtons, StaffName, useMe, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  BooleanInput,
  CreateBase,
  DateInput,
  Form,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  RecordContextProvider,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  required,
  SelectInput,
  TextInput,
  useCanAccess,
  useListContext,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { referralSteps, sendBody, sendingCoverageQuery, type ReferralStep, type SendValues } from './referral-flow';
import { SendReferralDialog } from './SendReferralDialog';

/** Plan a referral: the agency, whose referral it is, why, and whether someone goes along. */
const PlanReferralForm = ({ caseId, onDone }: { caseId: string; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const draftKey = useDraftKey('referral', caseId);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} role="region" aria-label={translate('tsunagu.referrals.plan')}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('tsunagu.referrals.plan')}
      </Typography>
      <CreateBase
        resource={RESOURCES.referrals}
        redirect={false}
        transform={(values: Record<string, unknown>) => (values['subject'] === 'family' ? values : { ...values, familyMemberId: undefined })}
        mutationOptions={{
          onSuccess: () => {
            discardDraft(draftKey);
            notify('tsunagu.referrals.planned', { type: 'success' });
            onDone();
            refresh();
          },
        }}
      >
        <Form defaultValues={{ caseId, subject: 'client', accompanied: false, plannedOn: japanDate() }}>
          <FormDraft draftKey={draftKey} />
          <ReferenceInput source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} perPage={500}>
            <SelectInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
          <RadioButtonGroupInput source="subject" choices={CHOICES.referral_subject} validate={required()} row />
          <FormDataConsumer<{ subject?: string }>>
            {({ formData }) =>
              formData.subject === 'family' ? (
                <ReferenceInput source="familyMemberId" reference={RESOURCES.familyMembers} filter={{ caseId }} sort={{ field: 'createdAt', order: 'ASC' }}>
                  <SelectInput optionText={<FamilyMemberName />} validate={required()} />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
          <TextInput source="reason" multiline minRows={2} fullWidth validate={[required(), maxLength(4000)]} />
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <BooleanInput source="accompanied" />
            <DateInput source="plannedOn" validate={required()} />
          </Stack>
          <SaveCancelButtons onCancel={onDone} />
        </Form>
      </CreateBase>
    </Paper>
  );
};

/** The button for one lifecycle step, with what it asks first. */
const StepButton = ({ referral, step }: { referral: ReferralDto; step: ReferralStep }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [open, setOpen] = useState(false);
  const save = (data: Record<string, unknown>) =>
    update(
      RESOURCES.referrals,
      { id: referral.id, data, previousData: referral },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('tsunagu.referrals.moved', { type: 'success', messageArgs: { status: translate(enumKey('referral_status', step.to)) } });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error' }),
      },
    );
  return (
    <>
      <Button
        size="small"
        variant={step.asks === 'send' ? 'contained' : step.to === 'cancelled' ? 'text' : 'outlined'}
        color={step.to === 'cancelled' ? 'inherit' : 'primary'}
        onClick={() => setOpen(true)}
      >
        {translate(step.label)}
      </Button>
      {open && step.asks === 'send' ? (
        <SendReferralDialog referral={referral} isPending={isPending} onSend={(values: SendValues) => save(sendBody(values))} onClose={() => setOpen(false)} />
      ) : null}
      {open && step.asks !== 'send' ? (
        <ReasonDialog
          open
          title={step.label}
          confirmLabel={step.label}
          dateLabel="tsunagu.referrals.step_on"
          withReason={step.asks === 'response'}
          reasonRequired={false}
          reasonLabel="resources.referrals.fields.feedback"
          isPending={isPending}
          onConfirm={({ reason, date }) => save({ status: step.to, stepOn: date, ...(reason ? { feedback: reason } : {}) })}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};

const Dates = ({ referral }: { referral: ReferralDto }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const steps: Array<[string, string | null]> = [
    ['plannedOn', referral.plannedOn],
    ['referredOn', referral.referredOn],
    ['respondedOn', referral.respondedOn],
    ['closedOn', referral.closedOn],
  ];
  return (
    <Typography variant="body2" color="text.secondary">
      {steps
        .filter(([, day]) => day)
        .map(([field, day]) => `${translate(`resources.referrals.fields.${field}`)} ${formatDay(day, locale)}`)
        .join(' ／ ')}
    </Typography>
  );
};

/** One referral: where to, whose, why, its steps so far, the agency's answer, and the legal next steps. */
export const ReferralCard = ({ referral }: { referral: ReferralDto }) => {
  const translate = useTranslate();
  const { role } = useMe();
  const steps = referralSteps(referral.status, role);
  return (
    <RecordContextProvider value={referral}>
      <Card variant="outlined" sx={{ mb: 2 }} data-testid="referral" aria-label={translate('resources.referrals.name', { smart_count: 1 })}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="subtitle1" component="h3">
              <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
            </Typography>
            <Chip
              size="small"
              color={REFERRAL_STATUS_COLORS[referral.status]}
              label={translate(enumKey('referral_status', referral.status))}
            />
            <Chip size="small" variant="outlined" label={translate(enumKey('referral_subject', referral.subject))} />
            {referral.subject === 'family' && referral.familyMemberId ? (
              <ReferenceField source="familyMemberId" reference={RESOURCES.familyMembers} link={false} />
            ) : null}
            {referral.accompanied ? <Chip size="small" variant="outlined" label={translate('resources.referrals.fields.accompanied')} /> : null}
          </Stack>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {referral.reason}
          </Typography>
          <Dates referral={referral} />
          {referral.feedback ? (
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
              {translate('resources.referrals.fields.feedback')}: {referral.feedback}
            </Typography>
          ) : null}
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('resources.referrals.fields.responsibleUserId')}: <StaffName id={referral.responsibleUserId} />
          </Typography>
          {referral.status === 'planned' ? (
            <ConsentCoverageNotice
              {...sendingCoverageQuery(referral, japanDate())}
              on={japanDate()}
              coveredTitle="tsunagu.referrals.consent_ok"
              missingTitle="tsunagu.referrals.consent_missing"
              missingHint="tsunagu.referrals.consent_missing_hint"
            />
          ) : null}
        </CardContent>
        <CardActions>
          {steps.map((step) => (
            <StepButton key={step.to} referral={referral} step={step} />
          ))}
          {/* A referral that was sent stays: its disclosure is on record. */}
          {referral.referredOn ? null : <VoidButton resource={RESOURCES.referrals} record={referral} />}
        </CardActions>
      </Card>
    </RecordContextProvider>
  );
};

const ReferralCards = () => {
  const translate = useTranslate();
  const { data = [], isPending } = useListContext<ReferralDto>();
  if (!isPending && !data.length) return <Typography color="text.secondary">{translate('tsunagu.referrals.empty')}</Typography>;
  return (
    <>
      {data.map((r) => (
        <ReferralCard key={r.id} referral={r} />
      ))}
    </>
  );
};

/** 紹介・つなぎ: the case's referrals with their lifecycle, and a new one planned here. */
export const CaseReferrals = () => {
  const record = useRecordContext<CaseReferralViewDto>();
  const translate = useTranslate();
  const [planning, setPlanning] = useState(false);
  const { canAccess: canPlan } = useCanAccess({ resource: RESOURCES.referrals, action: 'create' });
  if (!record) return null;
  return (
    <Box>
      {planning ? <PlanReferralForm caseId={record.id} onDone={() => setPlanning(false)} /> : null}
      {canPlan && !planning ? (
        <Button startIcon={<AddIcon />} sx={{ mb: 2 }} onClick={() => setPlanning(true)}>
          {translate('tsunagu.referrals.plan')}
        </Button>
      ) : null}
      <ReferenceManyField reference={RESOURCES.referrals} target="caseId" sort={{ field: 'updatedAt', order: 'DESC' }} perPage={100}>
        <ReferralCards />
      </ReferenceManyField>
    </Box>
  );
};
