import { Box, Typography } from '@mui/material';
import type { CaseDto } from '@tsunagu/contracts';
import { CHOICES, DayField, ExportListActions, StaffName, useMe } from '@tsunagu/web-ui';
import {
  BooleanInput,
  DataTable,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextInput,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { CaseBadges, CaseStatusChip } from './CaseBadges';

const COORDINATOR_FILTER = { role: 'coordinator', active: true };

/** Filters of the full record (supervisors and coordinators). */
const fullFilters = (isSupervisor: boolean, searchHint: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchHint} />,
  <SelectInput key="status" source="status" choices={CHOICES.case_status} alwaysOn />,
  <TextInput key="caseNumber" source="caseNumber" />,
  <SelectInput key="clientContact" source="clientContact" choices={CHOICES.client_contact} />,
  <SelectInput key="riskFlag" source="riskFlag" choices={CHOICES.risk_flag} />,
  <TextInput key="municipality" source="municipality" />,
  <BooleanInput key="closureRequested" source="closureRequested" />,
  ...(isSupervisor
    ? [
        <ReferenceInput key="coordinatorId" source="coordinatorId" reference="users" filter={COORDINATOR_FILTER} sort={{ field: 'nameKana', order: 'ASC' }}>
          <SelectInput optionText="name" />
        </ReferenceInput>,
      ]
    : []),
];

/** Staff filter only on what the referral view shows. */
const referralViewFilters = (searchHint: string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={searchHint} />,
  <TextInput key="caseNumber" source="caseNumber" />,
  <TextInput key="municipality" source="municipality" />,
];

const ClientName = () => (
  <WithRecord<CaseDto>
    render={(record) => (
      <Box>
        <Typography variant="body2">{record.clientName}</Typography>
        {record.clientNameKana ? (
          <Typography variant="caption" color="text.secondary">
            {record.clientNameKana}
          </Typography>
        ) : null}
      </Box>
    )}
  />
);

/**
 * ケース一覧. Supervisors see their center's cases, coordinators the cases they are on, staff the
 * referral view (number, name, age, municipality, lead) of the center's cases.
 */
export const CaseList = () => {
  const { role } = useMe();
  const translate = useTranslate();
  const searchHint = translate('tsunagu.cases.search_hint');
  const full = role === 'supervisor' || role === 'coordinator';
  return (
    <List
      sort={{ field: 'updatedAt', order: 'DESC' }}
      filters={full ? fullFilters(role === 'supervisor', searchHint) : referralViewFilters(searchHint)}
      actions={<ExportListActions />}
      storeKey={`cases.list.${role ?? 'none'}`}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="caseNumber" sx={{ whiteSpace: 'nowrap' }} />
        {/* Sorted by the reading (ふりがな), never by the kanji's code points. */}
        <DataTable.Col source="clientNameKana" label="resources.cases.fields.clientName" sx={{ whiteSpace: 'nowrap' }}>
          <ClientName />
        </DataTable.Col>
        <DataTable.Col source="age" disableSort>
          <FunctionField<CaseDto> render={(r) => (r.age ?? '—')} />
        </DataTable.Col>
        {full ? (
          <DataTable.Col source="status" sx={{ whiteSpace: 'nowrap' }}>
            <CaseStatusChip />
          </DataTable.Col>
        ) : null}
        {full ? (
          <DataTable.Col label="tsunagu.cases.badges.title" disableSort>
            <CaseBadges />
          </DataTable.Col>
        ) : null}
        <DataTable.Col source="municipality" />
        <DataTable.Col source="leadCoordinatorId" disableSort>
          <WithRecord<CaseDto> render={(r) => <StaffName id={r.leadCoordinatorId} />} />
        </DataTable.Col>
        {full ? (
          <DataTable.Col source="openedOn">
            <DayField source="openedOn" />
          </DataTable.Col>
        ) : null}
      </DataTable>
    </List>
  );
};
