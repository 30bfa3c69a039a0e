import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { Allow, ApiListQuery, AuthUser, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { DISCLOSURE_LIST_SPEC, DisclosuresService } from './disclosures.service';
import { CreateDisclosureDto, CreateReferralDto, UpdateReferralDto } from './dto/referral.dto';
import { REFERRAL_LIST_SPEC, ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller(RESOURCES.referrals)
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @Allow('supervisor', 'coordinator', 'staff')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(REFERRAL_LIST_SPEC) list: ListQuery) {
    return this.referrals.list(user, list);
  }

  @Get(':id')
  @Allow('supervisor', 'coordinator', 'staff')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.referrals.get(user, id);
  }

  @Post()
  @Allow('supervisor', 'coordinator', 'staff')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateReferralDto) {
    return this.referrals.create(user, dto);
  }

  /** Edits and lifecycle moves; moving to `referred` writes the disclosure record in the same transaction. */
  @Put(':id')
  @Allow('supervisor', 'coordinator', 'staff')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReferralDto) {
    return this.referrals.update(user, id, dto);
  }

  @Delete(':id')
  @Allow('supervisor')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.referrals.remove(user, id, dto);
  }
}

/** Disclosure records are written, never edited or deleted: there is no PUT or DELETE. */
@ApiTags('disclosures')
@Controller(RESOURCES.disclosures)
export class DisclosuresController {
  constructor(private readonly disclosures: DisclosuresService) {}

  @Get()
  @Allow('supervisor', 'coordinator', 'staff')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(DISCLOSURE_LIST_SPEC) list: ListQuery) {
    return this.disclosures.list(user, list);
  }

  @Get(':id')
  @Allow('supervisor', 'coordinator', 'staff')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.disclosures.get(user, id);
  }

  @Post()
  @Allow('supervisor', 'coordinator', 'staff')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDisclosureDto) {
    return this.disclosures.create(user, dto);
  }
}
