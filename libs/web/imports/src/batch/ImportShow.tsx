import { Stack } from '@mui/material';
import type { ImportBatchDto } from '@tsunagu/contracts';
import { Show, TopToolbar, useRecordContext, WithRecord } from 'react-admin';
import { MappingPanel } from '../mapping/MappingPanel';
import { RowsPanel } from '../rows/RowsPanel';
import { BatchHeader } from './BatchHeader';
import { CommitBar } from './CommitBar';
import { CreatedCases } from './CreatedCases';
import { VoidImportButton } from './VoidImportButton';

const BatchActions = () => {
  const batch = useRecordContext<ImportBatchDto>();
  return <TopToolbar>{batch ? <VoidImportButton batch={batch} /> : null}</TopToolbar>;
};

/**
 * One import: a draft shows the dry run to settle (mapping, rows to decide on, 確定); a committed
 * batch shows what it created, with links to the new cases, and can be voided. A discarded draft
 * keeps only who dropped it and why (its rows are gone).
 */
const BatchPage = ({ batch }: { batch: ImportBatchDto }) => (
  <Stack spacing={2} sx={{ mt: 1, minWidth: 0 }}>
    <BatchHeader batch={batch} />
    {batch.status === 'draft' ? <CommitBar batch={batch} /> : null}
    {batch.status === 'committed' || batch.status === 'voided' ? <CreatedCases batch={batch} /> : null}
    {batch.status === 'draft' ? <MappingPanel batch={batch} /> : null}
    {batch.status !== 'discarded' ? <RowsPanel batch={batch} /> : null}
  </Stack>
);

export const ImportShow = () => (
  // The card may shrink below its tables' width (they scroll inside their own box): no sideways page scroll on a tablet.
  <Show actions={<BatchActions />} component="div" sx={{ '& .RaShow-card': { minWidth: 0 } }}>
    <WithRecord<ImportBatchDto> render={(batch) => <BatchPage batch={batch} />} />
  </Show>
);
