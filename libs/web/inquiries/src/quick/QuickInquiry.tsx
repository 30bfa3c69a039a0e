import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Tooltip, Typography } from '@mui/material';
import { RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { discardDraft, FormDraft, useDraftKey } from '@tsunagu/web-cases';
import { CHOICES, submitOnCtrlEnter } from '@tsunagu/web-ui';
import { useEffect, useState } from 'react';
import {
  CheckboxGroupInput,
  CreateBase,
  Form,
  FormDataConsumer,
  maxLength,
  RadioButtonGroupInput,
  required,
  SaveButton,
  SelectInput,
  TextInput,
  useCanAccess,
  useCreatePath,
  useNotify,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { inquiryFormToApi, nameOrNickname } from '../inquiry-form';

/** The keyboard shortcut that opens the quick entry from any screen (Chromium leaves Alt+N alone). */
const isShortcut = (event: KeyboardEvent) => event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyN';

const QUICK_CHOICES = CHOICES.inquiry_outcome.filter((c) => c.id !== 'case_opened');

/** Puts the cursor on who called (the checked choice) once the dialog is open: arrows change it, Tab goes on. */
const FocusCaller = () => {
  useEffect(() => {
    const timer = setTimeout(() => document.querySelector<HTMLInputElement>('[role="dialog"] input[name="callerType"]:checked')?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  return null;
};

/** "詳しく": the full form, with what is typed so far. */
const MoreButton = ({ onLeave }: { onLeave: () => void }) => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const { getValues } = useFormContext();
  return (
    <Button
      onClick={() => {
        const record = getValues();
        onLeave();
        redirect(() => createPath({ resource: RESOURCES.inquiries, type: 'create' }), undefined, undefined, undefined, { record });
      }}
    >
      {translate('tsunagu.inquiries.quick.more')}
    </Button>
  );
};

/**
 * The quick entry of a call, filled while on the phone: now, a phone call and a family caller
 * are already set; the cursor waits on who called; Tab goes through the caller, the nickname and
 * the summary first; Ctrl+Enter saves and Escape closes (what is typed stays as a draft).
 */
const QuickInquiryDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const draftKey = useDraftKey('inquiry');
  // Fixed when the dialog opens: react-admin resets a form whose defaults change.
  const [defaults] = useState(() => ({ method: 'phone', callerType: 'family', outcome: 'informed', concerns: [] as string[] }));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="quick-inquiry-title">
      <CreateBase
        resource={RESOURCES.inquiries}
        redirect={false}
        transform={inquiryFormToApi}
        mutationOptions={{
          onSuccess: (data: InquiryDto) => {
            discardDraft(draftKey);
            const earlier = data.chainSize - 1;
            notify(earlier > 0 ? 'tsunagu.inquiries.saved_linked' : 'tsunagu.inquiries.saved', { type: 'success', messageArgs: { smart_count: earlier } });
            onClose();
            refresh();
          },
        }}
      >
        <Form defaultValues={defaults}>
          <Box onKeyDown={submitOnCtrlEnter}>
            <DialogTitle id="quick-inquiry-title">{translate('tsunagu.inquiries.quick.title')}</DialogTitle>
            <DialogContent>
              <FormDraft draftKey={draftKey} />
              <FocusCaller />
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
                <RadioButtonGroupInput source="callerType" choices={CHOICES.caller_type} validate={required()} row />
                <FormDataConsumer<{ callerType?: string }>>
                  {({ formData }) =>
                    formData.callerType === 'family' ? <RadioButtonGroupInput source="callerRelationship" choices={CHOICES.relationship} row /> : null
                  }
                </FormDataConsumer>
              </Stack>
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
                <TextInput source="nickname" validate={[maxLength(50), nameOrNickname]} helperText="tsunagu.inquiries.nickname_hint" />
                <TextInput source="callerName" validate={[maxLength(100), nameOrNickname]} helperText={false} />
                <TextInput source="callerNumber" validate={maxLength(20)} helperText={false} />
              </Stack>
              <TextInput source="summary" multiline minRows={3} fullWidth validate={[required(), maxLength(10000)]} />
              <Stack direction={{ xs: 'column', md: 'row' }} spacing={{ xs: 0, md: 2 }}>
                <SelectInput source="personAgeBand" choices={CHOICES.age_band} emptyText="—" />
                <SelectInput source="route" choices={CHOICES.inquiry_route} emptyText="—" />
              </Stack>
              <CheckboxGroupInput source="concerns" choices={CHOICES.inquiry_concern} row />
              <RadioButtonGroupInput source="outcome" choices={QUICK_CHOICES} row />
              <FormDataConsumer<{ outcome?: string }>>
                {({ formData }) =>
                  formData.outcome === 'referred' ? <TextInput source="referredAgencyName" validate={[required(), maxLength(200)]} fullWidth helperText={false} /> : null
                }
              </FormDataConsumer>
            </DialogContent>
            <DialogActions>
              <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto', pl: 2 }}>
                {translate('tsunagu.inquiries.quick.keys')}
              </Typography>
              <MoreButton onLeave={onClose} />
              <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
              <SaveButton />
            </DialogActions>
          </Box>
        </Form>
      </CreateBase>
    </Dialog>
  );
};

/**
 * "電話を受けた" in the app bar, and Alt+N anywhere: opens the quick entry of a first contact, for
 * whoever may record one.
 */
export const QuickInquiryButton = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: RESOURCES.inquiries, action: 'create' });
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!canAccess) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canAccess]);
  if (!canAccess) return null;
  return (
    <>
      <Tooltip title={translate('tsunagu.inquiries.quick.tooltip')}>
        <Button
          color="inherit"
          startIcon={<PhoneInTalkIcon />}
          onClick={() => setOpen(true)}
          aria-keyshortcuts="Alt+N"
          aria-label={translate('tsunagu.inquiries.quick.button')}
          sx={{ whiteSpace: 'nowrap' }}
        >
          <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
            {translate('tsunagu.inquiries.quick.button')}
          </Box>
        </Button>
      </Tooltip>
      {open ? <QuickInquiryDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
};
