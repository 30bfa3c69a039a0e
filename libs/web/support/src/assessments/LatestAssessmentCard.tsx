import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { ASSESSMENT_DOMAINS, type AssessmentDto } from '@tsunagu/contracts';
import { formatDay, StaffName } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { ChangeMarkText, DueChip, ScoreDots } from './ScoreParts';

const Labelled = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>{children}</Box>
    </Box>
  );
};

const Text = ({ label, text }: { label: string; text: string | null }) => (
  <Labelled label={label}>
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text || '—'}
    </Typography>
  </Labelled>
);

/** A domain on one line at a desk (label, score, change, note); the note goes under it on a tablet. */
const DomainRow = ({ assessment, domain }: { assessment: AssessmentDto; domain: (typeof ASSESSMENT_DOMAINS)[number] }) => {
  const translate = useTranslate();
  const rating = assessment.ratings[domain];
  return (
    <Box
      data-testid={`domain-${domain}`}
      sx={{
        display: 'grid',
        gap: 1,
        alignItems: 'center',
        py: 0.75,
        gridTemplateColumns: { xs: 'minmax(0, 1fr) 7rem 3.5rem', lg: '14rem 7rem 3.5rem minmax(0, 1fr)' },
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 700 }}>
        {translate(`tsunagu.enums.assessment_domain.${domain}`)}
      </Typography>
      <ScoreDots score={rating?.score ?? null} />
      <ChangeMarkText change={assessment.change?.[domain]} />
      <Typography variant="body2" color="text.secondary" sx={{ gridColumn: { xs: '1 / -1', lg: 'auto' }, overflowWrap: 'anywhere' }}>
        {rating?.note || ''}
      </Typography>
    </Box>
  );
};

/** The newest assessment: when and by whom, the next review, each domain with its change, strengths and wishes. */
export const LatestAssessmentCard = ({ assessment, actions }: { assessment: AssessmentDto; actions?: ReactNode }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" component="section" aria-label={translate('tsunagu.assessments.latest')} data-testid="latest-assessment">
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700 }}>
            {translate('tsunagu.assessments.latest')}
          </Typography>
          {actions}
        </Stack>
        <Stack direction="row" useFlexGap spacing={3} sx={{ flexWrap: 'wrap', mb: 1 }}>
          <Labelled label="resources.assessments.fields.assessedOn">
            <Typography variant="body2">{formatDay(assessment.assessedOn, locale)}</Typography>
          </Labelled>
          <Labelled label="tsunagu.assessments.assessor">
            <StaffName id={assessment.assessorId} />
          </Labelled>
          <Labelled label="tsunagu.assessments.next_due">
            <Typography variant="body2" data-testid="next-due">
              {assessment.nextDueOn ? formatDay(assessment.nextDueOn, locale) : '—'}
            </Typography>
            <DueChip nextDueOn={assessment.nextDueOn} />
          </Labelled>
        </Stack>
        <Divider />
        <Box sx={{ my: 1 }}>
          {ASSESSMENT_DOMAINS.map((domain) => (
            <DomainRow key={domain} assessment={assessment} domain={domain} />
          ))}
        </Box>
        <Divider sx={{ mb: 1 }} />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Text label="resources.assessments.fields.strengths" text={assessment.strengths} />
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Text label="resources.assessments.fields.wishes" text={assessment.wishes} />
          </Box>
        </Stack>
      </CardContent>
    </Card>
  );
};
