import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Japanese first: system Japanese fonts before the Latin default. */
const FONT_STACK = [
  '"Noto Sans JP"',
  '"Noto Sans CJK JP"',
  '"Hiragino Sans"',
  '"Hiragino Kaku Gothic ProN"',
  '"Yu Gothic UI"',
  'Meiryo',
  'Roboto',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
};
