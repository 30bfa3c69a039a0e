import { type CaseConferenceDto, type ConferenceKind } from '@tsunagu/contracts';
import { CHOICES, DayField, EnumChip } from '@tsunagu/web-ui';
import { DataTable, List, SelectInput, WithRecord } from 'react-admin';

const KIND_COLORS: Record<ConferenceKind, 'default' | 'primary' | 'secondary' | 'info'> = {
  internal: 'default',
  welfare_act_meeting: 'primary',
  poverty_act_meeting: 'secondary',
  consent_based: 'info',
};

const filters = [<SelectInput key="kind" source="kind" choices={CHOICES.conference_kind} alwaysOn />];

/** ケース会議: the conferences the user may see, the latest first; each names its cases by number only. */
export const ConferenceList = () => (
  <List sort={{ field: 'heldOn', order: 'DESC' }} filters={filters}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="heldOn">
        <DayField source="heldOn" />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort>
        <EnumChip source="kind" prefix="tsunagu.enums.conference_kind" colors={KIND_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="title" disableSort />
      <DataTable.Col source="cases" disableSort>
        <WithRecord<CaseConferenceDto> render={(r) => r.cases.map((c) => c.caseNumber).join('、')} />
      </DataTable.Col>
      <DataTable.Col source="outsideAttendees" disableSort>
        <WithRecord<CaseConferenceDto> render={(r) => String(r.outsideAttendees.length)} />
      </DataTable.Col>
    </DataTable>
  </List>
);
