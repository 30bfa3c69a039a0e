import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { CreateFamilyMemberDto, UpdateFamilyMemberDto } from './dto/family-member.dto';
import { FAMILY_LIST_SPEC, FamilyMembersService } from './family-members.service';

/** Staff read families (to name the subject of a consent or referral); they do not edit them. */
@ApiTags('family-members')
@Controller(RESOURCES.familyMembers)
export class FamilyMembersController {
  constructor(private readonly family: FamilyMembersService) {}

  @Get()
  @Can(RESOURCES.familyMembers, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(FAMILY_LIST_SPEC) list: ListQuery) {
    return this.family.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.familyMembers, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.family.get(user, id);
  }

  @Post()
  @Can(RESOURCES.familyMembers, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateFamilyMemberDto) {
    return this.family.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.familyMembers, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateFamilyMemberDto) {
    return this.family.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.familyMembers, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.family.remove(user, id, dto);
  }
}
