import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateOnly, Optional } from '@tsunagu/api-core';
import { IsIn, IsUUID } from 'class-validator';

export class ReportQueryDto {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'First day (default: first day of this month, Japan time)' })
  @Optional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ example: '2027-03-31', description: 'Last day, inclusive (default: today)' })
  @Optional()
  @IsDateOnly()
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: UTF-8 with BOM, Japanese headers (audited)' })
  @Optional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ description: 'Admin only: one center' })
  @Optional()
  @IsUUID()
  centerId?: string;
}
