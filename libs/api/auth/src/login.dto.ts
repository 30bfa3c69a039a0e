import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH, SESSION_MODES, type SessionMode } from '@tsunagu/contracts';
import { Optional } from '@tsunagu/api-core';

export class LoginDto {
  @ApiProperty({ example: 'admin@tsunagu.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'tsunagu-demo-2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  @ApiPropertyOptional({
    enum: SESSION_MODES,
    default: 'token',
    description: '`token`: the answer carries a bearer token (API clients). `cookie`: an HttpOnly session cookie and a CSRF token (the web app).',
  })
  @Optional()
  @IsIn(SESSION_MODES)
  session?: SessionMode;
}

export class SecondFactorDto {
  @ApiProperty({ description: 'The challenge answered by POST /auth/login' })
  @IsString()
  @MaxLength(2000)
  challenge: string;

  @ApiProperty({ example: '123456', description: 'A code from the authenticator app, or one of the recovery codes' })
  @IsString()
  @MinLength(6)
  @MaxLength(20)
  code: string;
}

export class ChangePasswordDto {
  @ApiProperty({ writeOnly: true })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ writeOnly: true, minLength: PASSWORD_MIN_LENGTH, description: 'At least 12 characters, not the email address, not a common password' })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(200)
  newPassword: string;
}

export class TwoFactorCodeDto {
  @ApiProperty({ example: '123456', description: 'A code from the authenticator app' })
  @IsString()
  @MinLength(6)
  @MaxLength(6)
  code: string;
}
