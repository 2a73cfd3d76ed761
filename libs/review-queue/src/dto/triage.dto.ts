import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { MAX_BOOST } from '../priority';

export class ClaimPriorityDto {
  @ApiProperty({ example: 20, description: `Points added to the claim's priority (−${MAX_BOOST}..${MAX_BOOST}); 0 removes a boost` })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-MAX_BOOST)
  @Max(MAX_BOOST)
  boost!: number;
}

export class AssignClaimDto {
  @ApiProperty({ format: 'uuid', description: 'The reviewer who gets the claim next' })
  @IsUUID()
  reviewerId!: string;
}

export class PullClaimDto {
  @ApiProperty({ example: 'Duplicate of a claim already checked' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class ClaimDeskDto {
  @ApiProperty({ example: 'world' })
  @IsString()
  @Length(1, 100)
  @Matches(/\S/, { message: 'desk must not be blank' })
  desk!: string;
}
