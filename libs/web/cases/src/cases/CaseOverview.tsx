import { Grid, Stack, Typography } from '@mui/material';
import type { CaseDto, CaseReferralViewDto } from '@tsunagu/contracts';
import { CHOICES, DayField, enumKey, StaffName } from '@tsunagu/web-ui';
import type { ReactNode } from 'react';
import {
  FunctionField,
  Labeled,
  SelectField,
  TextField,
  useRecordContext,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { isFullCase } from './case-form';
import { CaseBadges, CaseStatusChip } from './CaseBadges';

const Cell = ({ children, wide = false }: { children: ReactNode; wide?: boolean }) => (
  <Grid size={wide ? 12 : { xs: 12, sm: 6, md: 4 }}>{children}</Grid>
);

/** A labelled text field in the overview grid; `optional` shows a dash when empty. */
const TextCell = ({ source, optional = false }: { source: string; optional?: boolean }) => (
  <Cell>
    <Labeled source={source}>
      <TextField source={source} emptyText={optional ? '—' : undefined} />
    </Labeled>
  </Cell>
);

/** What staff see of a case: number, name, age, municipality and lead. */
const ReferralView = () => (
  <Grid container spacing={2}>
    <TextCell source="caseNumber" />
    <TextCell source="clientName" />
    <TextCell source="age" optional />
    <TextCell source="municipality" optional />
    <Cell>
      <Labeled source="leadCoordinatorId">
        <WithRecord<CaseReferralViewDto> render={(r) => <StaffName id={r.leadCoordinatorId} />} />
      </Labeled>
    </Cell>
  </Grid>
);

const RiskFlags = () => {
  const record = useRecordContext<CaseDto>();
  const translate = useTranslate();
  if (!record?.riskFlags.length) return <Typography variant="body2">—</Typography>;
  return <Typography variant="body2">{record.riskFlags.map((f) => translate(enumKey('risk_flag', f))).join('、')}</Typography>;
};

/** The overview tab: the client, the situation and who is assigned. */
export const CaseOverview = () => {
  const record = useRecordContext<CaseDto | CaseReferralViewDto>();
  if (!record) return null;
  if (!isFullCase(record)) return <ReferralView />;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <CaseStatusChip />
        <CaseBadges />
      </Stack>
      <Grid container spacing={2}>
        <TextCell source="caseNumber" />
        <TextCell source="clientName" />
        <TextCell source="clientNameKana" optional />
        <Cell>
          <Labeled source="birthDate">
            <FunctionField<CaseDto>
              render={(r) => (
                <>
                  {r.birthDate ? <DayField source="birthDate" /> : (r.birthYear ?? '—')}
                  {r.age !== null ? <AgeSuffix age={r.age} /> : null}
                </>
              )}
            />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="sex">
            <SelectField source="sex" choices={CHOICES.sex} />
          </Labeled>
        </Cell>
        <TextCell source="municipality" optional />
        <Cell>
          <Labeled source="clientContact">
            <SelectField source="clientContact" choices={CHOICES.client_contact} />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="clientAware">
            <FunctionField<CaseDto> render={(r) => <YesNoUnknown value={r.clientAware} />} />
          </Labeled>
        </Cell>
        <TextCell source="hikikomoriSince" optional />
        <Cell>
          <Labeled source="referralRoute">
            <SelectField source="referralRoute" choices={CHOICES.referral_route} emptyText="—" />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="supportStage">
            <SelectField source="supportStage" choices={CHOICES.support_stage} emptyText="—" />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="riskFlags">
            <RiskFlags />
          </Labeled>
        </Cell>
        <Cell wide>
          <Labeled source="chiefConcern">
            <TextField source="chiefConcern" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="openedOn">
            <DayField source="openedOn" />
          </Labeled>
        </Cell>
        {record.status === 'closed' ? (
          <>
            <Cell>
              <Labeled source="closedOn">
                <DayField source="closedOn" />
              </Labeled>
            </Cell>
            <Cell>
              <Labeled source="closureReason">
                <SelectField source="closureReason" choices={CHOICES.closure_reason} emptyText="—" />
              </Labeled>
            </Cell>
          </>
        ) : null}
        <Cell>
          <Labeled source="leadCoordinatorId">
            <StaffName id={record.leadCoordinatorId} />
          </Labeled>
        </Cell>
        <Cell>
          <Labeled source="secondCoordinatorIds">
            <SecondCoordinators ids={record.secondCoordinatorIds} />
          </Labeled>
        </Cell>
      </Grid>
    </Stack>
  );
};

const YesNoUnknown = ({ value }: { value: boolean | null }) => {
  const translate = useTranslate();
  return <>{translate(value === null ? 'tsunagu.common.unknown' : value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
};

const AgeSuffix = ({ age }: { age: number }) => {
  const translate = useTranslate();
  return <> {translate('tsunagu.cases.age_suffix', { age })}</>;
};

const SecondCoordinators = ({ ids }: { ids: string[] }) =>
  ids.length ? (
    <Stack direction="row" spacing={1}>
      {ids.map((id) => (
        <Typography key={id} variant="body2" component="span">
          <StaffName id={id} />
        </Typography>
      ))}
    </Stack>
  ) : (
    <Typography variant="body2">—</Typography>
  );

