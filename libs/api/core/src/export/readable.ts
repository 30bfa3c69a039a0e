import { ENUM_LABELS_JA, enumGroupOf, FIELD_LABELS_JA, japanDateTimeText, labelOf } from '@tsunagu/contracts';

/** Kinds of record a field may point at, shown by name in an export. */
export type RefKind = 'user' | 'case' | 'agency' | 'family' | 'center' | 'program' | 'session';

/** Names of the records an export points at, by kind and id. */
export type NameBook = Partial<Record<RefKind, ReadonlyMap<string, string>>>;

const REF_FIELDS: Record<string, RefKind> = {
  leadCoordinatorId: 'user',
  secondCoordinatorIds: 'user',
  staffIds: 'user',
  createdBy: 'user',
  responsibleUserId: 'user',
  disclosedBy: 'user',
  userId: 'user',
  caseId: 'case',
  agencyId: 'agency',
  agencyIds: 'agency',
  familyMemberId: 'family',
  familyMemberIds: 'family',
  centerId: 'center',
  programId: 'program',
  sessionId: 'session',
  mergedIntoId: 'case',
  voidedBy: 'user',
  'closureRequest.requestedBy': 'user',
  'closureDecline.declinedBy': 'user',
  callerAgencyId: 'agency',
  referredAgencyId: 'agency',
  chainCaseId: 'case',
  committedBy: 'user',
};

/** Fields that hold a small record of their own: a column for each of its fields, always the same. */
const NESTED: Record<string, readonly string[]> = {
  closureRequest: ['reason', 'note', 'requestedBy', 'requestedAt'],
  closureDecline: ['note', 'declinedBy', 'declinedAt'],
};

/** What a resource's rows carry for the screens and its export shows otherwise (names it looks up itself). */
const SHOWN_OTHERWISE: Partial<Record<string, readonly string[]>> = {
  'audit-logs': ['userName', 'caseNumber'],
};

/** Never in a list export, whoever asks: confidential notes stay on screen for those allowed. */
const NEVER_EXPORTED = new Set(['confidentialNote', 'version']);

/** Ids that have no name to show: kept, after everything else, with the record's own id last. */
const TRAILING = ['consentId', 'referralId', 'entityId', 'recordId', 'chainId', 'id'];

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ids an export points at, by kind, to look their names up once. */
export function referencesOf(items: ReadonlyArray<Record<string, unknown>>): Record<RefKind, string[]> {
  const refs: Record<RefKind, Set<string>> = { user: new Set(), case: new Set(), agency: new Set(), family: new Set(), center: new Set(), program: new Set(), session: new Set() };
  for (const item of items.map(flatten)) {
    for (const [field, kind] of Object.entries(REF_FIELDS)) {
      const value = item[field];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') refs[kind].add(id);
    }
  }
  return Object.fromEntries(Object.entries(refs).map(([kind, ids]) => [kind, [...ids]])) as Record<RefKind, string[]>;
}

/** A row with each nested record spread into `field.subfield` cells (empty when there is none). */
function flatten(item: Record<string, unknown>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(item)) {
    const parts = NESTED[field];
    if (!parts) flat[field] = value;
    else for (const part of parts) flat[`${field}.${part}`] = (value as Record<string, unknown> | null)?.[part] ?? null;
  }
  return flat;
}

function cellOf(resource: string, field: string, value: unknown, names: NameBook): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => cellOf(resource, field, v, names)).join('・');
  const ref = REF_FIELDS[field];
  if (ref && typeof value === 'string') return names[ref]?.get(value) ?? '';
  const group = enumGroupOf(resource, field);
  if (group && typeof value === 'string') return labelOf(ENUM_LABELS_JA[group] as Record<string, string>, value);
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'string' && TIMESTAMP.test(value)) return japanDateTimeText(new Date(value));
  if (typeof value === 'string' && DATE.test(value)) return value.replace(DATE, '$1/$2/$3');
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/**
 * A list as people read it in Excel: Japanese headings, labels for every code, Japan time, names
 * instead of ids (the ids that have none, and the record's own, in the last columns), はい/いいえ,
 * and never a confidential note.
 */
export function readableTable(resource: string, items: ReadonlyArray<Record<string, unknown>>, names: NameBook): unknown[][] {
  const rows = items.map(flatten);
  const skipped = new Set([...NEVER_EXPORTED, ...(SHOWN_OTHERWISE[resource] ?? [])]);
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((f) => !skipped.has(f));
  const ordered = [...fields.filter((f) => !TRAILING.includes(f)), ...TRAILING.filter((f) => fields.includes(f))];
  return [ordered.map((f) => FIELD_LABELS_JA[f] ?? f), ...rows.map((row) => ordered.map((f) => cellOf(resource, f, row[f], names)))];
}
