import { IMPORT_BATCH_STATUSES, type ImportBatchDto } from '@tsunagu/contracts';
import { DateTimeField, StaffName } from '@tsunagu/web-ui';
import { CreateButton, DataTable, List, SelectInput, TopToolbar } from 'react-admin';
import { CreatedCounts, ImportStatusChip } from './batch-fields';
import { TemplateButtons } from './TemplateButtons';

const STATUS_CHOICES = IMPORT_BATCH_STATUSES.map((status) => ({ id: status, name: `tsunagu.imports.status.${status}` }));

const ImportListActions = () => (
  <TopToolbar>
    <CreateButton label="tsunagu.imports.new" variant="contained" />
    <TemplateButtons />
  </TopToolbar>
);

/** データ取込: the center's imports, newest first, with who uploaded each, where it stands and what it created. */
export const ImportList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={[<SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />]}
    actions={<ImportListActions />}
    empty={false}
  >
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="createdAt">
        <DateTimeField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="fileName" disableSort />
      <DataTable.Col source="createdBy" disableSort render={(record: ImportBatchDto) => <StaffName id={record.createdBy} />} />
      <DataTable.Col source="status" disableSort>
        <ImportStatusChip />
      </DataTable.Col>
      <DataTable.Col source="counts" label="tsunagu.imports.created" disableSort>
        <CreatedCounts />
      </DataTable.Col>
    </DataTable>
  </List>
);
