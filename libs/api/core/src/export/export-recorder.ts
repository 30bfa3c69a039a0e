import type { AuthUser } from '../auth/auth-user';

/** Records that a user exported data (implemented by the audit module). */
export interface ExportRecorder {
  recordExport(actor: AuthUser, what: string, detail: Record<string, string | number>): Promise<void>;
}

export const EXPORT_RECORDER = Symbol('EXPORT_RECORDER');
