import PeopleIcon from '@mui/icons-material/People';
import type { UserDto } from '@tsunagu/contracts';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** ユーザー: admins manage every user; a supervisor reads their own center's. */
export const users = {
  list: UserList,
  show: UserShow,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (record: UserDto) => record.name,
};
