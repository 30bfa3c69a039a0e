import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { Allow, ApiListQuery, AuthUser, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CONSENT_LIST_SPEC, ConsentsService } from './consents.service';
import { ConsentCoverageQueryDto, CreateConsentDto, UpdateConsentDto, WithdrawConsentDto } from './dto/consent.dto';

@ApiTags('consents')
@Controller(RESOURCES.consents)
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Allow('supervisor', 'coordinator', 'staff')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(CONSENT_LIST_SPEC) list: ListQuery) {
    return this.consents.list(user, list);
  }

  /** Declared before `:id` so that "coverage" is not read as an id. */
  @Get('coverage')
  @Allow('supervisor', 'coordinator', 'staff')
  coverage(@CurrentUser() user: AuthUser, @Query() query: ConsentCoverageQueryDto) {
    return this.consents.coverage(user, query);
  }

  @Get(':id')
  @Allow('supervisor', 'coordinator', 'staff')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.consents.get(user, id);
  }

  @Post()
  @Allow('supervisor', 'coordinator', 'staff')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateConsentDto) {
    return this.consents.create(user, dto);
  }

  @Put(':id')
  @Allow('supervisor', 'coordinator', 'staff')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateConsentDto) {
    return this.consents.update(user, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('supervisor', 'coordinator', 'staff')
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WithdrawConsentDto) {
    return this.consents.withdraw(user, id, dto);
  }

  @Delete(':id')
  @Allow('supervisor')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.consents.remove(user, id, dto);
  }
}
