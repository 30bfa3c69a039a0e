import {
  Button,
  Chip,
  LinearProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { enumGroupOf, isAuthor, isAuthorOrSupervisor, RESOURCES, type ContactCorrectionDto, type InterviewDto, type OutreachVisitDto, type TimelineEntryDto } from '@tsunagu/contracts';
import { enumKey, formatDateTime, formatDay, StaffName, useMe } from '@tsunagu/web-ui';
import { useState } from 'react';
import {
  DateInput,
  EditBase,
  Form,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  required,
  SaveButton,
  TextInput,
  useGetList,
  useEditContext,
  useGetOne,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';

type Correctable = typeof RESOURCES.interviews | typeof RESOURCES.outreachVisits;
type ContactRecordDto = InterviewDto | OutreachVisitDto;

/** The resource behind a timeline entry that its author (or a supervisor) corrects. */
export const CORRECTABLE: Partial<Record<TimelineEntryDto['kind'], Correctable>> = {
  interview: RESOURCES.interviews,
  outreach_visit: RESOURCES.outreachVisits,
};

/** One value of a correction as a person reads it: labels for codes, Japan time for instants. */
function useShowValue(resource: Correctable) {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) return '—';
    const group = enumGroupOf(resource, field);
    if (group) return ([] as unknown[]).concat(value).map((v) => translate(enumKey(group, String(v)), { _: String(v) })).join('・');
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, locale);
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, locale);
    if (Array.isArray(value)) return translate('tsunagu.contacts.corrections.items', { smart_count: value.length });
    return String(value);
  };
}

const CorrectionRows = ({ resource, correction }: { resource: Correctable; correction: ContactCorrectionDto }) => {
  const translate = useTranslate();
  const show = useShowValue(resource);
  return (
    <>
      {correction.changes.map((c) => (
        <TableRow key={c.field}>
          <TableCell>{translate(`resources.${resource}.fields.${c.field}`, { _: c.field })}</TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap', color: 'text.secondary' }}>
            {c.field === 'confidentialNote' && c.from === null && c.to === null ? translate('tsunagu.contacts.corrections.note_hidden') : show(c.field, c.from)}
          </TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{c.field === 'confidentialNote' && c.from === null && c.to === null ? '' : show(c.field, c.to)}</TableCell>
        </TableRow>
      ))}
    </>
  );
};

