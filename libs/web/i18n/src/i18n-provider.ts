import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import japaneseMessages from '@bicstone/ra-language-japanese';
import type { TranslationMessages } from 'ra-core';
import { mergeMessages } from './merge';
import { tsunaguEn } from './messages.en';
import { tsunaguJa } from './messages.ja';

export const DEFAULT_LOCALE = 'ja';

/** The whole Japanese catalog: react-admin's strings, then ours. */
export const ja = mergeMessages<TranslationMessages>(japaneseMessages, tsunaguJa);
/** The whole English catalog: react-admin's strings, then ours. */
export const en = mergeMessages<TranslationMessages>(englishMessages, tsunaguEn);

export const LOCALES = [
  { locale: 'ja', name: '日本語' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : ja), DEFAULT_LOCALE, LOCALES);
