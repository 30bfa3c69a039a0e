import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { RESOURCES, type InquiryDto } from '@tsunagu/contracts';
import { DateTimeField, EnumChip, StaffName, VoidButton } from '@tsunagu/web-ui';
import {
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useRedirect,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { ConvertButton } from '../convert/ConvertDialog';
import { ChainPanel } from './ChainPanel';
import { CallerField } from './InquiryList';

const InquiryShowActions = () => {
  const record = useRecordContext<InquiryDto>();
  const redirect = useRedirect();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      <ConvertButton record={record} />
      <EditButton />
      <VoidButton resource={RESOURCES.inquiries} record={record} onVoided={() => redirect('list', RESOURCES.inquiries)} />
    </TopToolbar>
  );
};

const Enum = ({ source, group }: { source: keyof InquiryDto; group: string }) => (
  <Labeled source={source}>
    <FunctionField<InquiryDto>
      source={source}
      render={(record) => {
        const value = record[source];
        return value ? <EnumChip value={String(value)} prefix={`tsunagu.enums.${group}`} variant="outlined" /> : '—';
      }}
    />
  </Labeled>
);

/** The concerns, as chips. */
const Concerns = () => {
  const translate = useTranslate();
  return (
    <Labeled source="concerns">
      <FunctionField<InquiryDto>
        source="concerns"
        render={(record) =>
          record.concerns.length ? (
            <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
              {record.concerns.map((c) => (
                <EnumChip key={c} value={c} prefix="tsunagu.enums.inquiry_concern" variant="outlined" />
              ))}
            </Box>
          ) : (
            translate('tsunagu.inquiries.none')
          )
        }
      />
    </Labeled>
  );
};

const Grid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' }, gap: 2, mb: 2 }}>{children}</Box>
);

/** A first contact with all its fields, the contacts of the same person, and ケース化. */
export const InquiryShow = () => (
  <Show actions={<InquiryShowActions />}>
    <Box sx={{ p: 2 }}>
      <Grid>
        <Labeled source="receivedAt">
          <DateTimeField source="receivedAt" />
        </Labeled>
        <Enum source="method" group="inquiry_method" />
        <Labeled source="durationMinutes">
          <NumberField source="durationMinutes" emptyText="—" />
        </Labeled>
        <Labeled source="createdBy">
          <WithRecord<InquiryDto> render={(record) => <StaffName id={record.createdBy} />} />
        </Labeled>
      </Grid>
      <Grid>
        <Enum source="callerType" group="caller_type" />
        <WithRecord<InquiryDto>
          render={(record) =>
            record.callerType === 'family' ? (
              <Enum source="callerRelationship" group="relationship" />
            ) : record.callerType === 'agency' ? (
              <>
                <Enum source="callerAgencyType" group="agency_type" />
                <Labeled source="callerAgencyId">
                  <ReferenceField source="callerAgencyId" reference={RESOURCES.agencies} link="show" emptyText="—" />
                </Labeled>
              </>
            ) : null
          }
        />
        <Labeled source="nickname" label="tsunagu.inquiries.caller">
          <CallerField />
        </Labeled>
        <Labeled source="callerNumber">
          <TextField source="callerNumber" emptyText="—" />
        </Labeled>
        <Labeled source="phoneLast4">
          <TextField source="phoneLast4" emptyText="—" />
        </Labeled>
      </Grid>
      <Grid>
        <Enum source="personAgeBand" group="age_band" />
        <Enum source="personSex" group="sex" />
        <Labeled source="personMunicipality">
          <TextField source="personMunicipality" emptyText="—" />
        </Labeled>
        <Enum source="withdrawnFor" group="duration_band" />
        <Enum source="personSituation" group="person_situation" />
        <Enum source="route" group="inquiry_route" />
      </Grid>
      <Concerns />
      <Labeled source="summary" fullWidth sx={{ mt: 2 }}>
        <TextField source="summary" sx={{ whiteSpace: 'pre-wrap' }} />
      </Labeled>
      <Grid>
        <Enum source="outcome" group="inquiry_outcome" />
        <WithRecord<InquiryDto>
          render={(record) =>
            record.outcome === 'referred' ? (
              <>
                <Labeled source="referredAgencyId">
                  <ReferenceField source="referredAgencyId" reference={RESOURCES.agencies} link="show" emptyText="—" />
                </Labeled>
                <Labeled source="referredAgencyName">
                  <TextField source="referredAgencyName" emptyText="—" />
                </Labeled>
              </>
            ) : null
          }
        />
      </Grid>
      <WithRecord<InquiryDto>
        render={(record) =>
          record.confidentialNote ? (
            <Labeled source="confidentialNote" fullWidth>
              <TextField source="confidentialNote" sx={{ whiteSpace: 'pre-wrap' }} />
            </Labeled>
          ) : null
        }
      />
      <WithRecord<InquiryDto> render={(record) => <ChainPanel record={record} />} />
    </Box>
  </Show>
);
