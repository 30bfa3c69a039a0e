import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, CircularProgress, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { RESOURCES } from '@tsunagu/contracts';
import { useTsunaguDataProvider } from '@tsunagu/web-data-access';
import { useState, type DragEvent } from 'react';
import { Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { TemplateButtons } from '../batches/TemplateButtons';
import { ACCEPTED, fileProblems } from './files';

/** The API refuses a file over its limit before reading it, with a bare 413 (no code to map). */
const TOO_LARGE = 413;

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * 新しく取り込む: choose (or drop) a workbook or up to three CSVs; they are read and checked on the
 * server (nothing is written yet) and the batch's dry run opens.
 */
export const ImportUpload = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useTsunaguDataProvider();
  const [files, setFiles] = useState<File[]>([]);
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState(false);
  const problems = fileProblems(files);

  const upload = async () => {
    setPending(true);
    try {
      const batch = await dataProvider.uploadImport(files);
      redirect('show', RESOURCES.imports, batch.id);
    } catch (error) {
      const status = (error as { status?: number }).status;
      notify(status === TOO_LARGE ? 'tsunagu.imports.upload.over_limit' : (error as Error).message || 'ra.notification.http_error', { type: 'error' });
      setPending(false);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    setFiles([...event.dataTransfer.files]);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="tsunagu.imports.upload.title" />
      <CardContent>
        <Typography variant="h6" component="h1" gutterBottom>
          {translate('tsunagu.imports.upload.title')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{translate('tsunagu.imports.upload.intro')}</Typography>
        <Box component="ul" sx={{ mt: 0, pl: 3, color: 'text.secondary' }}>
          <li>{translate('tsunagu.imports.upload.accepts_template')}</li>
          <li>{translate('tsunagu.imports.upload.accepts_csv')}</li>
          <li>{translate('tsunagu.imports.upload.accepts_size')}</li>
          <li>{translate('tsunagu.imports.upload.nothing_yet')}</li>
        </Box>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <TemplateButtons />
        </Stack>
        <Box
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          sx={{ border: 2, borderStyle: 'dashed', borderColor: dragging ? 'primary.main' : 'divider', borderRadius: 1, p: 3, textAlign: 'center' }}
        >
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {translate('tsunagu.imports.upload.drop')}
          </Typography>
          <Button variant="outlined" component="label" startIcon={<UploadFileIcon />}>
            {translate('tsunagu.imports.upload.choose')}
            <input
              hidden
              type="file"
              accept={ACCEPTED.join(',')}
              multiple
              data-testid="import-file-input"
              onChange={(e) => setFiles([...(e.target.files ?? [])])}
            />
          </Button>
        </Box>
        {files.length ? (
          <List dense aria-label={translate('tsunagu.imports.upload.chosen')}>
            {files.map((f) => (
              <ListItem key={f.name}>
                <ListItemText primary={f.name} secondary={sizeOf(f.size)} />
              </ListItem>
            ))}
          </List>
        ) : null}
        {problems.map((p) => (
          <Alert key={`${p.message}${String(p.args?.['name'] ?? '')}`} severity="error" sx={{ mt: 1 }}>
            {translate(p.message, p.args)}
          </Alert>
        ))}
        <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
          <Button variant="contained" disabled={!files.length || problems.length > 0 || pending} onClick={upload}>
            {translate('tsunagu.imports.upload.submit')}
          </Button>
          {pending ? (
            <>
              <CircularProgress size={20} />
              <Typography color="text.secondary">{translate('tsunagu.imports.upload.reading')}</Typography>
            </>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
