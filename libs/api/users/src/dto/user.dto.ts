import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { PASSWORD_MIN_LENGTH, ROLES, type Role } from '@tsunagu/contracts';
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

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    writeOnly: true,
    description: 'Without it the API makes a temporary password and answers it once (`temporaryPassword`). At least 12 characters, not the email address, not a common password.',
  })
  @Optional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  password?: string;

  @ApiPropertyOptional({ default: true, description: 'Whether a chosen password must be changed at the first sign-in (always, for a temporary one)' })
  @Optional()
  @IsBoolean()
  mustChangePassword?: boolean;
}

/** Passwords change through the user's own account or an administrator's reset, never here. */
@AcceptsWholeRecord()
export class UpdateUserDto extends PartialUpdate(OmitType(CreateUserDto, ['password', 'mustChangePassword'] as const)) {
  @ApiPropertyOptional({ description: 'The version last read; a different stored version answers 409' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
