import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_GIVERS,
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  INFO_CATEGORIES,
  type ConsentGiver,
  type ConsentMethod,
  type ConsentPurpose,
  type InfoCategory,
} from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, Nullable, Optional, SingleLine } from '@tsunagu/api-core';
import { ArrayUnique, IsArray, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

export class CreateConsentDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: CONSENT_GIVERS })
  @IsIn(CONSENT_GIVERS)
  givenBy: ConsentGiver;

  @ApiPropertyOptional({ description: 'Required when givenBy is family' })
  @Nullable()
  @IsUUID()
  familyMemberId?: string | null;

  @ApiPropertyOptional({ description: 'The legal representative, when givenBy is representative' })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  representativeName?: string | null;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose: ConsentPurpose;

  @ApiPropertyOptional({ description: 'The agency information may be shared with (required for information_sharing)' })
  @Nullable()
  @IsUUID()
  agencyId?: string | null;

  @ApiPropertyOptional({ enum: INFO_CATEGORIES, isArray: true, description: 'Required for information_sharing' })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(INFO_CATEGORIES, { each: true })
  categories?: InfoCategory[];

  @ApiProperty({ enum: CONSENT_METHODS })
  @IsIn(CONSENT_METHODS)
  method: ConsentMethod;

  @ApiProperty({ example: '2026-11-20' })
  @IsDateOnly()
  @IsNotFuture()
  givenOn: string;

  @ApiPropertyOptional({ description: 'Last day the consent holds' })
  @Nullable()
  @IsDateOnly()
  expiresOn?: string | null;
}

@AcceptsWholeRecord()
export class UpdateConsentDto {
  @ApiPropertyOptional()
  @Nullable()
  @IsDateOnly()
  expiresOn?: string | null;

  @ApiPropertyOptional({ enum: CONSENT_METHODS })
  @Optional()
  @IsIn(CONSENT_METHODS)
  method?: ConsentMethod;

  @ApiPropertyOptional({ enum: INFO_CATEGORIES, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(INFO_CATEGORIES, { each: true })
  categories?: InfoCategory[];

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class WithdrawConsentDto {
  @ApiProperty({ example: '2026-11-27' })
  @IsDateOnly()
  @IsNotFuture()
  withdrawnOn: string;

  @ApiProperty({ example: '本人が希望しなくなったため' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ConsentCoverageQueryDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose: ConsentPurpose;

  @ApiPropertyOptional({ description: 'The day asked about (default: today, Japan time)' })
  @Optional()
  @IsDateOnly()
  on?: string;

  @ApiPropertyOptional({ description: 'Whose consent: client (本人 or representative), family (with familyMemberId), or any' })
  @Optional()
  @IsIn(['client', 'family', 'any'])
  subject?: 'client' | 'family' | 'any';

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  familyMemberId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  agencyId?: string;
}
