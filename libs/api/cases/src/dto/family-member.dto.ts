import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { RELATIONSHIPS, type Relationship } from '@tsunagu/contracts';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateFamilyMemberDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: RELATIONSHIPS })
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;

  @ApiProperty({ example: '田中 恵子' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 1952 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  livesWithClient?: boolean;

  @ApiPropertyOptional({ default: false, description: 'The family member who mainly consults the center' })
  @IsOptional()
  @IsBoolean()
  mainConsulter?: boolean;
}

export class UpdateFamilyMemberDto extends PartialType(OmitType(CreateFamilyMemberDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
