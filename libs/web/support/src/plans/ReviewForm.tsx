import { Box, Button, Paper, Stack, Typography } from '@mui/material';
import { japanDate, RESOURCES, type SupportPlanDto } from '@tsunagu/contracts';
import { fieldErrorsOf } from '@tsunagu/web-data-access';
import { submitOnCtrlEnter } from '@tsunagu/web-ui';
import { useState } from 'react';
import { DateInput, Form, maxLength, maxValue, required, ResourceContextProvider, SaveButton, TextInput, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { reviewDefaults, reviewResource, reviewToApi, type ReviewFormValues } from './plan-logic';
import { ResultToggle } from './ResultToggle';

/** 「見直しを記録」: every goal of the plan in force evaluated once (result and note; the API refuses a review leaving one out), and the next review day. */
export const ReviewForm = ({ plan, onDone }: { plan: SupportPlanDto; onDone: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [defaults] = useState(() => reviewDefaults(plan));
  const save = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.create(reviewResource(plan.id), { data: reviewToApi(values as unknown as ReviewFormValues) });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
      return fieldErrorsOf((error as { body?: unknown }).body);
    }
    notify('tsunagu.plans.reviewed', { type: 'success' });
    onDone();
    refresh();
    return undefined;
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} onKeyDown={submitOnCtrlEnter} role="region" aria-label={translate('tsunagu.plans.review_title')}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {translate('tsunagu.plans.review_title')}
      </Typography>
      <ResourceContextProvider value={RESOURCES.supportPlans}>
        <Form record={defaults} onSubmit={save}>
          <DateInput source="reviewedOn" validate={[required(), maxValue(japanDate(), 'tsunagu.validation.future')]} />
          <Stack spacing={2} sx={{ my: 2 }}>
            {plan.goals.map((goal, i) => (
              <Box key={goal.id} data-testid="goal-evaluation" role="group" aria-label={goal.goal} sx={{ minWidth: 0 }}>
                <Typography sx={{ fontWeight: 700, overflowWrap: 'anywhere', mb: 0.5 }}>{goal.goal}</Typography>
                <ResultToggle source={`evaluations.${i}.result`} label={translate('resources.support-plans.fields.result')} />
                <TextInput source={`evaluations.${i}.note`} label="resources.support-plans.fields.resultNote" fullWidth helperText={false} validate={maxLength(2000)} />
              </Box>
            ))}
          </Stack>
          <DateInput source="nextReviewOn" validate={required()} />
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <SaveButton alwaysEnable />
            <Button onClick={onDone}>{translate('ra.action.cancel')}</Button>
          </Stack>
        </Form>
      </ResourceContextProvider>
    </Paper>
  );
};
