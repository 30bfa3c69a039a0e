import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CaseActivityService, FOLLOW_UP_LIST_SPEC, TIMELINE_LIST_SPEC } from './case-activity.service';
import {
  CreateAttendanceDto,
  CreateInterviewDto,
  CreateOutreachVisitDto,
  CreateProgramDto,
  CreateProgramSessionDto,
  RecordAttendanceDto,
  UpdateInterviewDto,
  UpdateOutreachVisitDto,
  UpdateProgramDto,
  UpdateProgramSessionDto,
} from './dto/contact.dto';
import { INTERVIEW_LIST_SPEC, InterviewsService } from './interviews.service';
import { OUTREACH_LIST_SPEC, OutreachVisitsService } from './outreach-visits.service';
import { ATTENDANCE_LIST_SPEC, PROGRAM_LIST_SPEC, ProgramsService, SESSION_LIST_SPEC } from './programs.service';

/** Liaison staff may call the reads, and find no contact record there (404 / empty list). */
@ApiTags('interviews')
@Controller(RESOURCES.interviews)
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Get()
  @Can(RESOURCES.interviews, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(INTERVIEW_LIST_SPEC) list: ListQuery) {
    return this.interviews.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.interviews, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.interviews.get(user, id);
  }

  @Post()
  @Can(RESOURCES.interviews, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInterviewDto) {
    return this.interviews.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.interviews, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInterviewDto) {
    return this.interviews.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.interviews, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.interviews.remove(user, id, dto);
  }
}

@ApiTags('outreach-visits')
@Controller(RESOURCES.outreachVisits)
export class OutreachVisitsController {
  constructor(private readonly visits: OutreachVisitsService) {}

  @Get()
  @Can(RESOURCES.outreachVisits, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(OUTREACH_LIST_SPEC) list: ListQuery) {
    return this.visits.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.outreachVisits, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.visits.get(user, id);
  }

  @Post()
  @Can(RESOURCES.outreachVisits, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOutreachVisitDto) {
    return this.visits.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.outreachVisits, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateOutreachVisitDto) {
    return this.visits.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.outreachVisits, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.visits.remove(user, id, dto);
  }
}

@ApiTags('programs')
@Controller(RESOURCES.programs)
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @Can(RESOURCES.programs, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(PROGRAM_LIST_SPEC) list: ListQuery) {
    return this.programs.listPrograms(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.programs, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programs.getProgram(user, id);
  }

  @Post()
  @Can(RESOURCES.programs, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProgramDto) {
    return this.programs.createProgram(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.programs, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProgramDto) {
    return this.programs.updateProgram(user, id, dto);
  }
}

@ApiTags('program-sessions')
@Controller(RESOURCES.programSessions)
export class ProgramSessionsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @Can(RESOURCES.programSessions, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(SESSION_LIST_SPEC) list: ListQuery) {
    return this.programs.listSessions(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.programSessions, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programs.getSession(user, id);
  }

  /** The usual attendees of the session's program among the cases you may see: the attendance checklist. */
  @Get(':id/usual-attendees')
  @Can(RESOURCES.programSessions, 'usual_attendees')
  usualAttendees(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programs.usualAttendees(user, id);
  }

  @Post()
  @Can(RESOURCES.programSessions, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateProgramSessionDto) {
    return this.programs.createSession(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.programSessions, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateProgramSessionDto) {
    return this.programs.updateSession(user, id, dto);
  }

  /** A whole session's attendance in one transaction. */
  @Post(':id/attendances')
  @Can(RESOURCES.attendances, 'create')
  record(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RecordAttendanceDto) {
    return this.programs.recordAttendance(user, id, dto);
  }
}

@ApiTags('attendances')
@Controller(RESOURCES.attendances)
export class AttendancesController {
  constructor(private readonly programs: ProgramsService) {}

  @Get()
  @Can(RESOURCES.attendances, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(ATTENDANCE_LIST_SPEC) list: ListQuery) {
    return this.programs.listAttendances(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.attendances, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.programs.getAttendance(user, id);
  }

  @Post()
  @Can(RESOURCES.attendances, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAttendanceDto) {
    return this.programs.createAttendance(user, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.attendances, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.programs.removeAttendance(user, id, dto);
  }
}

@ApiTags('cases')
@Controller(RESOURCES.cases)
export class TimelineController {
  constructor(private readonly activity: CaseActivityService) {}

  @Get(':id/timeline')
  @Can(RESOURCES.cases, 'timeline')
  @ApiListQuery()
  timeline(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @ListParams(TIMELINE_LIST_SPEC) list: ListQuery) {
    return this.activity.timeline(user, id, list);
  }
}

@ApiTags('follow-ups')
@Controller(RESOURCES.followUps)
export class FollowUpsController {
  constructor(private readonly activity: CaseActivityService) {}

  @Get()
  @Can(RESOURCES.followUps, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(FOLLOW_UP_LIST_SPEC) list: ListQuery) {
    return this.activity.followUps(user, list);
  }
}
