import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Accordion, AccordionDetails, AccordionSummary, Button, Stack, Typography } from '@mui/material';
import { RESOURCES, type ImportBatchDto } from '@tsunagu/contracts';
import { useState } from 'react';
import { useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { isChanged, missingColumns, type SheetMapping } from './mapping';
import { SheetMappingFields } from './SheetMappingFields';

const mappingOf = (batch: ImportBatchDto): SheetMapping[] => batch.sheets.map(({ source, sheet, headers }) => ({ source, sheet, headers }));

/**
 * 列の対応づけ: the columns each sheet's headers fill, as the API recognised them; unknown headers are
 * mapped here. Saving sends the whole batch with the new mapping (PUT) and the API checks every row
 * again. Open from the start when a header is unknown or a required column is missing.
 */
export const MappingPanel = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate<ImportBatchDto>();
  const saved = mappingOf(batch);
  const [sheets, setSheets] = useState(saved);
  const needsWork = saved.some((s) => missingColumns(s).length > 0 || s.headers.some((h) => h.header && !h.field));
  const changed = isChanged(sheets, saved);

  const save = () =>
    update(
      RESOURCES.imports,
      { id: batch.id, data: { ...batch, sheets: batch.sheets.map((s, i) => ({ ...s, ...sheets[i] })) }, previousData: batch },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('tsunagu.imports.mapping.saved', { type: 'success' });
          // The rows' outcomes changed with the mapping.
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  return (
    <Accordion defaultExpanded={needsWork} disableGutters>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="import-mapping" id="import-mapping-header">
        <Typography variant="subtitle1" component="h2">
          {translate('tsunagu.imports.mapping.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails id="import-mapping">
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('tsunagu.imports.mapping.hint')}
        </Typography>
        {sheets.map((mapping, i) => (
          <SheetMappingFields key={mapping.source} mapping={mapping} onChange={(next) => setSheets(sheets.map((s, j) => (j === i ? next : s)))} />
        ))}
        <Stack direction="row" spacing={1}>
          <Button variant="contained" disabled={!changed || isPending} onClick={save}>
            {translate('tsunagu.imports.mapping.save')}
          </Button>
          <Button disabled={!changed || isPending} onClick={() => setSheets(saved)}>
            {translate('tsunagu.imports.mapping.reset')}
          </Button>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
};
