import { ApiPropertyOptional } from '@nestjs/swagger';
import { SUMMARY_SHEET_VARIANTS, type SummarySheetVariant } from '@tsunagu/contracts';
import { IsDateOnly, Optional } from '@tsunagu/api-core';
import { IsIn } from 'class-validator';

export class SummarySheetQueryDto {
  @ApiPropertyOptional({ enum: SUMMARY_SHEET_VARIANTS, description: 'sharing (共有用): no confidential notes, family members by relationship only (default: full)' })
  @Optional()
  @IsIn(SUMMARY_SHEET_VARIANTS)
  variant?: SummarySheetVariant;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'First day of the contact history (default: a year before `to`)' })
  @Optional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'Last day of the contact history, inclusive (default: today, Japan time)' })
  @Optional()
  @IsDateOnly()
  to?: string;
}
