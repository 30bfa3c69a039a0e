import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { RESOURCES, type CaseDto, type SupportPlanDto } from '@tsunagu/contracts';
import { VoidButton } from '@tsunagu/web-ui';
import { useState, type ReactElement } from 'react';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { CurrentPlanCard } from './CurrentPlanCard';
import { EarlierPlans, ReviewHistory } from './PlanHistory';
import { PlanForm } from './PlanForm';
import { ReviewForm } from './ReviewForm';

type Open = 'new' | 'correct' | 'review' | null;

/** Every plan of a case, newest first (the plan in force among them). */
const usePlans = (caseId: string | undefined) =>
  useGetList<SupportPlanDto>(
    RESOURCES.supportPlans,
    { filter: { caseId }, sort: { field: 'agreedOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!caseId },
  );

/**
 * 支援計画: the plan in force (its goals as cards, when it is reviewed), its reviews, and the plans
 * it superseded. A new plan starts from the goals of the one in force.
 */
export const SupportPlansTab = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  const [open, setOpen] = useState<Open>(null);
  const { data = [], isPending } = usePlans(record?.id);
  const { canAccess: canCreate } = useCanAccess({ resource: RESOURCES.supportPlans, action: 'create' });
  const { canAccess: canEdit } = useCanAccess({ resource: RESOURCES.supportPlans, action: 'edit' });
  const { canAccess: canReview } = useCanAccess({ resource: RESOURCES.supportPlans, action: 'review' });
  if (!record) return null;
  if (isPending) return <LinearProgress />;
  const current = data.find((p) => p.current);
  const earlier = data.filter((p) => !p.current);
  const button = (to: Exclude<Open, null>, label: string, icon: ReactElement) => (
    <Button startIcon={icon} onClick={() => setOpen(to)} sx={{ minHeight: 44 }}>
      {translate(label)}
    </Button>
  );
  const actions =
    current && !open ? (
      <>
        {canReview ? button('review', 'tsunagu.plans.review', <FactCheckIcon />) : null}
        {canEdit ? button('correct', 'tsunagu.plans.correct', <EditIcon />) : null}
        <VoidButton resource={RESOURCES.supportPlans} record={current} title="tsunagu.plans.void_title" />
      </>
    ) : null;
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      {canCreate && !open ? (
        <Box>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen('new')} sx={{ minHeight: 44 }}>
            {translate('tsunagu.plans.create')}
          </Button>
        </Box>
      ) : null}
      {open === 'new' || open === 'correct' ? (
        <PlanForm caseId={record.id} current={current} correcting={open === 'correct'} onDone={() => setOpen(null)} />
      ) : null}
      {open === 'review' && current ? <ReviewForm plan={current} onDone={() => setOpen(null)} /> : null}
      {current ? (
        <CurrentPlanCard plan={current} actions={actions} />
      ) : (
        <Typography color="text.secondary">{translate('tsunagu.plans.empty')}</Typography>
      )}
      {current ? <ReviewHistory plan={current} /> : null}
      {data.length ? <EarlierPlans plans={earlier} /> : null}
    </Stack>
  );
};
