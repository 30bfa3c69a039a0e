import {
  MAX_PAGE_SIZE,
  type AttendanceDto,
  type Attendee,
  type CaseDto,
  type CaseDuplicateDto,
  type ClosureReason,
  type ConsentCoverageDto,
  type ConsentDto,
  type ConsentPurpose,
  type DirectoryEntryDto,
  type ImportBatchDto,
  type ImportSheet,
  type InquiryDto,
  type SummarySheetDto,
  type SummarySheetVariant,
  type UsualAttendeeDto,
} from '@tsunagu/contracts';
import type { DataProvider, Identifier, RaRecord } from 'ra-core';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, downloadFile, httpClient, type DownloadedFile } from './http-client';
import { createBody, updateBody } from './request-body';

/** What the duplicate check is asked with, as the person types (any of the three). */
export interface DuplicateQuery {
  name?: string;
  kana?: string;
  birthDate?: string;
}

/** "Is there an active consent for purpose P (from S, naming agency A) on day D?" */
export interface ConsentCoverageQuery {
  caseId: string;
  purpose: ConsentPurpose;
  /** YYYY-MM-DD (default: today, Japan time). */
  on?: string;
  subject?: 'client' | 'family' | 'any';
  familyMemberId?: string;
  agencyId?: string;
}

export type ConsentCoverage = ConsentCoverageDto;

export interface WithdrawConsentBody {
  withdrawnOn: string;
  reason: string;
  version?: number;
}

/** One usual attendee of a program (GET /program-sessions/:id/usual-attendees). */
export type UsualAttendee = UsualAttendeeDto;

export interface AttendanceEntry {
  caseId: string;
  attendee: Attendee;
  familyMemberId?: string | null;
}

/** What a list shows (its filter and sort), for a CSV export of the same rows. */
export interface ExportQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' | string };
}

export const REPORT_NAMES = ['caseload', 'activity'] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** A report's period (YYYY-MM-DD, inclusive) and, for an administrator, one center. */
export interface ReportQuery {
  from: string;
  to: string;
  centerId?: string | null;
}

/** The case summary sheet asked for: its variant and the period of its contact history (YYYY-MM-DD, inclusive). */
export interface SummarySheetQuery {
  variant: SummarySheetVariant;
  from: string;
  to: string;
}

/** The import template asked for: the workbook, or one sheet's header row as CSV. */
export type ImportTemplateQuery = { format: 'xlsx' } | { format: 'csv'; sheet: ImportSheet };

