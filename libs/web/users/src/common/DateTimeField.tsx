import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A timestamp in Japan time (DOMAIN.md rule 7), formatted for the current locale. */
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
