import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  CLIENT_CONTACTS,
  CLOSURE_REASONS,
  REFERRAL_ROUTES,
  RISK_FLAGS,
  SEXES,
  SUPPORT_STAGES,
  type CaseStatus,
  type ClientContact,
  type ClosureReason,
  type ReferralRoute,
  type RiskFlag,
  type Sex,
  type SupportStage,
} from '@tsunagu/contracts';
import { IsDateOnly, IsNotFuture, IsYearMonth } from '@tsunagu/api-core';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/** Kana reading: hiragana or katakana (full- or half-width), with spaces and the long-vowel mark. */
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s\u3000\uff70\uff9e\uff9f]+$/u;

export class CreateCaseDto {
  @ApiProperty({ example: '田中 翔太' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  clientName: string;

  @ApiPropertyOptional({ example: 'タナカ ショウタ' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(KANA, { message: 'clientNameKana must be written in kana' })
  clientNameKana?: string | null;

  @ApiPropertyOptional({ example: '1984-06-02' })
  @IsOptional()
  @IsDateOnly()
  @IsNotFuture()
  birthDate?: string | null;

  @ApiPropertyOptional({ description: 'When only the year is known', example: 1984 })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @ApiPropertyOptional({ enum: SEXES, default: 'unknown' })
  @IsOptional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({ example: 'みなと市' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string | null;

  @ApiPropertyOptional({ example: '2015-04', description: 'YYYY-MM; no minimum duration is required' })
  @IsOptional()
  @IsYearMonth()
  @IsNotFuture()
  hikikomoriSince?: string | null;

  @ApiPropertyOptional({ description: '主訴' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  chiefConcern?: string | null;

  @ApiPropertyOptional({ enum: REFERRAL_ROUTES })
  @IsOptional()
  @IsIn(REFERRAL_ROUTES)
  referralRoute?: ReferralRoute | null;

  @ApiPropertyOptional({ enum: SUPPORT_STAGES })
  @IsOptional()
  @IsIn(SUPPORT_STAGES)
  supportStage?: SupportStage | null;

  @ApiPropertyOptional({ enum: RISK_FLAGS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(RISK_FLAGS, { each: true })
  riskFlags?: RiskFlag[];

  @ApiPropertyOptional({ enum: CLIENT_CONTACTS, default: 'none', description: 'none: family-only so far' })
  @IsOptional()
  @IsIn(CLIENT_CONTACTS)
  clientContact?: ClientContact;

  @ApiPropertyOptional({ description: 'Whether 本人 knows the family is consulting', nullable: true })
  @IsOptional()
  @IsBoolean()
  clientAware?: boolean | null;

  @ApiPropertyOptional({ description: 'Date of intake (default: today, Japan time)' })
  @IsOptional()
  @IsDateOnly()
  @IsNotFuture()
  openedOn?: string;

  @ApiPropertyOptional({ description: 'Supervisors choose the lead; a coordinator creating a case is its lead' })
  @IsOptional()
  @IsUUID()
  leadCoordinatorId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  secondCoordinatorIds?: string[];
}

export class UpdateCaseDto extends PartialType(OmitType(CreateCaseDto, ['openedOn'] as const)) {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CLOSURE_REASONS, description: 'Required when closing' })
  @IsOptional()
  @IsIn(CLOSURE_REASONS)
  closureReason?: ClosureReason | null;

  @ApiPropertyOptional({ description: 'Closing date (default: today)' })
  @IsOptional()
  @IsDateOnly()
  @IsNotFuture()
  closedOn?: string | null;

  @ApiPropertyOptional({ description: 'A coordinator asks the supervisor to close the case' })
  @IsOptional()
  @IsBoolean()
  closureRequested?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DuplicateQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  kana?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateOnly()
  birthDate?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{4}$/, { message: 'birthYear must be a year (YYYY)' })
  birthYear?: string;
}
