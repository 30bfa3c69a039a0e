import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery } from '@tsunagu/api-core';
import { UsersService } from './users.service';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { USER_LIST_SPEC } from './users.policy';

@ApiTags('users')
@Controller(RESOURCES.users)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Can(RESOURCES.users, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(USER_LIST_SPEC) list: ListQuery) {
    return this.users.list(user, list);
  }

  /** Declared before `:id`. Everyone in a center sees their colleagues' names and roles. */
  @Get('directory')
  @Can(RESOURCES.users, 'directory')
  directory(@CurrentUser() user: AuthUser) {
    return this.users.directory(user);
  }

  @Get(':id')
  @Can(RESOURCES.users, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.get(user, id);
  }

  @Post()
  @Can(RESOURCES.users, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto) {
    return this.users.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.users, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(user, id, dto);
  }

  /** 再発行: a temporary password, answered once, to be changed at the next sign-in; the user's sessions end. */
  @Post(':id/password-reset')
  @HttpCode(200)
  @Can(RESOURCES.users, 'resetPassword')
  resetPassword(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.resetPassword(user, id);
  }

  /** A lost authenticator: the second factor is cleared and set up again at the next sign-in. */
  @Post(':id/two-factor-reset')
  @HttpCode(200)
  @Can(RESOURCES.users, 'resetTwoFactor')
  resetTwoFactor(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.resetTwoFactor(user, id);
  }
}
