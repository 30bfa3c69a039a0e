export { type Choice } from './choices';
export { formatDateTime, formatDay, japanDayOf, japanLocalToIso, japanNowLocal } from './dates';
export {
  CASE_STATUS_COLORS,
  CHOICES,
  CONSENT_STATE_COLORS,
  enumKey,
  REFERRAL_STATUS_COLORS,
  type EnumName,
} from './enums';
export { DownloadButton, ExportCsvButton, ExportListActions } from './export/ExportButton';
export { DateTimeField, DayField, EnumChip } from './fields';
export { remembered, useDebouncedValue, useMe } from './hooks';
export { submitOnCtrlEnter } from './keyboard';
export { NotFoundMessage } from './NotFoundMessage';
export { NotFoundPage, withNotFound } from './NotFoundPage';
export { ReasonDialog } from './ReasonDialog';
export { StaffName } from './StaffName';
export { VoidButton } from './VoidButton';
export { SaveCancelButtons } from './SaveCancelButtons';
export { SaveToolbar } from './SaveToolbar';
export { CountTitle, LinkRow, RowsLoading } from './HomeList';
export * from './print';
