import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Box, List, ListItem, Typography } from '@mui/material';
import type { SupportPlanDto } from '@tsunagu/contracts';
import { enumKey, formatDay, StaffName } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';
import { GOALS_GRID } from './CurrentPlanCard';
import { GoalCard } from './GoalCard';

/** 見直しの履歴 of the plan in force, newest first: the day, the day it was due, and who reviewed. */
export const ReviewHistory = ({ plan }: { plan: SupportPlanDto }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const reviews = [...plan.reviews].reverse();
  return (
    <Box component="section" aria-label={translate('tsunagu.plans.reviews')}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
        {translate('tsunagu.plans.reviews')}
      </Typography>
      {reviews.length === 0 ? (
        <Typography color="text.secondary">{translate('tsunagu.plans.reviews_empty')}</Typography>
      ) : (
        <List dense disablePadding>
          {reviews.map((r) => (
            <ListItem key={r.id} divider disableGutters data-testid="plan-review" sx={{ gap: 2, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 700 }}>
                {formatDay(r.reviewedOn, locale)}
              </Typography>
              <Typography variant="body2" color={r.reviewedOn > r.dueOn ? 'error' : 'text.secondary'}>
                {translate(r.reviewedOn > r.dueOn ? 'tsunagu.plans.review_late' : 'tsunagu.plans.review_on_time', { due: formatDay(r.dueOn, locale) })}
              </Typography>
              <StaffName id={r.reviewedBy} />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};

/** 以前の計画: each superseded plan folded, read-only. */
export const EarlierPlans = ({ plans }: { plans: SupportPlanDto[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box component="section" aria-label={translate('tsunagu.plans.earlier')}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, mb: 1 }}>
        {translate('tsunagu.plans.earlier')}
      </Typography>
      {plans.length === 0 ? (
        <Typography color="text.secondary">{translate('tsunagu.plans.earlier_empty')}</Typography>
      ) : (
        plans.map((p) => (
          <Accordion key={p.id} disableGutters variant="outlined" data-testid="earlier-plan">
            <AccordionSummary expandIcon={<ExpandMoreIcon />} sx={{ minHeight: 44 }}>
              <Typography variant="body2">
                {translate('tsunagu.plans.earlier_row', {
                  day: formatDay(p.agreedOn, locale),
                  how: translate(enumKey('plan_agreement', p.agreedHow)),
                  n: p.goals.length,
                })}
              </Typography>
            </AccordionSummary>
            <AccordionDetails>
              <Box sx={GOALS_GRID}>
                {p.goals.map((g) => (
                  <GoalCard key={g.id} goal={g} />
                ))}
              </Box>
            </AccordionDetails>
          </Accordion>
        ))
      )}
    </Box>
  );
};
