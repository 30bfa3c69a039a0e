import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFERENCE_KINDS, INFO_CATEGORIES, type ConferenceKind, type InfoCategory } from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, NotBlank, Nullable, Optional, SingleLine } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export class OutsideAttendeeInputDto {
  @ApiProperty({ example: '山本 和子' })
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(100)
  name: string;

  @ApiProperty({ description: 'A partner agency of the center' })
  @IsUUID()
  agencyId: string;

  @ApiPropertyOptional({ nullable: true, example: '就労支援員' })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  role?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'The day the confidentiality pledge (誓約) was signed; required at a statutory 支援会議' })
  @Nullable()
  @IsDateOnly()
  @IsNotFuture()
  pledgedOn?: string | null;
}

export class ConferenceCaseInputDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiPropertyOptional({ description: 'Read only: as the conference shows it (the whole record may be sent back)' })
  @Optional()
  @IsString()
  @MaxLength(30)
  caseNumber?: string;

  @ApiPropertyOptional({ nullable: true, example: '地域若者サポートステーションの見学を本人に提案する。次回は3か月後。' })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  decision?: string | null;
}

export class CreateCaseConferenceDto {
  @ApiPropertyOptional({ description: 'Default: today (Japan)' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  heldOn?: string;

  @ApiProperty({ enum: CONFERENCE_KINDS })
  @IsIn(CONFERENCE_KINDS)
  kind: ConferenceKind;

  @ApiProperty({ example: '令和8年度 第3回 支援会議' })
  @IsString()
  @SingleLine()
  @NotBlank()
  @MaxLength(200)
  title: string;

  @ApiProperty({ type: [ConferenceCaseInputDto], example: [] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ConferenceCaseInputDto)
  cases: ConferenceCaseInputDto[];

  @ApiPropertyOptional({ type: [String], description: 'Users of the center who attended (default: you)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  internalAttendeeIds?: string[];

  @ApiPropertyOptional({ type: [OutsideAttendeeInputDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OutsideAttendeeInputDto)
  outsideAttendees?: OutsideAttendeeInputDto[];

  @ApiPropertyOptional({ enum: INFO_CATEGORIES, isArray: true, description: 'What case information the outside members received (required with outside members)' })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(INFO_CATEGORIES, { each: true })
  categories?: InfoCategory[];

  @ApiPropertyOptional({ nullable: true, example: 'ケース概要票（2部）' })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  papers?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Whether the papers were collected back at the end' })
  @Nullable()
  @IsBoolean()
  papersCollected?: boolean | null;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsDateOnly()
  nextReviewOn?: string | null;
}

/** What changes after the meeting: the decisions per case, the papers, the next review day (who attended and what was shared stays). */
@AcceptsWholeRecord()
export class UpdateCaseConferenceDto {
  @ApiPropertyOptional({ type: [ConferenceCaseInputDto], description: 'Decisions of the cases you see (the cases themselves stay)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ConferenceCaseInputDto)
  cases?: ConferenceCaseInputDto[];

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  papers?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsBoolean()
  papersCollected?: boolean | null;

  @ApiPropertyOptional({ nullable: true })
  @Nullable()
  @IsDateOnly()
  nextReviewOn?: string | null;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
