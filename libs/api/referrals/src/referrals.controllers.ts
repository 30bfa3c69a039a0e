import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { DISCLOSURE_LIST_SPEC, DisclosuresService } from './disclosures.service';
import { CreateDisclosureDto, CreateReferralDto, UpdateReferralDto } from './dto/referral.dto';
import { REFERRAL_LIST_SPEC, ReferralsService } from './referrals.service';

@ApiTags('referrals')
@Controller(RESOURCES.referrals)
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @Can(RESOURCES.referrals, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(REFERRAL_LIST_SPEC) list: ListQuery) {
    return this.referrals.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.referrals, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.referrals.get(user, id);
  }

  @Post()
  @Can(RESOURCES.referrals, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateReferralDto) {
    return this.referrals.create(user, dto);
  }

  /** Edits and lifecycle moves; moving to `referred` writes the disclosure record in the same transaction. */
  @Put(':id')
  @Can(RESOURCES.referrals, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateReferralDto) {
    return this.referrals.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.referrals, 'delete')
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
  @Can(RESOURCES.disclosures, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(DISCLOSURE_LIST_SPEC) list: ListQuery) {
    return this.disclosures.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.disclosures, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.disclosures.get(user, id);
  }

  @Post()
  @Can(RESOURCES.disclosures, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDisclosureDto) {
    return this.disclosures.create(user, dto);
  }
}
