import { Alert, Box, Button, Checkbox, FormControlLabel, FormGroup, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { japanDate, RESOURCES, type AttendanceDto, type CaseDto, type ProgramSessionDto } from '@tsunagu/contracts';
import { useApiQuery, useTsunaguDataProvider, type UsualAttendee } from '@tsunagu/web-data-access';
import { enumKey } from '@tsunagu/web-ui';
import { useMemo, useState } from 'react';
import { useGetList, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useFamilyLabel } from '@tsunagu/web-cases';
import { useFamily } from '../entry/MetInput';
import { candidateKey, entriesToRecord, mergeCandidates, type Candidate } from './attendance';

/** Adds someone from another of your cases to the checklist: pick the case, then who came. */
const AddFromCase = ({ onAdd }: { onAdd: (c: Candidate) => void }) => {
  const translate = useTranslate();
  const familyLabel = useFamilyLabel();
  const [caseId, setCaseId] = useState('');
  const [person, setPerson] = useState('');
  const { data: cases = [] } = useGetList<CaseDto>(RESOURCES.cases, {
    filter: {},
    sort: { field: 'caseNumber', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  const openCases = cases.filter((c) => c.status !== 'closed');
  const chosen = openCases.find((c) => c.id === caseId);
  const { data: family = [] } = useFamily(caseId || undefined);
  const people = chosen
    ? [
        { key: 'client', label: `${translate(enumKey('attendee', 'client'))} ${chosen.clientName}`, familyMemberId: null },
        ...family.map((m) => ({ key: m.id, label: familyLabel(m), familyMemberId: m.id })),
      ]
    : [];
  const add = () => {
    const p = people.find((x) => x.key === person);
    if (!chosen || !p) return;
    onAdd({
      caseId: chosen.id,
      caseNumber: chosen.caseNumber,
      attendee: p.familyMemberId ? 'family' : 'client',
      familyMemberId: p.familyMemberId,
      label: p.label,
    });
    setPerson('');
  };
  return (
    <Paper variant="outlined" sx={{ p: 2, mt: 2 }}>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        {translate('tsunagu.programs.add_from_case')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <TextField
          select
          size="small"
          label={translate('tsunagu.programs.case')}
          value={caseId}
          onChange={(e) => {
            setCaseId(e.target.value);
            setPerson('');
          }}
          sx={{ minWidth: 260 }}
        >
          {openCases.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.caseNumber} {c.clientName}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('tsunagu.programs.who')}
          value={person}
          onChange={(e) => setPerson(e.target.value)}
          disabled={!chosen}
          sx={{ minWidth: 220 }}
        >
          {people.map((p) => (
            <MenuItem key={p.key} value={p.key}>
              {p.label}
            </MenuItem>
          ))}
        </TextField>
        <Button onClick={add} disabled={!chosen || !person} sx={{ whiteSpace: 'nowrap' }}>
          {translate('tsunagu.programs.add_to_list')}
        </Button>
      </Stack>
    </Paper>
  );
};

/**
 * 出席の記録: the whole session at once. The checklist offers the program's usual attendees among
 * your cases (never another coordinator's families), plus anyone you add from your other cases.
 */
export const AttendanceChecklist = () => {
  const session = useRecordContext<ProgramSessionDto>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useTsunaguDataProvider();
  const familyLabel = useFamilyLabel();
  const [added, setAdded] = useState<Candidate[]>([]);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const sessionId = session?.id;
  const usual = useApiQuery<UsualAttendee[]>(sessionId ? `usual:${sessionId}` : null, (dp) => dp.usualAttendees(sessionId as string));
  const { data: recorded = [], refetch } = useGetList<AttendanceDto>(
    RESOURCES.attendances,
    { filter: { sessionId }, sort: { field: 'createdAt', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!sessionId },
  );
  const usualCandidates = useMemo(
    () =>
      (usual.data ?? []).map(
        (u): Candidate => ({
          caseId: u.caseId,
          caseNumber: u.caseNumber,
          attendee: u.attendee,
          familyMemberId: u.familyMemberId,
          label: u.attendee === 'family' && u.relationship ? familyLabel({ relationship: u.relationship, name: u.name }) : `${translate(enumKey('attendee', u.attendee))} ${u.name}`,
        }),
      ),
    [usual.data, familyLabel, translate],
  );
  if (!session) return null;
  const candidates = mergeCandidates(usualCandidates, added);
  const recordedKeys = new Set(recorded.map(candidateKey));
  const toRecord = entriesToRecord(candidates, ticked, recorded);
  const inFuture = session.heldOn > japanDate();
  const toggle = (key: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.recordAttendance(session.id, toRecord);
      notify('tsunagu.programs.recorded', { type: 'success', messageArgs: { smart_count: toRecord.length } });
      setTicked(new Set());
      await refetch();
      usual.reload();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box component="section" aria-label={translate('tsunagu.programs.attendance')}>
      <Typography variant="h6" component="h3" gutterBottom>
        {translate('tsunagu.programs.attendance')}
      </Typography>
      {inFuture ? <Alert severity="info">{translate('tsunagu.errors.session_in_future')}</Alert> : null}
      {!usual.isPending && candidates.length === 0 ? (
        <Typography color="text.secondary">{translate('tsunagu.programs.no_usual')}</Typography>
      ) : null}
      <FormGroup>
        {candidates.map((c) => {
          const key = candidateKey(c);
          const done = recordedKeys.has(key);
          return (
            <FormControlLabel
              key={key}
              control={<Checkbox checked={done || ticked.has(key)} disabled={done || inFuture} onChange={() => toggle(key)} />}
              label={`${c.caseNumber} ${c.label}${done ? ` — ${translate('tsunagu.programs.already')}` : ''}`}
            />
          );
        })}
      </FormGroup>
      <AddFromCase
        onAdd={(c) => {
          setAdded((current) => [...current, c]);
          setTicked((current) => new Set(current).add(candidateKey(c)));
        }}
      />
      <Button variant="contained" sx={{ mt: 2 }} disabled={!toRecord.length || saving || inFuture} onClick={save}>
        {translate('tsunagu.programs.record', { smart_count: toRecord.length })}
      </Button>
    </Box>
  );
};
