import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_DECISIONS, IMPORT_SHEETS, type ImportDecision, type ImportSheet } from '@tsunagu/contracts';

/** The rows a decision for many applies to: those with errors, or those with an undecided possible duplicate. */
const DECIDABLE = ['error', 'undecided'] as const;
import { AcceptsWholeRecord, Nullable, Optional } from '@tsunagu/api-core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, MaxLength, Min, ValidateNested } from 'class-validator';

export class HeaderMappingDto {
  @ApiProperty({ description: "The file's header, as the batch shows it" })
  @IsString()
  @MaxLength(500)
  header: string;

  @ApiPropertyOptional({ description: 'The column it fills (a field name of the sheet), or null to leave it out', nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(100)
  field?: string | null;
}

export class SheetMappingDto {
  @ApiProperty({ description: 'The sheet of the file (sheet name or CSV file name), as the batch shows it' })
  @IsString()
  @MaxLength(300)
  source: string;

  @ApiProperty({ enum: IMPORT_SHEETS, description: 'Which kind of rows it holds' })
  @IsIn(IMPORT_SHEETS)
  sheet: ImportSheet;

  @ApiProperty({ type: [HeaderMappingDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => HeaderMappingDto)
  headers: HeaderMappingDto[];

  @ApiPropertyOptional({ type: [String], description: 'Read only: as the batch shows it (the whole record may be sent back)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  missing?: string[];

  @ApiPropertyOptional({ description: 'Read only: as the batch shows it' })
  @Optional()
  @IsInt()
  @Min(0)
  rows?: number;
}

/** The mapping step: for each sheet, which column each header fills (the batch's other fields may come along, unchanged). */
@AcceptsWholeRecord()
export class MappingDto {
  @ApiProperty({ type: [SheetMappingDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SheetMappingDto)
  sheets: SheetMappingDto[];
}

/** A supervisor's decision on a row: skip it, import a possible duplicate anyway, or null to undo. */
@AcceptsWholeRecord()
export class DecideRowDto {
  @ApiProperty({ enum: IMPORT_DECISIONS, nullable: true })
  @Nullable()
  @IsIn(IMPORT_DECISIONS)
  decision: ImportDecision | null;
}

/** One decision for every row of an outcome: skip every row with an error, or decide every possible duplicate at once. */
export class DecideManyDto {
  @ApiProperty({ enum: DECIDABLE })
  @IsIn(DECIDABLE)
  outcome: (typeof DECIDABLE)[number];

  @ApiProperty({ enum: IMPORT_DECISIONS, description: '"import" only for possible duplicates (outcome undecided)' })
  @IsIn(IMPORT_DECISIONS)
  decision: ImportDecision;
}
