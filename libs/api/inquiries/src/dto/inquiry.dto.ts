import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import {
  AGE_BANDS,
  AGENCY_TYPES,
  CALLER_TYPES,
  CHOSEN_INQUIRY_OUTCOMES,
  DURATION_BANDS,
  INQUIRY_CONCERNS,
  INQUIRY_METHODS,
  INQUIRY_OUTCOMES,
  INQUIRY_ROUTES,
  PERSON_SITUATIONS,
  RELATIONSHIPS,
  SEXES,
  type AgeBand,
  type AgencyType,
  type CallerType,
  type DurationBand,
  type InquiryConcern,
  type InquiryMethod,
  type InquiryOutcome,
  type InquiryRoute,
  type PersonSituation,
  type Relationship,
  type Sex,
} from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsNotFuture, IsTimestamp, NotBlank, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateInquiryDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset (default: now)', example: '2026-12-01T10:15:00+09:00' })
  @Optional()
  @IsTimestamp()
  @IsNotFuture()
  receivedAt?: string;

  @ApiProperty({ enum: INQUIRY_METHODS, example: 'phone' })
  @IsIn(INQUIRY_METHODS)
  method: InquiryMethod;

  @ApiPropertyOptional({ example: 20 })
  @Nullable()
  @IsInt()
  @Min(0)
  @Max(1440)
  durationMinutes?: number | null;

  @ApiProperty({ enum: CALLER_TYPES, example: 'family' })
  @IsIn(CALLER_TYPES)
  callerType: CallerType;

  @ApiPropertyOptional({ enum: RELATIONSHIPS, description: 'For a family member: how they are related to the person concerned' })
  @Nullable()
  @IsIn(RELATIONSHIPS)
  callerRelationship?: Relationship | null;

  @ApiPropertyOptional({ enum: AGENCY_TYPES, description: 'For an agency: its type' })
  @Nullable()
  @IsIn(AGENCY_TYPES)
  callerAgencyType?: AgencyType | null;

  @ApiPropertyOptional({ description: 'For an agency in the directory' })
  @Nullable()
  @IsUUID()
  callerAgencyId?: string | null;

  @ApiPropertyOptional({ description: "The caller's name (or give a nickname, or neither: anonymous)", example: '山田 花子' })
  @Nullable()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(100)
  callerName?: string | null;

  @ApiPropertyOptional({ description: '相談上の名前: a name the caller chose', example: 'さくら' })
  @Nullable()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(50)
  nickname?: string | null;

  @ApiPropertyOptional({ description: '相談者番号 the center gave the caller', example: 'A-0123' })
  @Nullable()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(20)
  callerNumber?: string | null;

  @ApiPropertyOptional({ description: "The last four digits of the caller's phone", example: '4821' })
  @Nullable()
  @Matches(/^[0-9]{4}$/, { message: 'phoneLast4 must be four digits' })
  phoneLast4?: string | null;

  @ApiPropertyOptional({ enum: AGE_BANDS })
  @Nullable()
  @IsIn(AGE_BANDS)
  personAgeBand?: AgeBand | null;

  @ApiPropertyOptional({ enum: SEXES })
  @Nullable()
  @IsIn(SEXES)
  personSex?: Sex | null;

  @ApiPropertyOptional({ example: '水戸市' })
  @Nullable()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(100)
  personMunicipality?: string | null;

  @ApiPropertyOptional({ enum: DURATION_BANDS, description: 'How long the person has been withdrawn' })
  @Nullable()
  @IsIn(DURATION_BANDS)
  withdrawnFor?: DurationBand | null;

  @ApiPropertyOptional({ enum: PERSON_SITUATIONS })
  @Nullable()
  @IsIn(PERSON_SITUATIONS)
  personSituation?: PersonSituation | null;

  @ApiPropertyOptional({ enum: INQUIRY_ROUTES, description: '相談経路: how the caller heard of the center' })
  @Nullable()
  @IsIn(INQUIRY_ROUTES)
  route?: InquiryRoute | null;

  @ApiPropertyOptional({ enum: INQUIRY_CONCERNS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(INQUIRY_CONCERNS.length)
  @IsIn(INQUIRY_CONCERNS, { each: true })
  concerns?: InquiryConcern[];

  @ApiProperty({ example: '母より電話。息子(30代)が3年ほど自室から出ない。家族としてどう関わればよいか。' })
  @IsString()
  @MinLength(1)
  @NotBlank()
  @MaxLength(10000)
  summary: string;

  @ApiPropertyOptional({ enum: CHOSEN_INQUIRY_OUTCOMES, description: 'What was done (default: listened and informed)' })
  @Optional()
  @IsIn(CHOSEN_INQUIRY_OUTCOMES)
  outcome?: InquiryOutcome;

  @ApiPropertyOptional({ description: 'When referred: the agency, from the directory' })
  @Nullable()
  @IsUUID()
  referredAgencyId?: string | null;

  @ApiPropertyOptional({ description: 'When referred: the agency by name, when it is not in the directory' })
  @Nullable()
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(200)
  referredAgencyName?: string | null;

  @ApiPropertyOptional({ description: 'Seen only by you and supervisors' })
  @Nullable()
  @IsString()
  @MaxLength(10000)
  confidentialNote?: string | null;

  @ApiPropertyOptional({ description: 'Add to the chain of an earlier contact (default: by caller number, else by nickname, else a new chain)' })
  @Optional()
  @IsUUID()
  chainId?: string;
}

@AcceptsWholeRecord()
export class UpdateInquiryDto extends PartialUpdate(OmitType(CreateInquiryDto, ['chainId', 'outcome'] as const)) {
  /**
   * Any outcome, so that the whole record of a converted contact (outcome `case_opened`) can be sent
   * back unchanged; the service refuses changing to or from `case_opened` (set by ケース化 only).
   */
  @ApiPropertyOptional({ enum: INQUIRY_OUTCOMES, description: 'What was done; case_opened is set by opening a case and stays' })
  @Optional()
  @IsIn(INQUIRY_OUTCOMES)
  outcome?: InquiryOutcome;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** Move a contact into another chain (the same person), or with no chainId into a chain of its own. */
export class ChainInquiryDto {
  @ApiPropertyOptional({ description: 'The chain to join; omit to give the contact a chain of its own' })
  @Nullable()
  @IsUUID()
  chainId?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
