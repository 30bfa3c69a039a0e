import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { RESOURCES, type AssessmentDto, type CaseDto } from '@tsunagu/contracts';
import { useMe, VoidButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { AssessmentForm } from './AssessmentForm';
import { DomainHistoryChart } from './DomainHistoryChart';
import { EarlierAssessments } from './EarlierAssessments';
import { LatestAssessmentCard } from './LatestAssessmentCard';

/** Every assessment of a case, newest first. */
const useAssessments = (caseId: string | undefined) =>
  useGetList<AssessmentDto>(
    RESOURCES.assessments,
    { filter: { caseId }, sort: { field: 'assessedOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!caseId },
  );

/** Only the newest changes, and a coordinator changes only their own (the API says so too: 403). */
const useMayCorrect = (newest: AssessmentDto | undefined) => {
  const { id, role } = useMe();
  const { canAccess } = useCanAccess({ resource: RESOURCES.assessments, action: 'edit' });
  return !!newest?.latest && !!canAccess && (role === 'supervisor' || newest.createdBy === id);
};

/**
 * アセスメント: where the person and the family stand now (the newest assessment, with its change
 * since the one before and when the next is due), how each domain has moved, and the older ones.
 */
export const AssessmentsTab = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  const [open, setOpen] = useState<'new' | 'correct' | null>(null);
  const { data = [], isPending } = useAssessments(record?.id);
  const { canAccess: canCreate } = useCanAccess({ resource: RESOURCES.assessments, action: 'create' });
  const newest = data[0];
  const mayCorrect = useMayCorrect(newest);
  if (!record) return null;
  if (isPending) return <LinearProgress />;
  const actions =
    newest && !open ? (
      <>
        {mayCorrect ? (
          <Button startIcon={<EditIcon />} onClick={() => setOpen('correct')} sx={{ minHeight: 44 }}>
            {translate('tsunagu.assessments.correct')}
          </Button>
        ) : null}
        <VoidButton resource={RESOURCES.assessments} record={newest} title="tsunagu.assessments.void_title" />
      </>
    ) : null;
  return (
    <Stack spacing={2} sx={{ minWidth: 0 }}>
      {canCreate && !open ? (
        <Box>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen('new')} sx={{ minHeight: 44 }}>
            {translate('tsunagu.assessments.record')}
          </Button>
        </Box>
      ) : null}
      {open ? <AssessmentForm caseId={record.id} newest={newest} correcting={open === 'correct'} onDone={() => setOpen(null)} /> : null}
      {newest ? (
        <LatestAssessmentCard assessment={newest} actions={actions} />
      ) : (
        <Typography color="text.secondary">{translate('tsunagu.assessments.empty')}</Typography>
      )}
      {newest ? <DomainHistoryChart assessments={data} /> : null}
      {newest ? <EarlierAssessments assessments={data.slice(1)} /> : null}
    </Stack>
  );
};
