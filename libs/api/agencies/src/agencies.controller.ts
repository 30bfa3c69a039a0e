import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { AGENCY_LIST_SPEC } from './agencies.policy';
import { AgenciesService } from './agencies.service';
import { CreateAgencyDto, UpdateAgencyDto } from './dto/agency.dto';

@ApiTags('agencies')
@Controller(RESOURCES.agencies)
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @Can(RESOURCES.agencies, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(AGENCY_LIST_SPEC) list: ListQuery) {
    return this.agencies.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.agencies, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.agencies.get(user, id);
  }

  @Post()
  @Can(RESOURCES.agencies, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAgencyDto) {
    return this.agencies.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.agencies, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateAgencyDto) {
    return this.agencies.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.agencies, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.agencies.remove(user, id, dto);
  }
}
