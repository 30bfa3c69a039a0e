import { Box, GlobalStyles, Typography } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * A4 on paper: the page margins, and nothing of the app around a printed document (app bar, menu,
 * the page's own controls marked `data-print="hide"`). Mount it only while the document is on screen.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4', margin: '12mm 12mm 14mm' },
      '@media print': {
        'html, body': { background: '#fff !important' },
        '.MuiAppBar-root, .MuiDrawer-root, [data-print="hide"]': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '[data-print="sheet"]': { boxShadow: 'none !important', padding: '0 !important', maxWidth: 'none !important', margin: '0 !important' },
      },
    }}
  />
);

/** Thin rules and small type: a table that reads on paper as well as on screen. */
export const PRINT_TABLE_SX = {
  width: '100%',
  borderCollapse: 'collapse',
  fontSize: '0.8rem',
  '& th, & td': { border: '1px solid #999', px: 0.75, py: 0.5, textAlign: 'left', verticalAlign: 'top' },
  '& thead th': { bgcolor: '#eee', fontWeight: 600, whiteSpace: 'nowrap' },
  '& tbody th': { bgcolor: '#f5f5f5', width: '28%' },
  '& tr': { breakInside: 'avoid' },
} as const;

/** A section of a printed document, its heading kept with what follows. */
export const PrintSection = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" sx={{ mt: 2, breakInside: 'auto' }}>
    <Typography component="h2" sx={{ fontSize: '0.95rem', fontWeight: 700, borderLeft: '4px solid #555', pl: 1, mb: 0.75, breakAfter: 'avoid' }}>
      {title}
    </Typography>
    {children}
  </Box>
);
