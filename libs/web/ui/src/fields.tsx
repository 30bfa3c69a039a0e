import { Chip, type ChipProps } from '@mui/material';
import { DateField, FunctionField, useLocaleState, useRecordContext, useTranslate, type DateFieldProps } from 'react-admin';
import { formatDay } from './dates';

/** A timestamp in Japan time (docs/domain.md, rule 7), formatted for the current locale. */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return (
    <DateField
      showTime
      locales={locale === 'en' ? 'en-GB' : 'ja-JP'}
      options={{ timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }}
      {...props}
    />
  );
};

/** A calendar day (YYYY-MM-DD) as stored: never shifted by the browser's time zone. */
export const DayField = ({ source, emptyText = '—', label }: { source: string; emptyText?: string; label?: string }) => {
  const [locale = 'ja'] = useLocaleState();
  return (
    <FunctionField
      source={source}
      label={label}
      render={(record: Record<string, unknown>) => {
        const value = record?.[source];
        return typeof value === 'string' && value ? formatDay(value, locale) : emptyText;
      }}
    />
  );
};

type ChipColor = NonNullable<ChipProps['color']>;

export interface EnumChipProps {
  /** The field holding the value, read from the record in context. */
  source?: string;
  /** Or the value itself. */
  value?: string | null;
  /** i18n prefix: the label is `<prefix>.<value>`. */
  prefix: string;
  colors?: Partial<Record<string, ChipColor>>;
  variant?: ChipProps['variant'];
  label?: string;
}

/** A value of a contracts enum as a small coloured chip with its translated label. */
export const EnumChip = ({ source, value, prefix, colors = {}, variant = 'filled' }: EnumChipProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const v = value !== undefined ? value : source ? (record?.[source] as string | null | undefined) : undefined;
  if (!v) return null;
  return <Chip size="small" variant={variant} color={colors[v] ?? 'default'} label={translate(`${prefix}.${v}`, { _: v })} />;
};
