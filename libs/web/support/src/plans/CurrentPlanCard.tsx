import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { SupportPlanDto } from '@tsunagu/contracts';
import { enumKey, formatDay } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { DueChip } from '../assessments/ScoreParts';
import { GoalCard, Labelled } from './GoalCard';

/** The goals side by side at a desk, one under another on a tablet. */
export const GOALS_GRID = { display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))' } as const;

/** The plan in force: when and how it was agreed, when it is reviewed (overdue / within 30 days), and its goals. */
export const CurrentPlanCard = ({ plan, actions }: { plan: SupportPlanDto; actions?: ReactNode }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" component="section" aria-label={translate('tsunagu.plans.current')} data-testid="current-plan">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
            {translate('tsunagu.plans.current')}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
            {actions}
          </Stack>
        </Stack>
        <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap', mb: 2 }}>
          <Labelled label="resources.support-plans.fields.agreedOn">
            <Typography variant="body2">{formatDay(plan.agreedOn, locale)}</Typography>
          </Labelled>
          <Labelled label="resources.support-plans.fields.agreedHow">
            <Typography variant="body2">{translate(enumKey('plan_agreement', plan.agreedHow))}</Typography>
          </Labelled>
          <Labelled label="resources.support-plans.fields.reviewOn">
            <Typography variant="body2" data-testid="review-on">
              {formatDay(plan.reviewOn, locale)}
            </Typography>
            <DueChip nextDueOn={plan.reviewOn} />
          </Labelled>
        </Stack>
        <Box sx={GOALS_GRID}>
          {plan.goals.map((g) => (
            <GoalCard key={g.id} goal={g} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
