export { choicesOf, type Choice } from './choices';
export { formatDateTime, formatDay, japanDayOf, japanLocalToIso, japanNowLocal } from './dates';
export {
  CASE_STATUS_COLORS,
  CHOICES,
  CONSENT_STATE_COLORS,
  ENUMS,
  enumKey,
  enumPrefix,
  FOLLOW_UP_COLORS,
  REFERRAL_STATUS_COLORS,
  type EnumName,
} from './enums';
export { useDirectory, type DirectoryDataProvider } from './directory';
export {
  DownloadButton,
  ExportCsvButton,
  ExportListActions,
  ListExportButton,
  type CsvExportingDataProvider,
  type CsvQuery,
  type DownloadButtonProps,
  type DownloadedFile,
  type ExportCsvButtonProps,
} from './export/ExportButton';
export { saveFile } from './export/save-file';
export { DateTimeField, DayField, EnumChip, type EnumChipProps } from './fields';
export { remembered, useDebouncedValue, useMe, type Me } from './hooks';
export { submitOnCtrlEnter } from './keyboard';
export { NotFoundMessage } from './NotFoundMessage';
export { ReasonDialog, type ReasonDialogProps, type ReasonDialogValues } from './ReasonDialog';
export { StaffName } from './StaffName';
export { VoidButton, type VoidButtonProps } from './VoidButton';
export { SaveCancelButtons } from './SaveCancelButtons';
