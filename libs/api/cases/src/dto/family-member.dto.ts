import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { RELATIONSHIPS, type Relationship } from '@tsunagu/contracts';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { AcceptsWholeRecord, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';

export class CreateFamilyMemberDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;

  @ApiProperty({ example: '田中 恵子' })
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 1952 })
  @Nullable()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  livesWithClient?: boolean;

  @ApiPropertyOptional({ default: false, description: 'The family member who mainly consults the center' })
  @Optional()
  @IsBoolean()
  mainConsulter?: boolean;
}

@AcceptsWholeRecord()
export class UpdateFamilyMemberDto extends PartialUpdate(OmitType(CreateFamilyMemberDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
