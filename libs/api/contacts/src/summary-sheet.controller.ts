import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RESOURCES } from '@tsunagu/contracts';
import { AuthUser, Can, CurrentUser } from '@tsunagu/api-core';
import { SummarySheetQueryDto } from './dto/summary-sheet.dto';
import { SummarySheetService } from './summary-sheet.service';

/** The case summary sheet (ケース概要票) the web app prints; each one is audited as an export. */
@ApiTags('cases')
@Controller(RESOURCES.cases)
export class SummarySheetController {
  constructor(private readonly sheets: SummarySheetService) {}

  @Get(':id/summary-sheet')
  @Can(RESOURCES.cases, 'summary_sheet')
  sheet(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: SummarySheetQueryDto) {
    return this.sheets.make(user, id, query);
  }
}
