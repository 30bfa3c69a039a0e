import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
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
import { AcceptsWholeRecord, IsDateOnly, IsNotFuture, IsTimestamp, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
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
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  staffIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Family members met' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  familyMemberIds?: string[];

  @ApiPropertyOptional({ example: 30 })
  @Nullable()
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
  @Nullable()
  @IsString()
  @MaxLength(10000)
  confidentialNote?: string | null;

  @ApiPropertyOptional({ example: '2026-12-04' })
  @Nullable()
  @IsDateOnly()
  nextContactOn?: string | null;
}

export class CreateInterviewDto extends ContactRecordDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset (default: now)', example: '2026-11-27T16:30:00+09:00' })
  @Optional()
  @IsTimestamp()
  @IsNotFuture()
  heldAt?: string;

  @ApiProperty({ enum: INTERVIEW_METHODS })
  @IsIn(INTERVIEW_METHODS)
  method: InterviewMethod;

  @ApiPropertyOptional({ enum: PARTICIPANTS, isArray: true })
  @Optional()
  @IsArray()
  @ArrayUnique()
  @IsIn(PARTICIPANTS, { each: true })
  participants?: Participant[];

  @ApiPropertyOptional({ type: [String], description: 'Partner agencies whose people took part' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  agencyIds?: string[];
}

@AcceptsWholeRecord()
export class UpdateInterviewDto extends PartialUpdate(OmitType(CreateInterviewDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateOutreachVisitDto extends ContactRecordDto {
  @ApiPropertyOptional({ description: 'ISO 8601 with offset (default: now)' })
  @Optional()
  @IsTimestamp()
  @IsNotFuture()
  visitedAt?: string;

  @ApiProperty({ enum: OUTREACH_OUTCOMES })
  @IsIn(OUTREACH_OUTCOMES)
  outcome: OutreachOutcome;

  @ApiPropertyOptional({ enum: OUTREACH_LOCATIONS })
  @Nullable()
  @IsIn(OUTREACH_LOCATIONS)
  location?: OutreachLocation | null;
}

@AcceptsWholeRecord()
export class UpdateOutreachVisitDto extends PartialUpdate(OmitType(CreateOutreachVisitDto, ['caseId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class CreateProgramDto {
  @ApiProperty({ example: '家族教室(火曜)' })
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: PROGRAM_KINDS })
  @IsIn(PROGRAM_KINDS)
  kind: ProgramKind;

  @ApiPropertyOptional()
  @Nullable()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ description: 'Admin only: the center that runs it (others: their own)' })
  @Optional()
  @IsUUID()
  centerId?: string;
}

@AcceptsWholeRecord()
export class UpdateProgramDto extends PartialUpdate(OmitType(CreateProgramDto, ['centerId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
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
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(200)
  topic?: string | null;

  @ApiPropertyOptional({ example: '精神保健福祉士 佐藤' })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  facilitator?: string | null;
}

@AcceptsWholeRecord()
export class UpdateProgramSessionDto extends PartialUpdate(OmitType(CreateProgramSessionDto, ['programId'] as const)) {
  @ApiPropertyOptional()
  @Optional()
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
  @Nullable()
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
