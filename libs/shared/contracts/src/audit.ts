export const AUDIT_ACTIONS = [
  'read',
  'create',
  'update',
  'void',
  'export',
  'login',
  'login_failed',
  'logout',
  'password_change',
  'password_reset',
  'two_factor_enrol',
  'two_factor_reset',
  'two_factor_failed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * What an audit entry is about (`entity`): a kind of record, a domain move on a case, or what was
 * exported (a list, by its resource name, or a report).
 */
export const AUDIT_ENTITIES = [
  'center',
  'user',
  'case',
  'case_duplicate_check',
  'case_closure_request',
  'case_merge',
  'case_summary_sheet',
  'family_member',
  'consent',
  'agency',
  'interview',
  'outreach_visit',
  'program',
  'program_session',
  'attendance',
  'referral',
  'disclosure',
  'inquiry',
  'inquiry_chain',
  'import_batch',
  'assessment',
  'support_plan',
  'case_conference',
  'import_template',
  'cases',
  'family-members',
  'consents',
  'agencies',
  'interviews',
  'outreach-visits',
  'programs',
  'program-sessions',
  'attendances',
  'follow-ups',
  'referrals',
  'disclosures',
  'inquiries',
  'imports',
  'import-rows',
  'assessments',
  'support-plans',
  'case-conferences',
  'users',
  'centers',
  'audit-logs',
  'report_caseload',
  'report_activity',
  'report_referral_statistics',
] as const;

export interface AuditLogDto {
  id: string;
  at: string;
  userId: string | null;
  /** The name of who did it (null for a failed sign-in with an unknown email). */
  userName: string | null;
  centerId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string | null;
  caseId: string | null;
  /** The number of the case it concerns (ケース番号), when it concerns one. */
  caseNumber: string | null;
}
