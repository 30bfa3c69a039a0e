/** Names of the REST resources under /api, shared by the API routes and the web app. */
export const RESOURCES = {
  centers: 'centers',
  users: 'users',
  auditLogs: 'audit-logs',
  cases: 'cases',
  familyMembers: 'family-members',
  consents: 'consents',
  agencies: 'agencies',
  interviews: 'interviews',
  outreachVisits: 'outreach-visits',
  programs: 'programs',
  programSessions: 'program-sessions',
  attendances: 'attendances',
  followUps: 'follow-ups',
  referrals: 'referrals',
  disclosures: 'disclosures',
} as const;
export type ResourceName = (typeof RESOURCES)[keyof typeof RESOURCES];

export const API_PREFIX = 'api';
/** Largest page a list endpoint returns. */
export const MAX_PAGE_SIZE = 1000;
/** Page returned when a list request names no range. */
export const DEFAULT_PAGE_SIZE = 25;
