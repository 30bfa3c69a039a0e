import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { GOAL_RESULTS, PLAN_ACTORS, PLAN_AGREEMENTS, type GoalResult, type PlanActor, type PlanAgreement } from '@tsunagu/contracts';
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, NotBlank, Nullable, Optional, PartialUpdate } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export class PlanGoalInputDto {
  @ApiPropertyOptional({ description: 'A goal already on the plan keeps its id (and its latest result)' })
  @Optional()
  @IsUUID()
  id?: string;

  @ApiProperty({ description: "The goal in the person's (or the family's) own words", example: '週に一度は外に出て、コンビニに行けるようになりたい' })
  @IsString()
  @NotBlank()
  @MaxLength(1000)
  goal: string;

  @ApiPropertyOptional({ nullable: true, example: '家族と一緒に夜の散歩（週2回）から始める' })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  steps?: string | null;

  @ApiProperty({ enum: PLAN_ACTORS, isArray: true, description: 'Who does what' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PLAN_ACTORS, { each: true })
  actors: PlanActor[];

  @ApiPropertyOptional({ nullable: true, description: 'The partner agency, when an agency takes part' })
  @Nullable()
  @IsUUID()
  agencyId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2027-03-31' })
  @Nullable()
  @IsDateOnly()
  targetOn?: string | null;

  @ApiPropertyOptional({ enum: GOAL_RESULTS, nullable: true, description: 'Read only: set by a review' })
  @Nullable()
  @IsIn(GOAL_RESULTS)
  result?: GoalResult | null;

  @ApiPropertyOptional({ nullable: true, description: 'Read only: set by a review' })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  resultNote?: string | null;
}

export class CreateSupportPlanDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiPropertyOptional({ description: 'Default: today (Japan)' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  agreedOn?: string;

  @ApiProperty({ enum: PLAN_AGREEMENTS })
  @IsIn(PLAN_AGREEMENTS)
  agreedHow: PlanAgreement;

  @ApiProperty({ description: 'When the plan is to be reviewed', example: '2027-06-01' })
  @IsDateOnly()
  reviewOn: string;

  @ApiProperty({ type: [PlanGoalInputDto], example: [{ goal: '週に一度は外に出たい', actors: ['client', 'center'] }] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanGoalInputDto)
  goals: PlanGoalInputDto[];
}

@AcceptsWholeRecord()
export class UpdateSupportPlanDto extends PartialUpdate(OmitType(CreateSupportPlanDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class GoalEvaluationDto {
  @ApiProperty()
  @IsUUID()
  goalId: string;

  @ApiProperty({ enum: GOAL_RESULTS })
  @IsIn(GOAL_RESULTS)
  result: GoalResult;

  @ApiPropertyOptional({ nullable: true, example: '週1回の外出が3か月続いた' })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

/** A review: every goal of the plan evaluated, and the next review day. */
export class ReviewSupportPlanDto {
  @ApiPropertyOptional({ description: 'Default: today (Japan)' })
  @Optional()
  @IsDateOnly()
  @IsNotFuture()
  reviewedOn?: string;

  @ApiProperty({ type: [GoalEvaluationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GoalEvaluationDto)
  evaluations: GoalEvaluationDto[];

  @ApiProperty({ description: 'The next review day', example: '2027-12-01' })
  @IsDateOnly()
  nextReviewOn: string;
}
