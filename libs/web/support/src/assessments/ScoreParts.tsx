import { Box, Chip, Typography } from '@mui/material';
import { ASSESSMENT_SCORE_MAX } from '@tsunagu/contracts';
import { useTranslate } from 'react-admin';
import { changeMark, dueState } from './assessment-logic';

const DOTS = Array.from({ length: ASSESSMENT_SCORE_MAX }, (_, i) => i + 1);

/** A score as five dots filled up to it, with the number; 不明 when unknown. */
export const ScoreDots = ({ score }: { score: number | null }) => {
  const translate = useTranslate();
  if (score === null) {
    return (
      <Typography variant="body2" color="text.secondary" component="span" data-testid="score">
        {translate('tsunagu.assessments.unknown')}
      </Typography>
    );
  }
  return (
    <Box
      component="span"
      data-testid="score"
      role="img"
      aria-label={translate('tsunagu.assessments.score_of', { score })}
      title={translate(`tsunagu.assessments.scores.${score}`)}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}
    >
      {DOTS.map((dot) => (
        <Box
          key={dot}
          component="span"
          sx={{ width: 10, height: 10, borderRadius: '50%', border: 1, borderColor: 'primary.main', bgcolor: dot <= score ? 'primary.main' : 'transparent' }}
        />
      ))}
      <Typography variant="body2" component="span" sx={{ ml: 0.5, fontWeight: 700 }}>
        {score}
      </Typography>
    </Box>
  );
};

const TONE_COLOR = { up: 'success.main', down: 'error.main', same: 'text.secondary', none: 'text.secondary' } as const;

/** The change since the assessment before: ▲+2 in green, ▼-1 in red, ±0, or —. */
export const ChangeMarkText = ({ change }: { change: number | null | undefined }) => {
  const translate = useTranslate();
  const mark = changeMark(change);
  return (
    <Typography
      variant="body2"
      component="span"
      data-testid="change"
      title={translate('tsunagu.assessments.change')}
      sx={{ color: TONE_COLOR[mark.tone], fontWeight: mark.tone === 'up' || mark.tone === 'down' ? 700 : 400, whiteSpace: 'nowrap' }}
    >
      {mark.text}
    </Typography>
  );
};

/** 見直し期限を過ぎています / 見直しまで30日以内, or nothing while the review is further off. */
export const DueChip = ({ nextDueOn, today }: { nextDueOn: string | null; today?: string }) => {
  const translate = useTranslate();
  const state = dueState(nextDueOn, today);
  if (!state) return null;
  return (
    <Chip
      size="small"
      data-testid="due-chip"
      color={state === 'overdue' ? 'error' : 'warning'}
      label={translate(state === 'overdue' ? 'tsunagu.assessments.overdue' : 'tsunagu.assessments.due_soon')}
    />
  );
};
