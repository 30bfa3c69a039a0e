import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { NotBlank } from '../validation/text.validators';

/** DELETE on a case record voids it: the reason is required and kept with who voided it. */
export class VoidDto {
  @ApiProperty({ example: '重複して登録したため' })
  @IsString()
  @NotBlank()
  @MaxLength(500)
  reason: string;
}
