import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { DEFAULT_REASSESSMENT_MONTHS } from '@tsunagu/contracts';
import { AcceptsWholeRecord, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';

export class CreateCenterDto {
  @ApiProperty({ example: '札幌市ひきこもり地域支援センター' })
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'SAP', description: '2 to 10 capital letters or digits; used in case numbers' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, { message: 'code must be 2 to 10 capital letters or digits, starting with a letter' })
  code: string;

  @ApiPropertyOptional({ description: 'Months after an assessment when the next one is due', default: DEFAULT_REASSESSMENT_MONTHS, minimum: 1, maximum: 24 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(24)
  reassessmentMonths?: number;

  @ApiPropertyOptional({ default: false, description: 'Every user of the center signs in with a second factor (TOTP)' })
  @Optional()
  @IsBoolean()
  requireTwoFactor?: boolean;
}

@AcceptsWholeRecord()
export class UpdateCenterDto extends PartialUpdate(CreateCenterDto) {
  @ApiPropertyOptional({ description: 'The version last read; a different stored version answers 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
