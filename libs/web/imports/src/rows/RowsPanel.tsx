import { Paper, Stack, Typography } from '@mui/material';
import { RESOURCES, type ImportBatchDto } from '@tsunagu/contracts';
import { DataTable, ListBase, Pagination, useTranslate } from 'react-admin';
import { OutcomeChip, RowChecks, RowPlace, RowValues } from './RowCells';
import { RowDecision } from './RowDecision';
import { RowFilters } from './RowFilters';

/**
 * 確認（ドライラン）: every row of the file as the API read and checked it, by sheet and outcome, a page
 * at a time; on a draft, with the decision buttons. The filters live on this page only (not in the
 * address or the store): the batch id is the list's permanent filter.
 */
export const RowsPanel = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const editable = batch.status === 'draft';
  return (
    <Paper data-testid="import-rows">
      <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 2 }}>
        {translate(editable ? 'tsunagu.imports.rows.title' : 'tsunagu.imports.rows.title_done')}
      </Typography>
      <ListBase
        resource={RESOURCES.importRows}
        filter={{ batchId: batch.id }}
        sort={{ field: 'rowNumber', order: 'ASC' }}
        perPage={25}
        disableSyncWithLocation
        storeKey={false}
      >
        <RowFilters batch={batch} />
        <DataTable bulkActionButtons={false} rowClick={false} sx={{ '& td': { verticalAlign: 'top' }, '& .column-rowNumber, & .column-caseKey, & .column-outcome': { whiteSpace: 'nowrap' } }}>
          <DataTable.Col source="rowNumber">
            <RowPlace />
          </DataTable.Col>
          <DataTable.Col source="caseKey" disableSort />
          <DataTable.Col source="values" disableSort>
            <RowValues />
          </DataTable.Col>
          <DataTable.Col source="problems" disableSort>
            <RowChecks />
          </DataTable.Col>
          <DataTable.Col source="outcome" disableSort>
            {/* The decision sits under the outcome it changes: on a tablet the column stays in view. */}
            <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
              <OutcomeChip />
              {editable ? <RowDecision /> : null}
            </Stack>
          </DataTable.Col>
        </DataTable>
        <Pagination rowsPerPageOptions={[25, 50, 100]} />
      </ListBase>
    </Paper>
  );
};
