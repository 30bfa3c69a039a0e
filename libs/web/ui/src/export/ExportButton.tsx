import DownloadIcon from '@mui/icons-material/Download';
import { CircularProgress } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useFilterContext,
  useListContext,
  useNotify,
  useResourceDefinition,
  useTranslate,
  type DataProvider,
} from 'react-admin';
import { saveFile } from './save-file';

/** A file the API sent for download. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** What a list shows, for the CSV of the same rows. */
export interface CsvQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: string };
}

/** The app's data provider downloads a list as the API's CSV (see web-data-access). */
export interface CsvExportingDataProvider extends DataProvider {
  exportCsv(resource: string, query: CsvQuery): Promise<DownloadedFile>;
}

export interface DownloadButtonProps {
  /** i18n key of the button's text. */
  label: string;
  /** Fetches the file; errors carry an i18n key as their message (web-data-access). */
  download: () => Promise<DownloadedFile>;
  disabled?: boolean;
}

/**
 * Downloads a file from the API and saves it. The API records each download in the audit log,
 * which the button's tooltip says.
 */
export const DownloadButton = ({ label, download, disabled }: DownloadButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const onClick = async () => {
    setPending(true);
    try {
      const file = await download();
      saveFile(file.blob, file.filename);
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'tsunagu.export.failed';
      notify(message, { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button
      label={label}
      onClick={onClick}
      disabled={disabled || pending}
      title={translate('tsunagu.export.audited')}
    >
      {pending ? <CircularProgress size={16} /> : <DownloadIcon />}
    </Button>
  );
};

export interface ExportCsvButtonProps extends CsvQuery {
  resource: string;
  label?: string;
  disabled?: boolean;
}

/**
 * CSV of a resource's rows for a filter and sort, as the API exports them (what the user may see,
 * at most one page of 1000, audited). Shown only to whoever may export the resource.
 */
export const ExportCsvButton = ({ resource, filter, sort, label = 'tsunagu.export.csv', disabled }: ExportCsvButtonProps) => {
  const dataProvider = useDataProvider<CsvExportingDataProvider>();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  if (!canAccess) return null;
  return <DownloadButton label={label} disabled={disabled} download={() => dataProvider.exportCsv(resource, { filter, sort })} />;
};

/**
 * The CSV of what the list in context shows: its filters (plus a list's permanent `filter`, which
 * the context does not carry) in its sort order.
 */
export const ListExportButton = ({ filter, label }: { filter?: Record<string, unknown>; label?: string }) => {
  const { resource, filterValues, sort, total } = useListContext();
  return (
    <ExportCsvButton
      resource={resource}
      filter={{ ...filterValues, ...filter }}
      sort={sort}
      label={label}
      disabled={total === 0}
    />
  );
};

/**
 * A list's toolbar: filters, create (where allowed) and the audited CSV export in place of
 * react-admin's export, which builds the file in the browser where the API cannot record it.
 */
export const ExportListActions = ({ filter }: { filter?: Record<string, unknown> }) => {
  const filters = useFilterContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters?.length ? <FilterButton /> : null}
      {hasCreate ? <CreateButton /> : null}
      <ListExportButton filter={filter} />
    </TopToolbar>
  );
};
