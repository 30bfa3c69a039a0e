import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import ChatIcon from '@mui/icons-material/Chat';
import DirectionsWalkIcon from '@mui/icons-material/DirectionsWalk';
import EmailIcon from '@mui/icons-material/Email';
import FlagIcon from '@mui/icons-material/Flag';
import GppBadIcon from '@mui/icons-material/GppBad';
import GroupsIcon from '@mui/icons-material/Groups';
import HomeIcon from '@mui/icons-material/Home';
import LockIcon from '@mui/icons-material/Lock';
import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import PhoneIcon from '@mui/icons-material/Phone';
import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import ShareIcon from '@mui/icons-material/Share';
import VideocamIcon from '@mui/icons-material/Videocam';
import {
  Box,
  Button,
  Chip,
  List,
  ListItem,
  ListItemIcon,
  Pagination,
  Paper,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { RESOURCES, TIMELINE_KINDS, type CaseDto, type TimelineEntryDto, type TimelineKind } from '@tsunagu/contracts';
import { timelineResource } from '@tsunagu/web-data-access';
import { enumKey, ExportCsvButton, formatDateTime, formatDay, StaffName, VoidButton } from '@tsunagu/web-ui';
import { useState, type ReactElement } from 'react';
import { useCanAccess, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { InterviewQuickForm, OutreachQuickForm } from '../entry/QuickEntry';
import { CORRECTABLE, CorrectButton, CorrectionHistory, VoidedRecords } from './Corrections';
import { describeEntry, describeWho, isFamilyOnly, VOIDABLE } from './describe-entry';

const PER_PAGE = 20;

const METHOD_ICONS: Record<string, ReactElement> = {
  in_person: <MeetingRoomIcon />,
  phone: <PhoneIcon />,
  online: <VideocamIcon />,
  email: <EmailIcon />,
  sns: <ChatIcon />,
  accompanied: <DirectionsWalkIcon />,
};

const KIND_ICONS: Record<TimelineKind, ReactElement> = {
  interview: <ChatIcon />,
  outreach_visit: <HomeIcon />,
  attendance: <GroupsIcon />,
  consent_given: <AssignmentTurnedInIcon />,
  consent_withdrawn: <GppBadIcon />,
  status_change: <FlagIcon />,
  referral: <ShareIcon />,
  inquiry: <PhoneInTalkIcon />,
};

const iconOf = (entry: TimelineEntryDto) => (entry.kind === 'interview' && entry.detail ? (METHOD_ICONS[entry.detail] ?? KIND_ICONS.interview) : KIND_ICONS[entry.kind]);

const TimelineItem = ({ entry }: { entry: TimelineEntryDto }) => {
  const translate = useTranslate();
  const [locale = 'ja'] = useLocaleState();
  const { headline, text } = describeEntry(entry, translate);
  const who = describeWho(entry, translate);
  const correctable = CORRECTABLE[entry.kind];
  return (
    <ListItem alignItems="flex-start" divider data-kind={entry.kind}>
      <ListItemIcon sx={{ mt: 0.5 }} aria-hidden>
        {iconOf(entry)}
      </ListItemIcon>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary" component="time" dateTime={entry.at}>
            {formatDateTime(entry.at, locale)}
          </Typography>
          <Typography variant="subtitle2" component="span">
            {headline}
          </Typography>
          {isFamilyOnly(entry) ? <Chip size="small" color="secondary" variant="outlined" label={translate('tsunagu.contacts.family_only')} /> : null}
          {entry.imported ? (
            <Chip size="small" variant="outlined" label={translate('tsunagu.contacts.imported')} title={translate('tsunagu.contacts.imported_hint')} data-testid="timeline-imported" />
          ) : null}
          {correctable && entry.corrected ? <CorrectionHistory resource={correctable} id={entry.recordId} /> : null}
        </Stack>
        {who ? (
          <Typography variant="caption" color="text.secondary" component="p" data-testid="timeline-who">
            {who}
          </Typography>
        ) : null}
        {text ? (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
            {text}
          </Typography>
        ) : null}
        {entry.confidentialNote ? (
          <Paper variant="outlined" sx={{ mt: 1, p: 1, bgcolor: 'action.hover' }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <LockIcon fontSize="small" color="action" aria-label={translate('tsunagu.contacts.note')} />
              <Box>
                <Typography variant="caption" color="text.secondary">
                  {translate('tsunagu.contacts.note')}
                </Typography>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
                  {entry.confidentialNote}
                </Typography>
              </Box>
            </Stack>
          </Paper>
        ) : null}
        <Stack direction="row" spacing={2} sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
          {entry.createdBy ? (
            <Typography variant="caption" color="text.secondary">
              {translate('tsunagu.contacts.recorded_by')}: <StaffName id={entry.createdBy} />
            </Typography>
          ) : null}
          {entry.nextContactOn ? (
            <Chip size="small" variant="outlined" label={translate('tsunagu.contacts.next_contact', { date: formatDay(entry.nextContactOn, locale) })} />
          ) : null}
          {correctable ? <CorrectButton resource={correctable} entry={entry} /> : null}
          {VOIDABLE[entry.kind] ? (
            <VoidButton resource={VOIDABLE[entry.kind] as string} record={{ id: entry.recordId }} title="tsunagu.contacts.void_title" />
          ) : null}
        </Stack>
      </Box>
    </ListItem>
  );
};

/**
 * 支援経過: the case's whole history, newest first, a page at a time, with the quick-entry forms
 * for a session or a visit on top.
 */
export const CaseTimeline = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  const [entry, setEntry] = useState<'interview' | 'outreach' | null>(null);
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<TimelineKind | 'all'>('all');
  const { canAccess: canLogInterview } = useCanAccess({ resource: 'interviews', action: 'create' });
  const { canAccess: canLogVisit } = useCanAccess({ resource: 'outreach-visits', action: 'create' });
  const { canAccess: canListVoided } = useCanAccess({ resource: RESOURCES.interviews, action: 'list_voided' });
  const { data = [], total = 0, isPending } = useGetList<TimelineEntryDto>(
    timelineResource(record?.id ?? ''),
    { pagination: { page, perPage: PER_PAGE }, sort: { field: 'id', order: 'DESC' }, filter: kind === 'all' ? {} : { kind } },
    { enabled: !!record?.id },
  );
  if (!record) return null;
  const open = record.status !== 'closed';
  return (
    <Box>
      {open && !entry ? (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          {canLogInterview ? (
            <Button variant="contained" startIcon={<PhoneIcon />} onClick={() => setEntry('interview')}>
              {translate('tsunagu.contacts.new_interview')}
            </Button>
          ) : null}
          {canLogVisit ? (
            <Button variant="outlined" startIcon={<HomeIcon />} onClick={() => setEntry('outreach')}>
              {translate('tsunagu.contacts.new_outreach')}
            </Button>
          ) : null}
        </Stack>
      ) : null}
      {entry === 'interview' ? <InterviewQuickForm caseRecord={record} onDone={() => setEntry(null)} /> : null}
      {entry === 'outreach' ? <OutreachQuickForm caseRecord={record} onDone={() => setEntry(null)} /> : null}

      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'flex-start', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={kind}
          onChange={(_, value: TimelineKind | 'all' | null) => {
            if (value) {
              setKind(value);
              setPage(1);
            }
          }}
          aria-label={translate('tsunagu.contacts.filter')}
          sx={{ flexWrap: 'wrap' }}
        >
          <ToggleButton value="all">{translate('tsunagu.contacts.all')}</ToggleButton>
          {TIMELINE_KINDS.map((k) => (
            <ToggleButton key={k} value={k}>
              {translate(enumKey('timeline_kind', k))}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {canListVoided ? <VoidedRecords caseId={String(record.id)} /> : null}
          <ExportCsvButton
            resource={RESOURCES.interviews}
            filter={{ caseId: record.id }}
            sort={{ field: 'heldAt', order: 'DESC' }}
            label="tsunagu.export.interviews"
          />
          <ExportCsvButton
            resource={RESOURCES.outreachVisits}
            filter={{ caseId: record.id }}
            sort={{ field: 'visitedAt', order: 'DESC' }}
            label="tsunagu.export.outreach_visits"
          />
        </Stack>
      </Stack>

      {!isPending && data.length === 0 ? (
        <Typography color="text.secondary" sx={{ my: 2 }}>
          {translate('tsunagu.contacts.empty')}
        </Typography>
      ) : null}
      <List aria-label={translate('tsunagu.cases.tabs.timeline')} dense>
        {data.map((e) => (
          <TimelineItem key={e.id} entry={e} />
        ))}
      </List>
      {total > PER_PAGE ? (
        <Pagination count={Math.ceil(total / PER_PAGE)} page={page} onChange={(_, p) => setPage(p)} sx={{ mt: 1 }} />
      ) : null}
    </Box>
  );
};
