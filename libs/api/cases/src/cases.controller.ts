import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CASE_LIST_SPEC } from './cases.policy';
import { CasesService } from './cases.service';
import { DeclineClosureDto, DuplicateQueryDto, MergeCaseDto, NewCaseDto, RequestClosureDto, UpdateCaseDto } from './dto/case.dto';
import { CaseMergeService } from './case-merge.service';

@ApiTags('cases')
@Controller(RESOURCES.cases)
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly merger: CaseMergeService,
  ) {}

  @Get()
  @Can(RESOURCES.cases, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(CASE_LIST_SPEC) list: ListQuery) {
    return this.cases.list(user, list);
  }

  /** Declared before `:id` so that "duplicates" is not read as an id. */
  @Get('duplicates')
  @Can(RESOURCES.cases, 'duplicate_check')
  duplicates(@CurrentUser() user: AuthUser, @Query() query: DuplicateQueryDto) {
    return this.cases.duplicates(user, query);
  }

  @Get(':id')
  @Can(RESOURCES.cases, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.cases.get(user, id);
  }

  @Post()
  @Can(RESOURCES.cases, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: NewCaseDto) {
    return this.cases.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.cases, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCaseDto) {
    return this.cases.update(user, id, dto);
  }

  /** A coordinator asks the supervisor to close the case; approving it is closing the case (PUT status). */
  @Post(':id/closure-request')
  @Can(RESOURCES.cases, 'request_closure')
  requestClosure(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RequestClosureDto) {
    return this.cases.requestClosure(user, id, dto);
  }

  @Post(':id/closure-request/decline')
  @Can(RESOURCES.cases, 'close')
  declineClosure(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DeclineClosureDto) {
    return this.cases.declineClosure(user, id, dto);
  }

  /** Merges a duplicate into this case: its records move here, and it is closed as a duplicate. */
  @Post(':id/merge')
  @Can(RESOURCES.cases, 'merge')
  merge(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeCaseDto) {
    return this.merger.merge(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.cases, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.cases.remove(user, id, dto);
  }
}
