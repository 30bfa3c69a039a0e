import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CONFERENCE_LIST_SPEC, ConferencesService } from './conferences.service';
import { CreateCaseConferenceDto, UpdateCaseConferenceDto } from './dto/conference.dto';

/** ケース会議・支援会議: recorded with who attended and on what basis, writing the disclosure records. */
@ApiTags('case-conferences')
@Controller(RESOURCES.caseConferences)
export class ConferencesController {
  constructor(private readonly conferences: ConferencesService) {}

  @Get()
  @Can(RESOURCES.caseConferences, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(CONFERENCE_LIST_SPEC) list: ListQuery) {
    return this.conferences.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.caseConferences, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.conferences.get(user, id);
  }

  @Post()
  @Can(RESOURCES.caseConferences, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCaseConferenceDto) {
    return this.conferences.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.caseConferences, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCaseConferenceDto) {
    return this.conferences.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.caseConferences, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.conferences.remove(user, id, dto);
  }
}
