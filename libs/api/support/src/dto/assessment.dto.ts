import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ASSESSMENT_DOMAINS, ASSESSMENT_SCORE_MAX, ASSESSMENT_SCORE_MIN } from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, Nullable, Optional, PartialUpdate } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export class RatingDto {
  @ApiProperty({ description: `${ASSESSMENT_SCORE_MIN} (serious difficulty) to ${ASSESSMENT_SCORE_MAX} (stable), or null when not yet known`, nullable: true, example: 2 })
  @Nullable()
  @IsInt()
  @Min(ASSESSMENT_SCORE_MIN)
  @Max(ASSESSMENT_SCORE_MAX)
  score: number | null;

  @ApiPropertyOptional({ nullable: true, example: '昼夜逆転。食事は家族と取れている。' })
  @Nullable()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

/** One rating per domain (ASSESSMENT_DOMAINS), each required. */
export class RatingsDto {
  @ApiProperty({ type: RatingDto, description: '健康・こころの健康' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  health: RatingDto;

  @ApiProperty({ type: RatingDto, description: '生活リズム・セルフケア' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  daily_life: RatingDto;

  @ApiProperty({ type: RatingDto, description: '家族関係' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  family: RatingDto;

  @ApiProperty({ type: RatingDto, description: '対人交流・外出' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  social: RatingDto;

  @ApiProperty({ type: RatingDto, description: '就学・就労' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  school_work: RatingDto;

  @ApiProperty({ type: RatingDto, description: '経済状況' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  finances: RatingDto;

  @ApiProperty({ type: RatingDto, description: '世帯の状況（親の年齢・介護）' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  household: RatingDto;

  @ApiProperty({ type: RatingDto, description: '危険・リスク' })
  @IsDefined()
  @ValidateNested()
  @Type(() => RatingDto)
  risk: RatingDto;
}

export class CreateAssessmentDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiPropertyOptional({ description: 'Default: today (Japan)', example: '2026-12-01' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  assessedOn?: string;

  @ApiPropertyOptional({ description: 'Default: you; a coordinator or supervisor of the center' })
  @Optional()
  @IsUUID()
  assessorId?: string;

  @ApiProperty({
    type: RatingsDto,
    example: Object.fromEntries(ASSESSMENT_DOMAINS.map((d) => [d, { score: 3, note: null }])),
  })
  @IsObject()
  @ValidateNested()
  @Type(() => RatingsDto)
  ratings: RatingsDto;

  @ApiPropertyOptional({ nullable: true, description: 'ストレングス: what the person and the family can build on' })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  strengths?: string | null;

  @ApiPropertyOptional({ nullable: true, description: "本人・家族の希望, in their own words" })
  @Nullable()
  @IsString()
  @MaxLength(4000)
  wishes?: string | null;
}

@AcceptsWholeRecord()
export class UpdateAssessmentDto extends PartialUpdate(OmitType(CreateAssessmentDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
