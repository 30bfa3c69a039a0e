import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** DELETE on a case record voids it: the reason is required and kept with who voided it. */
export class VoidDto {
  @ApiProperty({ example: '重複して登録したため' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}
