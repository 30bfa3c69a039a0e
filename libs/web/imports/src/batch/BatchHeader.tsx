import { Paper, Stack, Typography } from '@mui/material';
import type { ImportBatchDto } from '@tsunagu/contracts';
import { formatDateTime, StaffName } from '@tsunagu/web-ui';
import { useLocaleState, useTranslate } from 'react-admin';
import { ImportStatusChip } from '../batches/batch-fields';
import { CountsTable } from './CountsTable';

/** Who did something to the batch and when: 「アップロード: 監督 一郎 2026/11/27 10:00」. */
const Step = ({ label, by, at }: { label: string; by: string | null; at: string | null }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  if (!at) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(label)}: <StaffName id={by} /> {formatDateTime(at, locale)}
    </Typography>
  );
};

/** The batch at a glance: its file, where it stands, who uploaded, committed or voided it (and why), and its rows by outcome. */
export const BatchHeader = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const voided = batch.status === 'voided' || batch.status === 'discarded';
  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h6" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {batch.fileName}
        </Typography>
        <ImportStatusChip batch={batch} />
      </Stack>
      <Step label="tsunagu.imports.batch.uploaded" by={batch.createdBy} at={batch.createdAt} />
      <Step label="tsunagu.imports.batch.committed" by={batch.committedBy} at={batch.committedAt} />
      {voided ? <Step label={`tsunagu.imports.batch.${batch.status}`} by={batch.voidedBy} at={batch.voidedAt} /> : null}
      {voided && batch.voidReason ? (
        <Typography variant="body2" color="text.secondary">
          {translate('tsunagu.common.reason')}: {batch.voidReason}
        </Typography>
      ) : null}
      {batch.status !== 'discarded' ? <CountsTable batch={batch} /> : null}
    </Paper>
  );
};
