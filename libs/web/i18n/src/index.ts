export { LOCALES, en, i18nProvider, ja } from './i18n-provider';
export { messageKeys } from './merge';
