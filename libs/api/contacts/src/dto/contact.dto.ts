import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ATTENDEES,
  INTERVIEW_METHODS,
  OUTREACH_LOCATIONS,
  OUTREACH_OUTCOMES,
  PARTICIPANTS,
  PROGRAM_KINDS,
  type Attendee,
  type InterviewMethod,
  type OutreachLocation,
  type OutreachOutcome,
  type Participant,
  type ProgramKind,
} from '@tsunagu/contracts';
import { IsDateOnly, IsNotFuture } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

class ContactRecordDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiPropertyOptional({ type: [String], description: 'Staff who took part (default: you)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Family members met' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  familyMemberIds?: string[];

  @ApiPropertyOptional({ example: 30 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  durationMinutes?: number | null;

  @ApiProperty({ example: '母より電話。本人は昼夜逆転が続くが、食事は家族と取れている。' })
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  summary: string;

  @ApiPropertyOptional({ description: 'Seen only by you and supervisors' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  confidentialNote?: string | null;

  @ApiPropertyOptional({ example: '2026-12-04' })
  @IsOptional()
  @IsDateOnly()
  nextContactOn?: string | null;
}

export class CreateInterviewDto extends ContactRecordDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset (default: now)', example: '2026-11-27T16:30:00+09:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsNotFuture()
  heldAt?: string;

  @ApiProperty({ enum: INTERVIEW_METHODS })
  @IsIn(INTERVIEW_METHODS)
  method: InterviewMethod;

  @ApiPropertyOptional({ enum: PARTICIPANTS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(PARTICIPANTS, { each: true })
  participants?: Participant[];

  @ApiPropertyOptional({ type: [String], description: 'Partner agencies whose people took part' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agencyIds?: string[];
}

export class UpdateInterviewDto extends PartialType(OmitType(CreateInterviewDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateOutreachVisitDto extends ContactRecordDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset (default: now)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsNotFuture()
  visitedAt?: string;

  @ApiProperty({ enum: OUTREACH_OUTCOMES })
  @IsIn(OUTREACH_OUTCOMES)
  outcome: OutreachOutcome;

  @ApiPropertyOptional({ enum: OUTREACH_LOCATIONS })
  @IsOptional()
  @IsIn(OUTREACH_LOCATIONS)
  location?: OutreachLocation | null;
}

export class UpdateOutreachVisitDto extends PartialType(OmitType(CreateOutreachVisitDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateProgramDto {
  @ApiProperty({ example: '家族教室(火曜)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PROGRAM_KINDS })
  @IsIn(PROGRAM_KINDS)
  kind: ProgramKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Admin only: the center that runs it (others: their own)' })
  @IsOptional()
  @IsUUID()
  centerId?: string;
}

export class UpdateProgramDto extends PartialType(OmitType(CreateProgramDto, ['centerId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateProgramSessionDto {
  @ApiProperty()
  @IsUUID()
  programId: string;

  @ApiProperty({ example: '2026-11-24' })
  @IsDateOnly()
  heldOn: string;

  @ApiPropertyOptional({ example: 'ひきこもりの理解と家族の対応' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string | null;

  @ApiPropertyOptional({ example: '精神保健福祉士 佐藤' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  facilitator?: string | null;
}

export class UpdateProgramSessionDto extends PartialType(OmitType(CreateProgramSessionDto, ['programId'] as const)) {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class AttendanceEntryDto {
  @ApiProperty()
  @IsUUID()
  caseId: string;

  @ApiProperty({ enum: ATTENDEES })
  @IsIn(ATTENDEES)
  attendee: Attendee;

  @ApiPropertyOptional({ description: 'Required when attendee is family' })
  @IsOptional()
  @IsUUID()
  familyMemberId?: string | null;
}

export class CreateAttendanceDto extends AttendanceEntryDto {
  @ApiProperty()
  @IsUUID()
  sessionId: string;
}

/** A whole session's attendance at once (the checklist); entries already recorded are kept as they are. */
export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendanceEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryDto)
  entries: AttendanceEntryDto[];
}
