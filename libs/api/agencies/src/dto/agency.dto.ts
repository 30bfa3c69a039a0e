import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { AGENCY_TYPES, type AgencyType } from '@tsunagu/contracts';
import { IsEmail, IsIn, IsInt, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { AcceptsWholeRecord, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';

export class CreateAgencyDto {
  @ApiProperty({ example: 'みなと市地域若者サポートステーション' })
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  @IsIn(AGENCY_TYPES)
  type: AgencyType;

  @ApiPropertyOptional({ description: 'Admin only: the center whose directory it joins (others: their own)' })
  @Optional()
  @IsUUID()
  centerId?: string;

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  municipality?: string | null;

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  contactPerson?: string | null;

  @ApiPropertyOptional({ example: '045-000-0000' })
  @Nullable()
  @IsString()
  @Matches(/^[0-9+\-() ]{3,30}$/, { message: 'phone must be digits, spaces, +, - or parentheses' })
  phone?: string | null;

  @ApiPropertyOptional()
  @Nullable()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@AcceptsWholeRecord()
export class UpdateAgencyDto extends PartialUpdate(OmitType(CreateAgencyDto, ['centerId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
