import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { japanDate, RESOURCES, type SupportPlanDto } from '@tsunagu/contracts';
import { fieldErrorsOf } from '@tsunagu/web-data-access';
import { CHOICES, submitOnCtrlEnter } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  DateInput,
  Form,
  maxValue,
  RadioButtonGroupInput,
  required,
  ResourceContextProvider,
  SaveButton,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { GoalInputs } from './GoalInputs';
import { correctionDefaults, newPlanDefaults, planFormToApi, type PlanFormValues } from './plan-logic';

/**
 * 「新しい計画を作成」 (from the goals of the plan in force, which it supersedes) and 「計画を修正」
 * (the plan in force, sent back whole: its goals keep their ids) in one form.
 */
export const PlanForm = ({ caseId, current, correcting, onDone }: { caseId: string; current?: SupportPlanDto; correcting: boolean; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  // Fixed when the form opens: react-admin resets a form whose defaults change.
  const [defaults] = useState(() => (correcting && current ? correctionDefaults(current) : newPlanDefaults(current)));
  const save = async (values: Record<string, unknown>) => {
    const body = planFormToApi(values as unknown as PlanFormValues);
    try {
      if (correcting && current) {
        await dataProvider.update(RESOURCES.supportPlans, { id: current.id, data: { ...current, ...body }, previousData: current });
      } else {
        await dataProvider.create(RESOURCES.supportPlans, { data: { caseId, ...body } });
      }
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return fieldErrorsOf((error as { body?: unknown }).body);
    }
    notify(correcting ? 'tsunagu.plans.corrected' : 'tsunagu.plans.saved', { type: 'success' });
    onDone();
    refresh();
    return undefined;
  };
  const title = correcting ? 'tsunagu.plans.edit_title' : 'tsunagu.plans.new_title';
  return (
    <Paper variant="outlined" sx={{ p: 2 }} onKeyDown={submitOnCtrlEnter} role="region" aria-label={translate(title)}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate(title)}
      </Typography>
      <ResourceContextProvider value={RESOURCES.supportPlans}>
        <Form record={defaults} onSubmit={save}>
          {!correcting && current ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('tsunagu.plans.prefilled')}
            </Alert>
          ) : null}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateInput source="agreedOn" validate={[required(), maxValue(japanDate(), 'tsunagu.validation.future')]} />
            <DateInput source="reviewOn" validate={required()} />
          </Stack>
          <RadioButtonGroupInput source="agreedHow" choices={CHOICES.plan_agreement} validate={required()} row />
          <GoalInputs />
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            {/* A new plan may keep the prefilled goals as they are; a correction needs a change. */}
            <SaveButton alwaysEnable={!correcting || undefined} />
            <Button onClick={onDone}>{translate('ra.action.cancel')}</Button>
          </Stack>
        </Form>
      </ResourceContextProvider>
    </Paper>
  );
};
