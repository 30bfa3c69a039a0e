export { DEFAULT_LOCALE, LOCALES, en, i18nProvider, ja } from './i18n-provider';
export { messageKeys } from './merge';
export type { TsunaguMessages } from './messages.ja';
