import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { ASSESSMENT_DOMAINS, japanDate, RESOURCES, type AssessmentDto } from '@tsunagu/contracts';
import { discardDraft, FormDraft, useDraftKey } from '@tsunagu/web-cases';
import { submitOnCtrlEnter } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  DateInput,
  Form,
  maxLength,
  maxValue,
  required,
  ResourceContextProvider,
  SaveButton,
  TextInput,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { assessmentFormToApi, correctionDefaults, newAssessmentDefaults, ratingErrorsOf, type AssessmentFormValues } from './assessment-logic';
import { ScoreInput } from './ScoreInput';

/** The errors of a refused save by field (`ratings.<domain>.<score|note>` included), or nothing to show on the inputs. */
function submissionErrors(error: unknown): Record<string, unknown> | undefined {
  const body = (error as { body?: { errors?: Record<string, string>; message?: unknown } } | null)?.body;
  const fields: Record<string, unknown> = { ...body?.errors };
  delete fields['ratings'];
  const ratings = ratingErrorsOf(body?.message);
  const errors = { ...fields, ...(ratings ? { ratings } : {}) };
  return Object.keys(errors).length ? errors : undefined;
}

/** A reassessment may find nothing changed, so saving the prefilled form is allowed; a correction needs a change. */
const Buttons = ({ onCancel, alwaysEnable }: { onCancel: () => void; alwaysEnable: boolean }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
      <SaveButton alwaysEnable={alwaysEnable || undefined} />
      <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
    </Stack>
  );
};

const DomainInputs = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1.5} sx={{ my: 2 }}>
      {ASSESSMENT_DOMAINS.map((domain) => {
        const label = translate(`tsunagu.enums.assessment_domain.${domain}`);
        return (
          <Box
            key={domain}
            data-testid={`assessment-input-${domain}`}
            sx={{
              display: 'grid',
              columnGap: 2,
              rowGap: 0.5,
              alignItems: 'center',
              gridTemplateColumns: { xs: '1fr', sm: 'auto minmax(0, 1fr)', lg: '13rem auto minmax(0, 1fr)' },
            }}
          >
            <Typography variant="body2" component="span" sx={{ fontWeight: 700, gridColumn: { xs: 'auto', sm: '1 / -1', lg: 'auto' } }}>
              {label}
            </Typography>
            <ScoreInput source={`ratings.${domain}.score`} label={label} />
            <TextInput
              source={`ratings.${domain}.note`}
              label="tsunagu.assessments.note"
              aria-label={translate('tsunagu.assessments.note')}
              fullWidth
              helperText={false}
              validate={maxLength(1000)}
              sx={{ m: 0 }}
            />
          </Box>
        );
      })}
    </Stack>
  );
};

/**
 * 「アセスメントを記録」 and 「最新のアセスメントを修正」 in one form. A new one starts from the newest
 * (a reassessment changes only what changed) and is kept as a draft while typed; a correction sends
 * the newest record back whole, as the data provider's update does for every resource.
 */
export const AssessmentForm = ({ caseId, newest, correcting, onDone }: { caseId: string; newest?: AssessmentDto; correcting: boolean; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const draftKey = useDraftKey('assessment', caseId);
  // Fixed when the form opens: react-admin resets a form whose defaults change.
  const [defaults] = useState(() => (correcting && newest ? correctionDefaults(newest) : newAssessmentDefaults(newest)));
  const save = async (values: Record<string, unknown>) => {
    const body = assessmentFormToApi(values as unknown as AssessmentFormValues);
    try {
      if (correcting && newest) {
        await dataProvider.update(RESOURCES.assessments, { id: newest.id, data: { ...newest, ...body }, previousData: newest });
      } else {
        await dataProvider.create(RESOURCES.assessments, { data: { caseId, ...body } });
        discardDraft(draftKey);
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return submissionErrors(error);
    }
    notify(correcting ? 'tsunagu.assessments.corrected' : 'tsunagu.assessments.saved', { type: 'success' });
    onDone();
    refresh();
    return undefined;
  };
  const title = correcting ? 'tsunagu.assessments.edit_title' : 'tsunagu.assessments.new_title';
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} onKeyDown={submitOnCtrlEnter} role="region" aria-label={translate(title)}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate(title)}
      </Typography>
      <ResourceContextProvider value={RESOURCES.assessments}>
        {/* The record is the form's own, not the case around it (react-admin forms start from the record in context). */}
        <Form record={defaults} onSubmit={save}>
          {correcting ? null : <FormDraft draftKey={draftKey} />}
          {!correcting && newest ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('tsunagu.assessments.prefilled')}
            </Alert>
          ) : null}
          <DateInput source="assessedOn" validate={[required(), maxValue(japanDate(), 'tsunagu.validation.future')]} />
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('tsunagu.assessments.scale_hint')}
          </Typography>
          <DomainInputs />
          <TextInput source="strengths" multiline minRows={2} fullWidth validate={maxLength(4000)} />
          <TextInput source="wishes" multiline minRows={2} fullWidth validate={maxLength(4000)} />
          <Buttons onCancel={onDone} alwaysEnable={!correcting} />
        </Form>
      </ResourceContextProvider>
    </Paper>
  );
};
