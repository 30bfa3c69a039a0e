import GroupsIcon from '@mui/icons-material/Groups';
import { reactRouterProvider } from 'react-admin';
import { ConferenceCreate } from './ConferenceCreate';
import { ConferenceEdit } from './ConferenceEdit';
import { ConferenceList } from './ConferenceList';
import { ConferenceShow } from './ConferenceShow';
import { MinutesPrint } from './MinutesPrint';

/** react-admin's router, for a route of the resource beyond list/show/create. */
const { Route } = reactRouterProvider;

/** ケース会議・支援会議: recorded after the meeting, with the minutes to print at `/case-conferences/:id/minutes`. */
export const caseConferences = {
  list: ConferenceList,
  create: ConferenceCreate,
  edit: ConferenceEdit,
  show: ConferenceShow,
  icon: GroupsIcon,
  recordRepresentation: 'title',
  children: <Route path=":id/minutes" element={<MinutesPrint />} />,
};
