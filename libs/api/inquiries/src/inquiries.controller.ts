import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { ApiListQuery, AuthUser, Can, CurrentUser, ListParams, ListQuery, VoidDto } from '@tsunagu/api-core';
import { NewCaseDto } from '@tsunagu/api-cases';
import { ChainInquiryDto, CreateInquiryDto, UpdateInquiryDto } from './dto/inquiry.dto';
import { INQUIRY_LIST_SPEC, InquiriesService } from './inquiries.service';

/** 相談受付: first contacts, before or without a case. */
@ApiTags('inquiries')
@Controller(RESOURCES.inquiries)
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Get()
  @Can(RESOURCES.inquiries, 'list')
  @ApiListQuery()
  list(@CurrentUser() user: AuthUser, @ListParams(INQUIRY_LIST_SPEC) list: ListQuery) {
    return this.inquiries.list(user, list);
  }

  @Get(':id')
  @Can(RESOURCES.inquiries, 'show')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.inquiries.get(user, id);
  }

  @Post()
  @Can(RESOURCES.inquiries, 'create')
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateInquiryDto) {
    return this.inquiries.create(user, dto);
  }

  @Put(':id')
  @Can(RESOURCES.inquiries, 'edit')
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInquiryDto) {
    return this.inquiries.update(user, id, dto);
  }

  @Delete(':id')
  @Can(RESOURCES.inquiries, 'delete')
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: VoidDto) {
    return this.inquiries.remove(user, id, dto);
  }

  /** Links the contact to another chain (the same person), or with no chainId gives it one of its own. */
  @Post(':id/chain')
  @HttpCode(200)
  @Can(RESOURCES.inquiries, 'chain')
  chain(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ChainInquiryDto) {
    return this.inquiries.chain(user, id, dto);
  }

  /** ケース化: opens a case for the person of this contact's chain; answers the new case. */
  @Post(':id/convert')
  @Can(RESOURCES.inquiries, 'convert')
  convert(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: NewCaseDto) {
    return this.inquiries.convert(user, id, dto);
  }
}
