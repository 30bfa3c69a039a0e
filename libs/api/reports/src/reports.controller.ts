import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { REPORTS } from '@tsunagu/contracts';
import { AuthUser, Can, CurrentUser } from '@tsunagu/api-core';
import type { Response } from 'express';
import { ReportQueryDto } from './report-query.dto';
import { ReportOutput, ReportsService } from './reports.service';

/** Sends JSON, or the CSV download when one was asked for. */
function send<T extends { from: string; to: string }>(res: Response, name: string, out: ReportOutput<T>): T | string {
  if (out.csv === undefined) return out.json;
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  // The period is in the name (not a line above the header), so Excel opens the file as a table.
  res.setHeader('Content-Disposition', `attachment; filename="tsunagu-${name}-${out.json.from}-${out.json.to}.csv"`);
  return out.csv;
}

@ApiTags('reports')
@Controller(REPORTS)
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('caseload')
  @Can(REPORTS, 'caseload')
  @ApiProduces('application/json', 'text/csv')
  async caseload(@CurrentUser() user: AuthUser, @Query() q: ReportQueryDto, @Res({ passthrough: true }) res: Response) {
    return send(res, 'caseload', await this.reports.caseload(user, q));
  }

  @Get('activity')
  @Can(REPORTS, 'activity', 'referral_statistics')
  @ApiProduces('application/json', 'text/csv')
  async activity(@CurrentUser() user: AuthUser, @Query() q: ReportQueryDto, @Res({ passthrough: true }) res: Response) {
    return send(res, 'activity', await this.reports.activity(user, q));
  }
}