/** The simple-REST methods plus the API's few routes that are not resources. */
export interface TsunaguDataProvider extends DataProvider {
  /** The list's rows as the API's CSV (at most MAX_PAGE_SIZE, in the list's order); the API audits it. */
  exportCsv(resource: string, query: ExportQuery): Promise<DownloadedFile>;
  /** GET /reports/<name>: the report as JSON. */
  report<T>(name: ReportName, query: ReportQuery): Promise<T>;
  /** The report as the API's CSV (UTF-8 with BOM); the API audits it. */
  reportCsv(name: ReportName, query: ReportQuery): Promise<DownloadedFile>;
  /** The colleagues of one's own center by name and role (GET /users/directory). */
  directory(): Promise<DirectoryEntryDto[]>;
  /** GET /cases/:id/summary-sheet: the ケース概要票, shaped by the API for its variant; the API audits it as an export. */
  summarySheet(caseId: Identifier, query: SummarySheetQuery): Promise<SummarySheetDto>;
  findDuplicates(query: DuplicateQuery): Promise<CaseDuplicateDto[]>;
  /** A coordinator asks the supervisor to close a case (POST /cases/:id/closure-request). */
  requestClosure(caseId: Identifier, body: { reason: ClosureReason; note: string | null }): Promise<CaseDto>;
  /** The supervisor keeps the case open, with a note back (POST /cases/:id/closure-request/decline). */
  declineClosure(caseId: Identifier, body: { note: string }): Promise<CaseDto>;
  /** The supervisor merges a duplicate into a case (POST /cases/:id/merge). */
  mergeCase(caseId: Identifier, body: { duplicateId: string; reason: string }): Promise<CaseDto>;
  consentCoverage(query: ConsentCoverageQuery): Promise<ConsentCoverage>;
  withdrawConsent(id: Identifier, body: WithdrawConsentBody): Promise<ConsentDto>;
  usualAttendees(sessionId: Identifier): Promise<UsualAttendee[]>;
  recordAttendance(sessionId: Identifier, entries: AttendanceEntry[]): Promise<AttendanceDto[]>;
  /** Moves a first contact into the chain of another (the same person), or with null into one of its own (POST /inquiries/:id/chain). */
  chainInquiry(id: Identifier, body: { chainId: string | null; version?: number }): Promise<InquiryDto>;
  /** ケース化: opens a case for the person of a first contact's chain (POST /inquiries/:id/convert); answers the new case. */
  convertInquiry(id: Identifier, body: Record<string, unknown>): Promise<CaseDto>;
  /** The import template (GET /imports/template); the API audits it as an export. */
  importTemplate(query: ImportTemplateQuery): Promise<DownloadedFile>;
  /** Uploads a workbook or CSVs (multipart, field `files`) for a dry run; answers the draft batch (POST /imports). */
  uploadImport(files: File[]): Promise<ImportBatchDto>;
  /** Writes a draft batch in one transaction (POST /imports/:id/commit). */
  commitImport(id: Identifier): Promise<ImportBatchDto>;
  /** One decision for every row of an outcome: skip all rows with errors, or decide all possible duplicates (POST /imports/:id/decisions). */
  decideImportRows(id: Identifier, decision: { outcome: 'error' | 'undecided'; decision: 'import' | 'skip' }): Promise<ImportBatchDto>;
}

/**
 * A case's timeline (GET /cases/:id/timeline) answers like a list resource (filter, range,
 * Content-Range), so react-admin's list hooks can read it under this name, with paging and refresh.
 */
export const timelineResource = (caseId: Identifier) => `cases/${caseId}/timeline`;

/** A query string without the blank parameters. */
function queryString(params: Record<string, string | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, value);
  return query.toString();
}

const reportQuery = ({ from, to, centerId }: ReportQuery) => queryString({ from, to, centerId });

/**
 * ra-data-simple-rest on the API, with the adjustments the API needs:
 * - `update` sends only the changed fields plus `version` (the API refuses id/createdAt/... with 400);
 * - `create` sends no blank fields;
 * - `delete` voids: it sends `meta.reason` as the JSON body `{reason}`;
 * - `getMany` asks for a range as large as the list of ids (the API's default page is smaller);
 * and the routes that are not resources (duplicate check, consent coverage, withdrawal, attendance,
 * reports, the colleague directory, CSV exports).
 */
