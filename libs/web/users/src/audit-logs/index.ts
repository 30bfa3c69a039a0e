import HistoryIcon from '@mui/icons-material/History';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** 監査ログ: append-only, so there is no create or edit view. */
export const auditLogs = {
  list: AuditLogList,
  show: AuditLogShow,
  icon: HistoryIcon,
};

export { CaseAccessHistory } from './CaseAccessHistory';
