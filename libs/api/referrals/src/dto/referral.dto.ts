import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DISCLOSURE_BASES,
  INFO_CATEGORIES,
  REFERRAL_STATUSES,
  REFERRAL_SUBJECTS,
  type DisclosureBasis,
  type InfoCategory,
  type ReferralStatus,
  type ReferralSubject,
} from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, Nullable, Optional } from '@tsunagu/api-core';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

export class CreateReferralDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty()
  @IsUUID()
  agencyId: string;

  @ApiProperty({ enum: REFERRAL_SUBJECTS })
  @IsIn(REFERRAL_SUBJECTS)
  subject: ReferralSubject;

  @ApiPropertyOptional({ description: 'Required when the subject is a family member' })
  @Nullable()
  @IsUUID()
  familyMemberId?: string | null;

  @ApiProperty({ example: '就労に向けた相談を本人が希望' })
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason: string;

  @ApiPropertyOptional({ default: false, description: '同行: staff go with them' })
  @Optional()
  @IsBoolean()
  accompanied?: boolean;

  @ApiPropertyOptional({ description: 'Default: today' })
  @Optional()
  @IsDateOnly()
  plannedOn?: string;

  @ApiPropertyOptional({ description: 'Staff member responsible (default: you)' })
  @Optional()
  @IsUUID()
  responsibleUserId?: string;
}

@AcceptsWholeRecord()
export class UpdateReferralDto {
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, description: 'Move to the next step of the lifecycle' })
  @Optional()
  @IsIn(REFERRAL_STATUSES)
  status?: ReferralStatus;

  @ApiPropertyOptional({ description: 'Date of the step (default: today)' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  stepOn?: string;

  @ApiPropertyOptional({ enum: DISCLOSURE_BASES, default: 'consent', description: 'When sending: the legal basis' })
  @Optional()
  @IsIn(DISCLOSURE_BASES)
  basis?: DisclosureBasis;

  @ApiPropertyOptional({ description: 'Required for a basis other than consent' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  basisReason?: string;

  @ApiPropertyOptional({ enum: INFO_CATEGORIES, isArray: true, description: 'What is shared (default: what the consent covers)' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(INFO_CATEGORIES, { each: true })
  categories?: InfoCategory[];

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @MaxLength(4000)
  feedback?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(4000)
  reason?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  accompanied?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  responsibleUserId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Information leaving the center outside a referral, e.g. at a case conference. */
export class CreateDisclosureDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty()
  @IsUUID()
  agencyId: string;

  @ApiProperty({ enum: DISCLOSURE_BASES })
  @IsIn(DISCLOSURE_BASES)
  basis: DisclosureBasis;

  @ApiProperty({ enum: INFO_CATEGORIES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(INFO_CATEGORIES, { each: true })
  categories: InfoCategory[];

  @ApiPropertyOptional({ description: 'Required for a basis other than consent' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'Default: today' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  disclosedOn?: string;
}
