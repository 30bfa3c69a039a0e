import { Skeleton, Stack, TableRow, type TableRowProps } from '@mui/material';
import type { ReactNode } from 'react';
import { useRedirect } from 'react-admin';

/** A card's title that names a count: a placeholder while the count loads, never a false 0件. */
export const CountTitle = ({ loading, children }: { loading: boolean; children: ReactNode }) =>
  loading ? <Skeleton variant="text" width={220} data-testid="count-loading" /> : <>{children}</>;

/** Placeholder rows while a list loads. */
export const RowsLoading = ({ rows = 3 }: { rows?: number }) => (
  <Stack spacing={0.5} data-testid="rows-loading">
    {Array.from({ length: rows }, (_, i) => (
      <Skeleton key={i} variant="rounded" height={28} />
    ))}
  </Stack>
);

/**
 * A table row that opens `to` wherever it is clicked (its first cell keeps a real link for the
 * keyboard and for opening in a new tab).
 */
export const LinkRow = ({ to, children, ...props }: { to: string; children: ReactNode } & TableRowProps) => {
  const redirect = useRedirect();
  return (
    <TableRow
      hover
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a, button')) return;
        redirect(to);
      }}
      sx={{ cursor: 'pointer' }}
      {...props}
    >
      {children}
    </TableRow>
  );
};
