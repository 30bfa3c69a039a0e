import TableViewIcon from '@mui/icons-material/TableView';
import { Box, Popover, Stack } from '@mui/material';
import { IMPORT_SHEETS, RESOURCES, type ActionOf } from '@tsunagu/contracts';
import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { DownloadButton } from '@tsunagu/web-ui';
import { useState } from 'react';
import { Button, useCanAccess } from 'react-admin';

const TEMPLATE: ActionOf<typeof RESOURCES.imports> = 'template';

/**
 * The template to fill in: the Excel workbook (three sheets, headers with notes and drop-down
 * lists), or one sheet's header row as CSV. Downloaded with the bearer token through the data
 * provider, as the API audits it.
 */
export const TemplateButtons = () => {
  const dataProvider = useTsunaguDataProvider();
  const { canAccess } = useCanAccess({ resource: RESOURCES.imports, action: TEMPLATE });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  if (!canAccess) return null;
  return (
    // 「Excel」 as written, not upper-cased as buttons are.
    <Box sx={{ display: 'contents', '& .MuiButton-root': { textTransform: 'none' } }}>
      <DownloadButton label="tsunagu.imports.template.xlsx" download={() => dataProvider.importTemplate({ format: 'xlsx' })} />
      <Button label="tsunagu.imports.template.csv" onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="true">
        <TableViewIcon />
      </Button>
      <Popover open={!!anchor} anchorEl={anchor} onClose={() => setAnchor(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Stack sx={{ p: 1, alignItems: 'flex-start' }}>
          {IMPORT_SHEETS.map((sheet) => (
            <DownloadButton
              key={sheet}
              label={`tsunagu.imports.template.csv_${sheet}`}
              download={() => dataProvider.importTemplate({ format: 'csv', sheet })}
            />
          ))}
        </Stack>
      </Popover>
    </Box>
  );
};
