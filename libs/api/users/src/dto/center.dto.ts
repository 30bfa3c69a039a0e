import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

export class CreateCenterDto {
  @ApiProperty({ example: '札幌市ひきこもり地域支援センター' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: 'SAP', description: '2 to 10 capital letters or digits; used in case numbers' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, { message: 'code must be 2 to 10 capital letters or digits, starting with a letter' })
  code: string;
}

export class UpdateCenterDto extends PartialType(CreateCenterDto) {
  @ApiPropertyOptional({ description: 'The version last read; a different stored version answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}
