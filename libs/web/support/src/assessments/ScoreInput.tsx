import { FormHelperText, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { ASSESSMENT_SCORE_MAX, ASSESSMENT_SCORE_MIN } from '@tsunagu/contracts';
import { useInput, useTranslate } from 'react-admin';

const SCORES = Array.from({ length: ASSESSMENT_SCORE_MAX - ASSESSMENT_SCORE_MIN + 1 }, (_, i) => ASSESSMENT_SCORE_MIN + i);
const UNKNOWN = 'unknown';

/** Big enough for a finger on a tablet. */
const TARGET = { minWidth: 44, minHeight: 44 };

/** A domain's score as six buttons: 1 (serious difficulty) to 5 (stable), and 不明 (null). */
export const ScoreInput = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source });
  const value = typeof field.value === 'number' ? String(field.value) : UNKNOWN;
  return (
    <div>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={value}
        aria-label={label}
        onChange={(_, next: string | null) => {
          if (next !== null) field.onChange(next === UNKNOWN ? null : Number(next));
        }}
        onBlur={field.onBlur}
      >
        {SCORES.map((score) => (
          <ToggleButton key={score} value={String(score)} sx={TARGET} title={translate(`tsunagu.assessments.scores.${score}`)}>
            {score}
          </ToggleButton>
        ))}
        <ToggleButton value={UNKNOWN} sx={{ ...TARGET, px: 1.5 }}>
          {translate('tsunagu.assessments.unknown')}
        </ToggleButton>
      </ToggleButtonGroup>
      {fieldState.error?.message ? <FormHelperText error>{translate(fieldState.error.message)}</FormHelperText> : null}
    </div>
  );
};
