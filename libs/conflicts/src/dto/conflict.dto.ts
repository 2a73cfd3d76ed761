import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class ConflictSideDto {
  @ApiProperty({
    example: 'German Federal Foreign Office',
    description: 'The source on this side; linked to a normalised source when one matches',
  })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'source must not be blank' })
  source!: string;

  @ApiProperty({ example: 'Blames Damascus, Moscow and Tehran for the suffering of civilians' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'position must not be blank' })
  position!: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Evidence on the claim that this side rests on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each evidenceIds entry must be a UUID' })
  evidenceIds?: string[];
}

export class OpenConflictDto {
  @ApiProperty({ example: 'Berlin and Moscow disagree on who is to blame for the civilian suffering' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'description must not be blank' })
  description!: string;

  @ApiProperty({ type: [ConflictSideDto], description: 'Two or more sides' })
  @IsArray()
  @ArrayMinSize(2, { message: 'a conflict needs at least two sides' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ConflictSideDto)
  sides!: ConflictSideDto[];
}

export class DecideConflictDto {
  @ApiPropertyOptional({ example: 'Both statements are on record; the strike dates differ.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
