import { Alert, AlertTitle, Box, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { CaseDuplicateDto } from '@tsunagu/contracts';
import { useApiQuery, type DuplicateQuery } from '@tsunagu/web-data-access';
import { useDebouncedValue } from '@tsunagu/web-ui';
import { FormDataConsumer, Link, maxLength, TextInput, useTranslate } from 'react-admin';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the duplicate check asks with, from the form so far; null when there is nothing to ask yet. */
export function duplicateQueryOf(values: { clientName?: unknown; clientNameKana?: unknown; birthDate?: unknown }): DuplicateQuery | null {
  const name = typeof values.clientName === 'string' ? values.clientName.trim() : '';
  const kana = typeof values.clientNameKana === 'string' ? values.clientNameKana.trim() : '';
  if (!name && !kana) return null;
  const birthDate = typeof values.birthDate === 'string' && DATE.test(values.birthDate) ? values.birthDate : undefined;
  return { ...(name ? { name } : {}), ...(kana ? { kana } : {}), ...(birthDate ? { birthDate } : {}) };
}

/**
 * Possible duplicates in the whole center, shown while the name, kana and birth date are typed,
 * before the case is saved. Limited fields only: case number, initials, birth year and lead.
 */
export const DuplicatePanel = ({ query, askReason = false }: { query: DuplicateQuery | null; askReason?: boolean }) => {
  const translate = useTranslate();
  const settled = useDebouncedValue(query, 400);
  const key = settled ? JSON.stringify(settled) : null;
  const { data, isPending } = useApiQuery<CaseDuplicateDto[]>(key, (dp) => dp.findDuplicates(settled as DuplicateQuery));
  if (!query) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate('tsunagu.cases.duplicates.hint')}
      </Typography>
    );
  }
  return (
    <Box sx={{ my: 1, width: '100%' }} aria-live="polite" data-testid="duplicate-check">
      {isPending ? <LinearProgress aria-label={translate('tsunagu.cases.duplicates.checking')} /> : null}
      {!isPending && data && data.length === 0 ? (
        <Alert severity="success" variant="outlined">
          {translate('tsunagu.cases.duplicates.none')}
        </Alert>
      ) : null}
      {data && data.length > 0 ? (
        <Alert severity="warning">
          <AlertTitle>{translate('tsunagu.cases.duplicates.found', { smart_count: data.length })}</AlertTitle>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('tsunagu.cases.duplicates.advice')}
          </Typography>
          <Table size="small" aria-label={translate('tsunagu.cases.duplicates.table')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.cases.fields.caseNumber')}</TableCell>
                <TableCell>{translate('tsunagu.cases.duplicates.initials')}</TableCell>
                <TableCell>{translate('resources.cases.fields.birthYear')}</TableCell>
                <TableCell>{translate('resources.cases.fields.leadCoordinatorId')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((d) => (
                <TableRow key={d.caseNumber}>
                  <TableCell>
                    {d.id ? (
                      <Link to={`/cases/${d.id}/show`}>{d.caseNumber}</Link>
                    ) : (
                      <>
                        {d.caseNumber}
                        <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
                          {translate('tsunagu.cases.duplicates.ask_lead')}
                        </Typography>
                      </>
                    )}
                  </TableCell>
                  <TableCell>{d.initials}</TableCell>
                  <TableCell>{d.birthYear ?? '—'}</TableCell>
                  <TableCell>{d.leadCoordinatorName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {askReason ? (
            <TextInput
              source="duplicateReason"
              label="tsunagu.cases.duplicates.reason"
              helperText="tsunagu.cases.duplicates.reason_hint"
              fullWidth
              validate={maxLength(500)}
              sx={{ mt: 1, bgcolor: 'background.paper' }}
            />
          ) : null}
        </Alert>
      ) : null}
    </Box>
  );
};

/**
 * The duplicate check inside the case form: follows what is typed. When it finds a possible
 * duplicate, registering the case anyway takes a reason (the API refuses it without one).
 */
export const DuplicateCheck = () => (
  <FormDataConsumer<{ clientName?: string; clientNameKana?: string; birthDate?: string }>>
    {({ formData }) => <DuplicatePanel query={duplicateQueryOf(formData)} askReason />}
  </FormDataConsumer>
);
