import type { AuthUser } from '../auth/auth-user';
import type { NameBook, RefKind } from './readable';

/** Records that a user exported data (implemented by the audit module). */
export interface ExportRecorder {
  recordExport(actor: AuthUser, what: string, detail: Record<string, string | number>): Promise<void>;
}

export const EXPORT_RECORDER = Symbol('EXPORT_RECORDER');

/** Looks up the names an export shows instead of ids, within what the user may see (implemented by the audit module). */
export interface ExportNames {
  namesFor(actor: AuthUser, refs: Record<RefKind, string[]>): Promise<NameBook>;
}

export const EXPORT_NAMES = Symbol('EXPORT_NAMES');