export function createDataProvider(
  apiUrl: string = API_URL,
  client: typeof httpClient = httpClient,
  download: typeof downloadFile = downloadFile,
): TsunaguDataProvider {
  const base = simpleRestProvider(apiUrl, client);
  const json = async <T>(path: string, options: Parameters<typeof httpClient>[1] = {}): Promise<T> =>
    (await client(`${apiUrl}/${path}`, options)).json as T;
  return {
    ...base,
    update: (resource, params) =>
      base.update(resource, { ...params, data: updateBody(params.data, params.previousData) }),
    create: (resource, params) => base.create(resource, { ...params, data: createBody(params.data) }),
    delete: async <R extends RaRecord>(resource: string, params: { id: Identifier; previousData?: R; meta?: { reason?: string } }) => {
      const reason = params.meta?.reason;
      const data = await json<R>(`${resource}/${encodeURIComponent(String(params.id))}`, {
        method: 'DELETE',
        body: JSON.stringify(reason === undefined ? {} : { reason }),
      });
      return { data };
    },
    getMany: async <R extends RaRecord>(resource: string, params: { ids: Identifier[]; signal?: AbortSignal; meta?: unknown }) => {
      const data: R[] = [];
      for (let start = 0; start < params.ids.length; start += MAX_PAGE_SIZE) {
        const ids = params.ids.slice(start, start + MAX_PAGE_SIZE);
        const page = await base.getList<R>(resource, {
          filter: { id: ids },
          pagination: { page: 1, perPage: ids.length },
          sort: { field: 'id', order: 'ASC' },
          signal: params.signal,
        });
        data.push(...page.data);
      }
      return { data };
    },
    findDuplicates: (query) => json(`cases/duplicates?${queryString({ name: query.name?.trim(), kana: query.kana?.trim(), birthDate: query.birthDate })}`),
    consentCoverage: (query) =>
      json(
        `consents/coverage?${queryString({
          caseId: query.caseId,
          purpose: query.purpose,
          on: query.on,
          subject: query.subject,
          familyMemberId: query.familyMemberId,
          agencyId: query.agencyId,
        })}`,
      ),
    requestClosure: (caseId, body) => json(`cases/${encodeURIComponent(String(caseId))}/closure-request`, { method: 'POST', body: JSON.stringify(body) }),
    declineClosure: (caseId, body) =>
      json(`cases/${encodeURIComponent(String(caseId))}/closure-request/decline`, { method: 'POST', body: JSON.stringify(body) }),
    mergeCase: (caseId, body) => json(`cases/${encodeURIComponent(String(caseId))}/merge`, { method: 'POST', body: JSON.stringify(body) }),
    withdrawConsent: (id, body) =>
      json(`consents/${encodeURIComponent(String(id))}/withdraw`, { method: 'POST', body: JSON.stringify(body) }),
    usualAttendees: (sessionId) => json(`program-sessions/${encodeURIComponent(String(sessionId))}/usual-attendees`),
    recordAttendance: (sessionId, entries) =>
      json(`program-sessions/${encodeURIComponent(String(sessionId))}/attendances`, {
        method: 'POST',
        body: JSON.stringify({ entries: entries.map((e) => (e.familyMemberId ? e : { caseId: e.caseId, attendee: e.attendee })) }),
      }),
    chainInquiry: (id, body) => json(`inquiries/${encodeURIComponent(String(id))}/chain`, { method: 'POST', body: JSON.stringify(body) }),
    convertInquiry: (id, body) => json(`inquiries/${encodeURIComponent(String(id))}/convert`, { method: 'POST', body: JSON.stringify(createBody(body)) }),
    importTemplate: (query) =>
      query.format === 'csv'
        ? download(`${apiUrl}/imports/template?${queryString({ format: 'csv', sheet: query.sheet })}`, `tsunagu-import-${query.sheet}.csv`)
        : download(`${apiUrl}/imports/template`, 'tsunagu-import-template.xlsx'),
    uploadImport: (files) => {
      // A FormData body: fetchJson leaves the Content-Type to the browser (multipart with its boundary).
      const body = new FormData();
      for (const file of files) body.append('files', file, file.name);
      return json(`imports`, { method: 'POST', body });
    },
    commitImport: (id) => json(`imports/${encodeURIComponent(String(id))}/commit`, { method: 'POST' }),
    decideImportRows: (id, decision) => json(`imports/${encodeURIComponent(String(id))}/decisions`, { method: 'POST', body: JSON.stringify(decision) }),
    exportCsv: (resource, { filter = {}, sort }) =>
      download(
        `${apiUrl}/${resource}?${queryString({
          filter: JSON.stringify(filter),
          sort: sort ? JSON.stringify([sort.field, sort.order]) : undefined,
          range: JSON.stringify([0, MAX_PAGE_SIZE - 1]),
          format: 'csv',
        })}`,
        `tsunagu-${resource}.csv`,
      ),
    report: (name, query) => json(`reports/${name}?${reportQuery(query)}`),
    reportCsv: (name, query) => download(`${apiUrl}/reports/${name}?${reportQuery(query)}&format=csv`, `tsunagu-${name}.csv`),
    directory: () => json(`users/directory`),
    summarySheet: (caseId, { variant, from, to }) => json(`cases/${encodeURIComponent(String(caseId))}/summary-sheet?${queryString({ variant, from, to })}`),
  };
}

export const dataProvider = createDataProvider();
