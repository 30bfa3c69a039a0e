import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { RESOURCES, type GoalResult, type PlanGoalDto } from '@tsunagu/contracts';
import { enumKey, formatDay } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { ReferenceField, TextField, useLocaleState, useTranslate } from 'react-admin';

const RESULT_COLORS: Record<GoalResult, 'success' | 'info' | 'warning' | 'default'> = {
  achieved: 'success',
  in_progress: 'info',
  changed: 'warning',
  dropped: 'default',
};

export const Labelled = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap', overflowWrap: 'anywhere' }}>{children}</Box>
    </Box>
  );
};

export const ResultChip = ({ result }: { result: GoalResult | null }) => {
  const translate = useTranslate();
  if (!result) return null;
  return <Chip size="small" data-testid="goal-result" color={RESULT_COLORS[result]} label={translate(enumKey('goal_result', result))} />;
};

/** A goal as a card: the goal in the person's words, its steps, who, the agency, the target day, and how it stood at the latest review. */
export const GoalCard = ({ goal }: { goal: PlanGoalDto }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" data-testid="plan-goal" sx={{ minWidth: 0 }}>
      <CardContent>
        <Typography variant="h6" component="p" sx={{ fontWeight: 700, overflowWrap: 'anywhere', mb: 1 }}>
          {goal.goal}
        </Typography>
        <Stack spacing={1}>
          {goal.steps ? (
            <Labelled label="resources.support-plans.fields.steps">
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                {goal.steps}
              </Typography>
            </Labelled>
          ) : null}
          <Labelled label="resources.support-plans.fields.actors">
            {goal.actors.map((a) => (
              <Chip key={a} size="small" variant="outlined" label={translate(enumKey('plan_actor', a))} />
            ))}
          </Labelled>
          {goal.agencyId ? (
            <Labelled label="resources.support-plans.fields.agencyId">
              <ReferenceField record={goal} source="agencyId" reference={RESOURCES.agencies} link={false}>
                <TextField source="name" variant="body2" />
              </ReferenceField>
            </Labelled>
          ) : null}
          {goal.targetOn ? (
            <Labelled label="resources.support-plans.fields.targetOn">
              <Typography variant="body2">{formatDay(goal.targetOn, locale)}</Typography>
            </Labelled>
          ) : null}
          {goal.result ? (
            <Labelled label="tsunagu.plans.latest_result">
              <ResultChip result={goal.result} />
              {goal.resultNote ? <Typography variant="body2">{goal.resultNote}</Typography> : null}
            </Labelled>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
