import { Typography } from '@mui/material';
import { type InquiryDto } from '@tsunagu/contracts';
import { CHOICES, DateTimeField, EnumChip, ExportListActions } from '@tsunagu/web-ui';
import { DataTable, DateInput, FunctionField, List, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { callerOf } from '../inquiry-form';

const CONVERTED_CHOICES = [
  { id: 'true', name: 'tsunagu.inquiries.converted_yes' },
  { id: 'false', name: 'tsunagu.inquiries.converted_no' },
];

/** The caller as the lists show them: name, nickname, or 匿名. */
export const CallerField = () => {
  const translate = useTranslate();
  return (
    <FunctionField<InquiryDto>
      render={(record) => {
        const caller = callerOf(record);
        return caller ?? (
          <Typography component="span" variant="body2" color="text.secondary">
            {translate('tsunagu.inquiries.anonymous')}
          </Typography>
        );
      }}
    />
  );
};

/** The first words of a summary, on one line. */
const shortSummary = (summary: string) => (summary.length > 40 ? `${summary.slice(0, 40)}…` : summary);

/** 相談受付: the center's first contacts, newest first, searchable by name, number and content. */
export const InquiryList = () => {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('tsunagu.inquiries.search_hint')} />,
    <SelectInput key="method" source="method" choices={CHOICES.inquiry_method} />,
    <SelectInput key="callerType" source="callerType" choices={CHOICES.caller_type} alwaysOn />,
    <SelectInput key="converted" source="converted" choices={CONVERTED_CHOICES} />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
  ];
  return (
    <List sort={{ field: 'receivedAt', order: 'DESC' }} filters={filters} actions={<ExportListActions />}>
      <DataTable bulkActionButtons={false} rowClick="show" sx={{ '& td.column-summary': { maxWidth: 220 } }}>
        <DataTable.Col source="receivedAt">
          <DateTimeField source="receivedAt" />
        </DataTable.Col>
        <DataTable.Col source="callerType">
          <EnumChip source="callerType" prefix="tsunagu.enums.caller_type" variant="outlined" />
        </DataTable.Col>
        <DataTable.Col source="nickname" label="tsunagu.inquiries.caller" disableSort>
          <CallerField />
        </DataTable.Col>
        <DataTable.NumberCol source="chainSize" disableSort />
        <DataTable.Col source="route" disableSort>
          <EnumChip source="route" prefix="tsunagu.enums.inquiry_route" variant="outlined" />
        </DataTable.Col>
        <DataTable.Col source="outcome">
          <EnumChip source="outcome" prefix="tsunagu.enums.inquiry_outcome" />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort render={(record: InquiryDto) => shortSummary(record.summary)} />
      </DataTable>
    </List>
  );
};
