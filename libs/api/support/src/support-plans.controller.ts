import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CreateSupportPlanDto, ReviewSupportPlanDto, UpdateSupportPlanDto } from './dto/support-plan.dto';
import { SUPPORT_PLAN_LIST_SPEC, SupportPlansService } from './support-plans.service';

/** 支援計画: a case's plan in force and its history, and the plan's reviews. */
@ApiTags('support-plans')
@Controller(RESOURCES.supportPlans)
export class SupportPlansController {
  constructor(private readonly plans: SupportPlansService) {}

  @Get()
  @Can(RESOURCES.supportPlans, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(SUPPORT_PLAN_LIST_SPEC) list: ListQuery) {
    return this.plans.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.supportPlans, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.plans.get(user, id);
  }

  /** A new plan supersedes the case's plan in force. */
  @Post()
  @Can(RESOURCES.supportPlans, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateSupportPlanDto) {
    return this.plans.create(user, dto);
  }

  /** Only the plan in force changes (422 PLAN_SUPERSEDED for an earlier one). */
  @Put(':id')
  @Can(RESOURCES.supportPlans, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSupportPlanDto) {
    return this.plans.update(user, id, dto);
  }

  /** A review: every goal evaluated, and the next review day. */
  @Post(':id/review')
  @HttpCode(200)
  @Can(RESOURCES.supportPlans, 'review')
  review(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReviewSupportPlanDto) {
    return this.plans.review(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.supportPlans, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.plans.remove(user, id, dto);
  }
}
