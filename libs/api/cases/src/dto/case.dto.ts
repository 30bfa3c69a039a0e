import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  CASE_STATUSES,
  CLIENT_CONTACTS,
  CHOSEN_CLOSURE_REASONS,
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
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, IsYearMonth, NotBlank, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';
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

/** A new case: when it may be someone the center already has, registering it anyway takes a reason. */
export class NewCaseDto extends CreateCaseDto {
  @ApiPropertyOptional({
    description: 'Why this is another person than the possible duplicates the check found (required when there are any)',
    example: '同姓同名の別人（生年月日が異なる）',
  })
  @Optional()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(500)
  duplicateReason?: string;
}

@AcceptsWholeRecord()
export class UpdateCaseDto extends PartialUpdate(OmitType(CreateCaseDto, ['openedOn'] as const)) {
  @ApiPropertyOptional({ enum: CASE_STATUSES })
  @Optional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;

  @ApiPropertyOptional({ enum: CHOSEN_CLOSURE_REASONS, description: 'Required when closing' })
  @Nullable()
  @IsIn(CHOSEN_CLOSURE_REASONS)
  closureReason?: ClosureReason | null;

  @ApiPropertyOptional({ description: 'Why support is paused (required when the status becomes paused)', example: '本人の入院のため' })
  @Optional()
  @IsString()
  @NotBlank()
  @MaxLength(500)
  statusNote?: string;

  @ApiPropertyOptional({ description: 'Closing date (default: today)' })
  @Nullable()
  @IsDateOnly()
  @IsNotFuture()
  closedOn?: string | null;

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

/** A coordinator asks the supervisor to close the case, saying why. */
export class RequestClosureDto {
  @ApiProperty({ enum: CHOSEN_CLOSURE_REASONS })
  @IsIn(CHOSEN_CLOSURE_REASONS)
  reason: ClosureReason;

  @ApiPropertyOptional({ example: '就労継続支援B型の利用が安定し、本人も終結に同意。', nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** The supervisor keeps the case open, with a note back to the coordinator. */
export class DeclineClosureDto {
  @ApiProperty({ example: '家族会への参加が定着するまで、あと3か月は継続してください。' })
  @IsString()
  @NotBlank()
  @MaxLength(2000)
  note: string;
}

/** A supervisor merges a duplicate case into this one. */
export class MergeCaseDto {
  @ApiProperty({ description: 'The duplicate: its records move to this case, and it is closed as a duplicate' })
  @IsUUID()
  duplicateId: string;

  @ApiProperty({ example: '同一人物を2回登録していたため' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  reason: string;
}
