import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ROLES, type Role } from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { AcceptsWholeRecord, IsKana, Nullable, Optional, PartialUpdate, SingleLine } from '@tsunagu/api-core';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'sato@example.jp' })
  @Transform(lower)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: '佐藤 美咲' })
  @IsString()
  @SingleLine()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ example: 'さとう みさき', description: 'The reading of the name in kana; lists of people sort by it', nullable: true })
  @Nullable()
  @IsString()
  @SingleLine()
  @MaxLength(100)
  @IsKana()
  nameKana?: string | null;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ description: 'Required for every role but admin; must be empty for admin', nullable: true })
  @ValidateIf((o: CreateUserDto) => o.centerId !== null && o.centerId !== undefined)
  @IsUUID()
  centerId?: string | null;

  @ApiPropertyOptional({ default: true })
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ minLength: 10, writeOnly: true })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;
}

@AcceptsWholeRecord()
export class UpdateUserDto extends PartialUpdate(OmitType(CreateUserDto, ['password'] as const)) {
  @ApiPropertyOptional({ minLength: 10, writeOnly: true, description: 'Sets a new password' })
  @Optional()
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ description: 'The version last read; a different stored version answers 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
