import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { IMPORT_ROW_OUTCOMES, type ImportBatchDto } from '@tsunagu/contracts';
import { useTranslate } from 'react-admin';

/** Colours of the counts that need attention. */
const ATTENTION = { error: 'error.main', undecided: 'warning.dark' } as const;

/** The dry run in numbers: for each sheet of the file, its rows by outcome. */
export const CountsTable = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('tsunagu.imports.batch.counts')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('tsunagu.imports.batch.sheet')}</TableCell>
            <TableCell align="right">{translate('tsunagu.imports.batch.rows')}</TableCell>
            {IMPORT_ROW_OUTCOMES.map((o) => (
              <TableCell key={o} align="right">
                {translate(`tsunagu.imports.outcomes.${o}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {batch.sheets.map((s) => (
            <TableRow key={s.source} data-sheet={s.sheet}>
              <TableCell component="th" scope="row">
                {translate(`tsunagu.imports.sheets.${s.sheet}`)}
              </TableCell>
              <TableCell align="right">{s.rows}</TableCell>
              {IMPORT_ROW_OUTCOMES.map((o) => {
                const n = batch.counts[s.sheet][o];
                const color = o === 'error' || o === 'undecided' ? ATTENTION[o] : undefined;
                return (
                  <TableCell key={o} align="right" sx={{ color: n ? color : undefined, fontWeight: n && color ? 'bold' : undefined }} data-outcome={o}>
                    {n}
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
