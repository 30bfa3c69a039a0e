import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CONSENT_LIST_SPEC, ConsentsService } from './consents.service';
import { ConsentCoverageQueryDto, CreateConsentDto, UpdateConsentDto, WithdrawConsentDto } from './dto/consent.dto';

@ApiTags('consents')
@Controller(RESOURCES.consents)
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Get()
  @Can(RESOURCES.consents, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(CONSENT_LIST_SPEC) list: ListQuery) {
    return this.consents.list(user, list);
  }

  /** Declared before `:id` so that "coverage" is not read as an id. */
  @Get('coverage')
  @Can(RESOURCES.consents, 'coverage')
  coverage(@CurrentUser() user: AuthUser, @Query() query: ConsentCoverageQueryDto) {
    return this.consents.coverage(user, query);
  }

  @Get(':id')
  @Can(RESOURCES.consents, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.consents.get(user, id);
  }

  @Post()
  @Can(RESOURCES.consents, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateConsentDto) {
    return this.consents.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.consents, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateConsentDto) {
    return this.consents.update(user, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Can(RESOURCES.consents, 'withdraw')
  withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: WithdrawConsentDto) {
    return this.consents.withdraw(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.consents, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.consents.remove(user, id, dto);
  }
}
