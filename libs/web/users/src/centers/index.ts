import BusinessIcon from '@mui/icons-material/Business';
import type { CenterDto } from '@tsunagu/contracts';
import { CenterCreate } from './CenterCreate';
import { CenterEdit } from './CenterEdit';
import { CenterList } from './CenterList';
import { CenterShow } from './CenterShow';

/** センター: admins manage them; a supervisor sees their own (through links, there is no list for them). */
export const centers = {
  list: CenterList,
  show: CenterShow,
  create: CenterCreate,
  edit: CenterEdit,
  icon: BusinessIcon,
  recordRepresentation: (record: CenterDto) => `${record.name}（${record.code}）`,
};
