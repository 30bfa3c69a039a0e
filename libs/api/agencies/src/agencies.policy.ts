import { AGENCY_TYPES } from '@tsunagu/contracts';
import { ListSpec } from '@tsunagu/api-core';

type AgencyField = 'name' | 'type' | 'municipality' | 'centerId' | 'createdAt';

export const AGENCY_LIST_SPEC: ListSpec<AgencyField> = {
  sortable: ['name', 'type', 'municipality', 'createdAt'],
  filters: { q: 'string', type: { enum: AGENCY_TYPES }, municipality: 'string', centerId: 'uuid' },
  defaultSort: { field: 'name', order: 'ASC' },
};

export const AGENCY_COLUMNS: Record<AgencyField, string> = {
  name: 'a.name',
  type: 'a.type',
  municipality: 'a.municipality',
  centerId: 'a.center_id',
  createdAt: 'a.created_at',
};
