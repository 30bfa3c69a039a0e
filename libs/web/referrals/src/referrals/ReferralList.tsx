import { RESOURCES, type ReferralDto } from '@tsunagu/contracts';
import { CHOICES, DayField, EnumChip, ExportListActions, REFERRAL_STATUS_COLORS, StaffName } from '@tsunagu/web-ui';
import { DataTable, List, ReferenceField, ReferenceInput, SelectField, SelectInput, WithRecord } from 'react-admin';

const filters = [
  <SelectInput key="status" source="status" choices={CHOICES.referral_status} alwaysOn />,
  <ReferenceInput key="agencyId" source="agencyId" reference={RESOURCES.agencies} sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

/** The referral opens on its case's referrals tab. */
export const referralPath = (r: Pick<ReferralDto, 'caseId'>) => `/${RESOURCES.cases}/${r.caseId}/show/referrals`;

/** 紹介・つなぎ: every referral the user may see, most recently changed first. */
export const ReferralList = () => (
  <List sort={{ field: 'updatedAt', order: 'DESC' }} filters={filters} actions={<ExportListActions />}>
    <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => referralPath(record as ReferralDto)}>
      <DataTable.Col source="caseId" disableSort>
        <ReferenceField source="caseId" reference={RESOURCES.cases} link={false} />
      </DataTable.Col>
      <DataTable.Col source="agencyId" disableSort>
        <ReferenceField source="agencyId" reference={RESOURCES.agencies} link={false} />
      </DataTable.Col>
      <DataTable.Col source="subject" disableSort>
        <SelectField source="subject" choices={CHOICES.referral_subject} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumChip source="status" prefix="tsunagu.enums.referral_status" colors={REFERRAL_STATUS_COLORS} />
      </DataTable.Col>
      <DataTable.Col source="plannedOn">
        <DayField source="plannedOn" />
      </DataTable.Col>
      <DataTable.Col source="referredOn">
        <DayField source="referredOn" />
      </DataTable.Col>
      <DataTable.Col source="responsibleUserId" disableSort>
        <WithRecord<ReferralDto> render={(r) => <StaffName id={r.responsibleUserId} />} />
      </DataTable.Col>
    </DataTable>
  </List>
);