/** 修正あり: opens the record's history of corrections, who and when, each field's old and new value. */
export const CorrectionHistory = ({ resource, id }: { resource: Correctable; id: string }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const [open, setOpen] = useState(false);
  const { data } = useGetOne<ContactRecordDto>(resource, { id }, { enabled: open });
  return (
    <>
      <Chip size="small" variant="outlined" label={translate('tsunagu.contacts.corrections.corrected')} onClick={() => setOpen(true)} />
      {open ? (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="corrections-title">
          <DialogTitle id="corrections-title">{translate('tsunagu.contacts.corrections.history')}</DialogTitle>
          <DialogContent>
            {(data?.corrections ?? []).map((correction) => (
              <Stack key={correction.changedAt} spacing={0.5} sx={{ mb: 2 }}>
                <Typography variant="subtitle2">
                  {formatDateTime(correction.changedAt, locale)} ・ <StaffName id={correction.changedBy} />
                </Typography>
                <Table size="small">
                  <TableHead>
                    <TableRow>
                      <TableCell sx={{ width: '20%' }}>{translate('tsunagu.contacts.corrections.field')}</TableCell>
                      <TableCell sx={{ width: '40%' }}>{translate('tsunagu.contacts.corrections.before')}</TableCell>
                      <TableCell sx={{ width: '40%' }}>{translate('tsunagu.contacts.corrections.after')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    <CorrectionRows resource={resource} correction={correction} />
                  </TableBody>
                </Table>
              </Stack>
            ))}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
};

/**
 * The correction form, once the record has loaded: typing into it before would be lost when the
 * record arrives and fills it.
 */
const CorrectionForm = ({ withNote, onCancel }: { withNote: boolean; onCancel: () => void }) => {
  const translate = useTranslate();
  const { record } = useEditContext();
  if (!record) return <LinearProgress sx={{ m: 3 }} />;
  return (
    <Form>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('tsunagu.contacts.corrections.hint')}
        </Typography>
        <TextInput source="summary" multiline minRows={3} fullWidth validate={[required(), maxLength(10000)]} />
        {withNote ? <TextInput source="confidentialNote" multiline fullWidth validate={maxLength(10000)} /> : null}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <NumberInput source="durationMinutes" min={0} max={1440} step={5} validate={[minValue(0), maxValue(1440)]} />
          <DateInput source="nextContactOn" />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <SaveButton label="tsunagu.contacts.corrections.save" />
      </DialogActions>
    </Form>
  );
};

/**
 * 修正: the author (or a supervisor) corrects a typo in a contact record; the API keeps the old
 * values in the record's history. Only the author writes the confidential note.
 */
export const CorrectButton = ({ resource, entry }: { resource: Correctable; entry: TimelineEntryDto }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const reader = me.id && me.role ? { id: me.id, role: me.role } : null;
  if (!reader || !isAuthorOrSupervisor(reader, entry.createdBy)) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('tsunagu.contacts.corrections.correct')}
      </Button>
      {open ? (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="correct-title">
          <DialogTitle id="correct-title">{translate('tsunagu.contacts.corrections.correct_title')}</DialogTitle>
          <EditBase
            resource={resource}
            id={entry.recordId}
            redirect={false}
            mutationMode="pessimistic"
            mutationOptions={{
              onSuccess: () => {
                notify('tsunagu.contacts.corrections.saved', { type: 'success' });
                setOpen(false);
                refresh();
              },
              onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
            }}
          >
            <CorrectionForm withNote={isAuthor(reader, entry.createdBy)} onCancel={() => setOpen(false)} />
          </EditBase>
        </Dialog>
      ) : null}
    </>
  );
};

/** The supervisor's list of a case's voided contact records: what, when voided, by whom and why. */
export const VoidedRecords = ({ caseId }: { caseId: string }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const [open, setOpen] = useState(false);
  const query = { filter: { caseId, voided: true }, pagination: { page: 1, perPage: 100 } };
  const { data: interviews = [] } = useGetList<InterviewDto>(RESOURCES.interviews, { ...query, sort: { field: 'heldAt', order: 'DESC' } }, { enabled: open });
  const { data: visits = [] } = useGetList<OutreachVisitDto>(RESOURCES.outreachVisits, { ...query, sort: { field: 'visitedAt', order: 'DESC' } }, { enabled: open });
  const records = [
    ...interviews.map((r) => ({ r, at: r.heldAt, kind: 'interview' as const })),
    ...visits.map((r) => ({ r, at: r.visitedAt, kind: 'outreach_visit' as const })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {translate('tsunagu.contacts.voided.button')}
      </Button>
      {open ? (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="voided-title">
          <DialogTitle id="voided-title">{translate('tsunagu.contacts.voided.title')}</DialogTitle>
          <DialogContent>
            {!records.length ? <Typography color="text.secondary">{translate('tsunagu.contacts.voided.none')}</Typography> : null}
            <List dense>
              {records.map(({ r, at, kind }) => (
                <ListItem key={r.id} divider alignItems="flex-start">
                  <ListItemText
                    primary={`${formatDateTime(at, locale)} ${translate(enumKey('timeline_kind', kind))}: ${r.summary}`}
                    secondary={
                      <>
                        {translate('tsunagu.contacts.voided.by')}: <StaffName id={r.voidedBy ?? ''} /> ・ {r.voidedAt ? formatDateTime(r.voidedAt, locale) : ''}
                        <br />
                        {translate('tsunagu.common.reason')}: {r.voidReason}
                      </>
                    }
                    slotProps={{ primary: { sx: { whiteSpace: 'pre-wrap' } } }}
                  />
                </ListItem>
              ))}
            </List>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.close')}</Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
};
