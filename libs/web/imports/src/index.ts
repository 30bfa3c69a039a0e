import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ImportBatchDto } from '@tsunagu/contracts';
import { ImportList } from './batches/ImportList';
import { ImportShow } from './batch/ImportShow';
import { ImportUpload } from './upload/ImportUpload';

/**
 * データ取込 (supervisors): bringing an existing caseload in from Excel or CSV. Upload, settle the
 * dry run, commit in one go; a committed import can be voided as a whole. There is no edit page:
 * the mapping and the decisions are made on the batch's page.
 */
export const imports = {
  list: ImportList,
  show: ImportShow,
  create: ImportUpload,
  icon: UploadFileIcon,
  recordRepresentation: (record: ImportBatchDto) => record.fileName,
};
