import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
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
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, IsYearMonth, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  clientName: string;

  @ApiPropertyOptional({ example: 'タナカ ショウタ' })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  @Matches(KANA, { message: 'clientNameKana must be written in kana' })
  clientNameKana?: string | null;

  @ApiPropertyOptional({ example: '1984-06-02' })
  @Nullable()
  @IsDateOnly()
  @IsNotFuture()
  birthDate?: string | null;

  @ApiPropertyOptional({ description: 'When only the year is known', example: 1984 })
  @Nullable()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number | null;

  @ApiPropertyOptional({ enum: SEXES, default: 'unknown' })
  @Optional()
  @IsIn(SEXES)
  sex?: Sex;

  @ApiPropertyOptional({ example: 'みなと市' })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  municipality?: string | null;

  @ApiPropertyOptional({ example: '2015-04', description: 'YYYY-MM; no minimum duration is required' })
  @Nullable()
  @IsYearMonth()
  @IsNotFuture()
  hikikomoriSince?: string | null;

  @ApiPropertyOptional({ description: '主訴' })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  chiefConcern?: string | null;

  @ApiPropertyOptional({ enum: REFERRAL_ROUTES })
  @Nullable()
  @IsIn(REFERRAL_ROUTES)
  referralRoute?: ReferralRoute | null;

  @ApiPropertyOptional({ enum: SUPPORT_STAGES })
  @Nullable()
  @IsIn(SUPPORT_STAGES)
  supportStage?: SupportStage | null;

  @ApiPropertyOptional({ enum: RISK_FLAGS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(RISK_FLAGS, { each: true })
  riskFlags?: RiskFlag[];

  @ApiPropertyOptional({ enum: CLIENT_CONTACTS, default: 'none', description: 'none: family-only so far' })
  @Optional()
  @IsIn(CLIENT_CONTACTS)
  clientContact?: ClientContact;

  @ApiPropertyOptional({ description: 'Whether 本人 knows the family is consulting', nullable: true })
  @Nullable()
  @IsBoolean()
  clientAware?: boolean | null;

  @ApiPropertyOptional({ description: 'Date of intake (default: today, Japan time)' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  openedOn?: string;

  @ApiPropertyOptional({ description: 'Supervisors choose the lead; a coordinator creating a case is its lead' })
  @Optional()
  @IsUUID()
  leadCoordinatorId?: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  secondCoordinatorIds?: string[];
}

@AcceptsWholeRecord()
export class UpdateCaseDto extends PartialUpdate(OmitType(CreateCaseDto, ['openedOn'] as const)) {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @Optional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CLOSURE_REASONS, description: 'Required when closing' })
  @Nullable()
  @IsIn(CLOSURE_REASONS)
  closureReason?: ClosureReason | null;

  @ApiPropertyOptional({ description: 'Closing date (default: today)' })
  @Nullable()
  @IsDateOnly()
  @IsNotFuture()
  closedOn?: string | null;

  @ApiPropertyOptional({ description: 'A coordinator asks the supervisor to close the case' })
  @Optional()
  @IsBoolean()
  closureRequested?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class DuplicateQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  name?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(100)
  kana?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsDateOnly()
  birthDate?: string;

  @ApiPropertyOptional()
  @Optional()
  @Matches(/^\d{4}$/, { message: 'birthYear must be a year (YYYY)' })
  birthYear?: string;
}
