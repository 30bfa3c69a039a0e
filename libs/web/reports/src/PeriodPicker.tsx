import { Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { fiscalYear, japaneseFiscalYear } from '@tsunagu/contracts';
import { formatDay } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';
import { fiscalYearOf, isValidPeriod, PERIOD_SHORTCUTS, periodOf, type PeriodChoice, type PeriodShortcut } from './period';

export interface PeriodPickerProps {
  choice: PeriodChoice;
  onChange: (choice: PeriodChoice) => void;
  /** Today in Japan (YYYY-MM-DD). */
  today: string;
}

/**
 * 集計期間: one click for this month, last month, this or last fiscal year (April–March), or two
 * dates. The period in effect is always spelled out beside the choice.
 */
export const PeriodPicker = ({ choice, onChange, today }: PeriodPickerProps) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const period = periodOf(choice, today);
  const valid = isValidPeriod(period);
  const fy = valid ? fiscalYearOf(period) : null;
  const range = valid ? translate('tsunagu.reports.period.range', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) }) : '';
  const note =
    fy !== null
      ? translate('tsunagu.reports.period.fiscal_year', { year: fy, era: japaneseFiscalYear(fy) })
      : choice.shortcut === 'this_fiscal_year'
        ? translate('tsunagu.reports.period.fiscal_year_so_far', { year: fiscalYear(period.from), era: japaneseFiscalYear(fiscalYear(period.from)) })
        : choice.shortcut === 'this_month'
          ? translate('tsunagu.reports.period.until_today')
          : null;
  const setDate = (field: 'from' | 'to', value: string) => onChange({ shortcut: 'custom', ...period, [field]: value });
  return (
    <Stack spacing={1.5} component="section" aria-label={translate('tsunagu.reports.period.title')}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          color="primary"
          value={choice.shortcut}
          aria-label={translate('tsunagu.reports.period.title')}
          onChange={(_, value: PeriodShortcut | 'custom' | null) => {
            if (!value || value === choice.shortcut) return;
            onChange(value === 'custom' ? { shortcut: 'custom', ...period } : { shortcut: value });
          }}
          sx={{ flexWrap: 'wrap' }}
        >
          {PERIOD_SHORTCUTS.map((s) => (
            <ToggleButton key={s} value={s}>
              {translate(`tsunagu.reports.period.${s}`)}
            </ToggleButton>
          ))}
          <ToggleButton value="custom">{translate('tsunagu.reports.period.custom')}</ToggleButton>
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            type="date"
            size="small"
            label={translate('tsunagu.reports.period.from')}
            value={period.from}
            onChange={(e) => setDate('from', e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: period.to || undefined, 'data-testid': 'period-from' } }}
          />
          <Typography aria-hidden>{translate('tsunagu.reports.period.between')}</Typography>
          <TextField
            type="date"
            size="small"
            label={translate('tsunagu.reports.period.to')}
            value={period.to}
            onChange={(e) => setDate('to', e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: period.from || undefined, 'data-testid': 'period-to' } }}
          />
        </Stack>
      </Stack>
      {valid ? (
        <Typography variant="subtitle1" component="p" data-testid="period-in-effect">
          {note ? translate('tsunagu.reports.period.range_note', { range, note }) : range}
        </Typography>
      ) : (
        <Typography role="alert" color="error">
          {translate('tsunagu.reports.period.invalid')}
        </Typography>
      )}
    </Stack>
  );
};
