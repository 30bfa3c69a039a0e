import EventNoteIcon from '@mui/icons-material/EventNote';
import GroupsIcon from '@mui/icons-material/Groups';
import type { ProgramDto } from '@tsunagu/contracts';
import {
  ProgramCreate,
  ProgramEdit,
  ProgramList,
  ProgramSessionCreate,
  ProgramSessionEdit,
  ProgramSessionList,
  ProgramSessionShow,
  programSessionRepresentation,
  ProgramShow,
} from './programs/programs';

export { CaseTimeline } from './timeline/CaseTimeline';
export { TodayPanel } from './today/TodayPanel';

/** プログラム: supervisors (and admins) manage them; coordinators read them and run their sessions. */
export const programs = {
  list: ProgramList,
  show: ProgramShow,
  create: ProgramCreate,
  edit: ProgramEdit,
  icon: GroupsIcon,
  recordRepresentation: (record: ProgramDto) => record.name,
};

/** 実施回: a session's page is its attendance checklist. */
export const programSessions = {
  list: ProgramSessionList,
  show: ProgramSessionShow,
  create: ProgramSessionCreate,
  edit: ProgramSessionEdit,
  icon: EventNoteIcon,
  recordRepresentation: programSessionRepresentation,
};
