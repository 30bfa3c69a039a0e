import { Box, Tab, Tabs, ToggleButton, ToggleButtonGroup } from '@mui/material';
import type { ImportBatchDto } from '@tsunagu/contracts';
import { useListContext, useTranslate } from 'react-admin';
import { ROW_VIEWS, rowFilter, viewCount, viewOf, type RowView, type SheetChoice } from './row-view';

/**
 * The dry run's filters: one tab per sheet of the file (with every sheet first, when there are
 * several) and the views すべて / エラー / 重複の可能性 / 取り込む / スキップ / 取込済み, with their counts.
 */
export const RowFilters = ({ batch }: { batch: ImportBatchDto }) => {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const { sheet, view } = viewOf(filterValues);
  const show = (next: { sheet?: SheetChoice; view?: RowView }) => setFilters(rowFilter(next.sheet ?? sheet, next.view ?? view), {}, false);
  const inView = sheet === 'all' ? batch.sheets.map((s) => s.sheet) : [sheet];
  const counted = (label: string, n: number | undefined) => (n === undefined ? label : translate('tsunagu.imports.rows.counted', { label, n }));
  return (
    <Box sx={{ px: 2, pt: 1 }}>
      {batch.sheets.length > 1 ? (
        <Tabs value={sheet} onChange={(_, value: SheetChoice) => show({ sheet: value })} variant="scrollable" allowScrollButtonsMobile>
          <Tab value="all" label={translate('tsunagu.imports.rows.all_sheets')} />
          {batch.sheets.map((s) => (
            <Tab key={s.sheet} value={s.sheet} label={counted(translate(`tsunagu.imports.sheets.${s.sheet}`), s.rows)} />
          ))}
        </Tabs>
      ) : null}
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_, value: RowView | null) => value && show({ view: value })}
        aria-label={translate('tsunagu.imports.rows.filter')}
        sx={{ flexWrap: 'wrap', my: 1 }}
      >
        {ROW_VIEWS.map((v) => (
          <ToggleButton key={v} value={v}>
            {counted(translate(`tsunagu.imports.views.${v}`), viewCount(batch.counts, inView, v))}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Box>
  );
};
