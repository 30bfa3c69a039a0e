import { Alert, Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { IMPORT_COLUMNS, IMPORT_SHEETS, type ImportSheet } from '@tsunagu/contracts';
import { useTranslate } from 'react-admin';
import { missingColumns, withField, withSheet, type SheetMapping } from './mapping';

/** The value of the select for a header that is not imported (a select cannot hold null). */
const NONE = '';

export interface SheetMappingFieldsProps {
  mapping: SheetMapping;
  onChange(mapping: SheetMapping): void;
}

/**
 * One sheet of the file in the mapping step: which kind of rows it holds, and for each of its
 * headers the column it fills (by the template's Japanese header), or 「取り込まない」.
 */
export const SheetMappingFields = ({ mapping, onChange }: SheetMappingFieldsProps) => {
  const translate = useTranslate();
  const columns = IMPORT_COLUMNS[mapping.sheet];
  const missing = missingColumns(mapping);
  return (
    <Box component="section" data-testid={`mapping-${mapping.sheet}`} sx={{ mb: 3 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          {translate('tsunagu.imports.mapping.source', { source: mapping.source })}
        </Typography>
        <TextField
          select
          size="small"
          label={translate('tsunagu.imports.mapping.holds')}
          value={mapping.sheet}
          onChange={(e) => onChange(withSheet(mapping, e.target.value as ImportSheet))}
          sx={{ minWidth: 160 }}
        >
          {IMPORT_SHEETS.map((s) => (
            <MenuItem key={s} value={s}>
              {translate(`tsunagu.imports.sheets.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {missing.length ? (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('tsunagu.imports.mapping.missing', { columns: missing.join('、') })}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
        {mapping.headers.map((h, i) => {
          const column = columns.find((c) => c.field === h.field);
          return (
            <TextField
              key={`${i}-${h.header}`}
              select
              size="small"
              label={h.header || translate('tsunagu.imports.mapping.blank_header', { n: i + 1 })}
              value={h.field ?? NONE}
              onChange={(e) => onChange({ ...mapping, headers: withField(mapping.headers, i, e.target.value || null) })}
              helperText={column?.help ?? translate('tsunagu.imports.mapping.not_imported_hint')}
            >
              <MenuItem value={NONE}>{translate('tsunagu.imports.mapping.not_imported')}</MenuItem>
              {columns.map((c) => (
                <MenuItem key={c.field} value={c.field}>
                  {c.required ? translate('tsunagu.imports.mapping.required', { header: c.header }) : c.header}
                </MenuItem>
              ))}
            </TextField>
          );
        })}
      </Box>
    </Box>
  );
};
