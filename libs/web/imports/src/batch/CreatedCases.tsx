import { Alert, List, ListItem, Pagination, Paper, Typography } from '@mui/material';
import { RESOURCES, type ImportBatchDto, type ImportRowDto } from '@tsunagu/contracts';
import { useState } from 'react';
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { CreatedCounts } from '../batches/batch-fields';

const PER_PAGE = 50;

/**
 * After the commit: what the batch created, and a link to each case it created (the case rows with
 * the outcome `create`, whose record is the new case). A voided batch says its records were voided.
 */
export const CreatedCases = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [page, setPage] = useState(1);
  const { data = [], total = 0 } = useGetList<ImportRowDto>(RESOURCES.importRows, {
    filter: { batchId: batch.id, sheet: 'cases', outcome: 'create' },
    pagination: { page, perPage: PER_PAGE },
    sort: { field: 'rowNumber', order: 'ASC' },
  });
  const voided = batch.status === 'voided';
  return (
    <Paper sx={{ p: 2 }} data-testid="import-summary">
      <Typography variant="subtitle1" component="h2">
        {translate(voided ? 'tsunagu.imports.summary.title_voided' : 'tsunagu.imports.summary.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>
        <CreatedCounts batch={batch} />
      </Typography>
      {voided ? <Alert severity="info">{translate('tsunagu.imports.summary.voided')}</Alert> : null}
      {!voided && data.length ? (
        <List dense aria-label={translate('tsunagu.imports.summary.cases')}>
          {data.map((row) =>
            row.recordId ? (
              <ListItem key={row.id} disableGutters>
                <Link to={createPath({ resource: RESOURCES.cases, id: row.recordId, type: 'show' })}>
                  {translate('tsunagu.imports.summary.case_link', { caseNumber: row.caseNumber ?? row.caseKey ?? '', name: String(row.values['clientName'] ?? '') })}
                </Link>
              </ListItem>
            ) : null,
          )}
        </List>
      ) : null}
      {!voided && total > PER_PAGE ? <Pagination count={Math.ceil(total / PER_PAGE)} page={page} onChange={(_, p) => setPage(p)} /> : null}
    </Paper>
  );
};
