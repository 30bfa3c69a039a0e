import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { ASSESSMENT_LIST_SPEC, AssessmentsService } from './assessments.service';
import { CreateAssessmentDto, UpdateAssessmentDto } from './dto/assessment.dto';

/** アセスメント: a case's assessments, newest first, each with its change since the one before. */
@ApiTags('assessments')
@Controller(RESOURCES.assessments)
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Get()
  @Can(RESOURCES.assessments, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(ASSESSMENT_LIST_SPEC) list: ListQuery) {
    return this.assessments.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.assessments, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.assessments.get(user, id);
  }

  @Post()
  @Can(RESOURCES.assessments, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAssessmentDto) {
    return this.assessments.create(user, dto);
  }

  /** Only the newest assessment of a case changes (422 ASSESSMENT_SUPERSEDED for an older one). */
  @Put(':id')
  @Can(RESOURCES.assessments, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAssessmentDto) {
    return this.assessments.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.assessments, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.assessments.remove(user, id, dto);
  }
}
