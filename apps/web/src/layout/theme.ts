import type { Theme } from '@mui/material';
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

/** Below md (900 px, a tablet held either way) a finger must hit what a mouse pointer could. */
const TOUCH_TARGET = 44;
const onTablet = (theme: Theme, style: Record<string, unknown>) => ({ [theme.breakpoints.down('md')]: style });

export const theme: RaThemeOptions = {
  ...defaultTheme,
  typography: { ...defaultTheme.typography, fontFamily: FONT_STACK },
  components: {
    ...defaultTheme.components,
    // The page never scrolls sideways: react-admin's layout lets wide content widen it (fit-content).
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    // A wide table scrolls inside its card instead (on desktops it keeps its sticky header).
    RaDataTable: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ [theme.breakpoints.down('lg')]: { '& .RaDataTable-tableWrapper': { overflowX: 'auto' } } }) },
    },
    MuiButton: { styleOverrides: { root: ({ theme }: { theme: Theme }) => onTablet(theme, { minHeight: TOUCH_TARGET }) } },
    MuiIconButton: { styleOverrides: { root: ({ theme }: { theme: Theme }) => onTablet(theme, { minWidth: TOUCH_TARGET, minHeight: TOUCH_TARGET }) } },
    MuiToggleButton: { styleOverrides: { root: ({ theme }: { theme: Theme }) => onTablet(theme, { minHeight: TOUCH_TARGET }) } },
    MuiMenuItem: { styleOverrides: { root: ({ theme }: { theme: Theme }) => onTablet(theme, { minHeight: TOUCH_TARGET }) } },
  },
};
