import PrintIcon from '@mui/icons-material/Print';
import { Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { RESOURCES, type CaseConferenceDto } from '@tsunagu/contracts';
import { DayField, EnumChip, enumKey, formatDay, StaffName, VoidButton } from '@tsunagu/web-ui';
import { EditButton, Labeled, Link, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useRedirect, useTranslate, WithRecord } from 'react-admin';

/** 議事録を印刷: the minutes as they print. */
const PrintMinutesButton = () => {
  const translate = useTranslate();
  const record = useRecordContext<CaseConferenceDto>();
  if (!record) return null;
  return (
    <Button component={Link} to={`/${RESOURCES.caseConferences}/${encodeURIComponent(record.id)}/minutes`} startIcon={<PrintIcon />} sx={{ minHeight: 44 }}>
      {translate('tsunagu.conferences.print')}
    </Button>
  );
};

const OutsideMembers = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<CaseConferenceDto>();
  if (!record?.outsideAttendees.length) return <Typography variant="body2">{translate('tsunagu.conferences.no_outside')}</Typography>;
  return (
    <Stack spacing={0.5}>
      {record.outsideAttendees.map((a, i) => (
        <Box key={i} data-testid="outside-member" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'baseline' }}>
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            {a.name}
          </Typography>
          <ReferenceField record={a} source="agencyId" reference={RESOURCES.agencies} link={false}>
            <TextField source="name" variant="body2" />
          </ReferenceField>
          {a.role ? <Typography variant="body2">{a.role}</Typography> : null}
          {a.pledgedOn ? (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.case-conferences.fields.pledgedOn')} {formatDay(a.pledgedOn, locale)}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
};

const CaseDecisions = () => {
  const record = useRecordContext<CaseConferenceDto>();
  return (
    <Stack spacing={1}>
      {record?.cases.map((c) => (
        <Card key={c.caseId} variant="outlined" data-testid="conference-case">
          <CardContent>
            <Link to={`/${RESOURCES.cases}/${encodeURIComponent(c.caseId)}/show`}>{c.caseNumber}</Link>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5, overflowWrap: 'anywhere' }}>
              {c.decision ?? '—'}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

/** 無効化 (supervisors): a conference recorded by mistake leaves the lists; the disclosures it made stay on record. */
const VoidConferenceButton = () => {
  const record = useRecordContext<CaseConferenceDto>();
  const redirect = useRedirect();
  if (!record) return null;
  return <VoidButton resource={RESOURCES.caseConferences} record={record} title="tsunagu.conferences.void_title" onVoided={() => redirect('list', RESOURCES.caseConferences)} />;
};

/** A conference: who met on what basis, the cases discussed with their decisions, papers, the next review. */
export const ConferenceShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <PrintMinutesButton />
          <EditButton label="tsunagu.conferences.edit" sx={{ minHeight: 44 }} />
          <VoidConferenceButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="title" variant="h6" />
        <DayField source="heldOn" />
        <EnumChip source="kind" prefix="tsunagu.enums.conference_kind" />
        <WithRecord<CaseConferenceDto>
          label="resources.case-conferences.fields.internalAttendeeIds"
          render={(r) => (
            <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
              {r.internalAttendeeIds.map((id) => (
                <StaffName key={id} id={id} />
              ))}
            </Stack>
          )}
        />
        <Labeled label="resources.case-conferences.fields.outsideAttendees">
          <OutsideMembers />
        </Labeled>
        <WithRecord<CaseConferenceDto>
          label="resources.case-conferences.fields.categories"
          render={(r) => (
            <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
              {r.categories.map((c) => (
                <Chip key={c} size="small" label={translate(enumKey('info_category', c))} />
              ))}
            </Stack>
          )}
        />
        <Labeled label="resources.case-conferences.fields.cases">
          <CaseDecisions />
        </Labeled>
        <TextField source="papers" emptyText="—" />
        <WithRecord<CaseConferenceDto>
          label="resources.case-conferences.fields.papersCollected"
          render={(r) => (r.papersCollected === null ? '—' : translate(r.papersCollected ? 'tsunagu.conferences.collected' : 'tsunagu.conferences.not_collected'))}
        />
        <DayField source="nextReviewOn" />
      </SimpleShowLayout>
    </Show>
  );
};
