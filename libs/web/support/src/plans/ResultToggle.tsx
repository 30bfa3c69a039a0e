import { FormHelperText, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { GOAL_RESULTS, type GoalResult } from '@tsunagu/contracts';
import { enumKey } from '@tsunagu/web-ui';
import { InputHelperText, required, useInput, useTranslate } from 'react-admin';

const resultRequired = required('tsunagu.plans.result_required');

/** How a goal stands: one of four buttons, big enough for a finger; every goal needs one. */
export const ResultToggle = ({ source, label }: { source: string; label: string }) => {
  const translate = useTranslate();
  const { field, fieldState, isRequired } = useInput<GoalResult | null>({ source, validate: resultRequired });
  const error = fieldState.invalid ? fieldState.error?.message : undefined;
  return (
    <>
      <ToggleButtonGroup
        exclusive
        color="primary"
        value={field.value ?? null}
        onChange={(_e, value: GoalResult | null) => field.onChange(value)}
        aria-label={label}
        aria-required={isRequired || undefined}
        sx={{ flexWrap: 'wrap' }}
      >
        {GOAL_RESULTS.map((r) => (
          <ToggleButton key={r} value={r} sx={{ minHeight: 44, px: 2 }}>
            {translate(enumKey('goal_result', r))}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {error ? (
        <FormHelperText error>
          <InputHelperText error={error} />
        </FormHelperText>
      ) : null}
    </>
  );
};
