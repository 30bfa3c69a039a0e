import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery } from '@tsunagu/api-core';
import { CentersService } from './centers.service';
import { CreateCenterDto, UpdateCenterDto } from './dto/center.dto';
import { CENTER_LIST_SPEC } from './users.policy';

@ApiTags('centers')
@Controller(RESOURCES.centers)
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get()
  @Can(RESOURCES.centers, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(CENTER_LIST_SPEC) list: ListQuery) {
    return this.centers.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.centers, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.centers.get(user, id);
  }

  @Post()
  @Can(RESOURCES.centers, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCenterDto) {
    return this.centers.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.centers, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateCenterDto) {
    return this.centers.update(user, id, dto);
  }
}
