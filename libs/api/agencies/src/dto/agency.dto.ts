import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { AGENCY_TYPES, type AgencyType } from '@tsunagu/contracts';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';

export class CreateAgencyDto {
  @ApiProperty({ example: 'みなと市地域若者サポートステーション' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: AGENCY_TYPES })
  @IsIn(AGENCY_TYPES)
  type: AgencyType;

  @ApiPropertyOptional({ description: 'Admin only: the center whose directory it joins (others: their own)' })
  @IsOptional()
  @IsUUID()
  centerId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  contactPerson?: string | null;

  @ApiPropertyOptional({ example: '045-000-0000' })
  @IsOptional()
  @IsString()
  @Matches(/^[0-9+\-() ]{3,30}$/, { message: 'phone must be digits, spaces, +, - or parentheses' })
  phone?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

export class UpdateAgencyDto extends PartialType(OmitType(CreateAgencyDto, ['centerId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
