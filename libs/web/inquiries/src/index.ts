import PhoneInTalkIcon from '@mui/icons-material/PhoneInTalk';
import { formatDateTime } from '@tsunagu/web-ui';
import type { InquiryDto } from '@tsunagu/contracts';
import { InquiryCreate, InquiryEdit } from './inquiries/InquiryForm';
import { InquiryList } from './inquiries/InquiryList';
import { InquiryShow } from './inquiries/InquiryShow';

export { QuickInquiryButton } from './quick/QuickInquiry';
export { InquiriesHome } from './home/InquiriesHome';

/** 相談受付: first contacts, before (or without) a case; a chain of them may become a case (ケース化). */
export const inquiries = {
  list: InquiryList,
  show: InquiryShow,
  create: InquiryCreate,
  edit: InquiryEdit,
  icon: PhoneInTalkIcon,
  recordRepresentation: (record: InquiryDto) => formatDateTime(record.receivedAt, 'ja'),
};
