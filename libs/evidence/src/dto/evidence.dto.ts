import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { EvidenceStance } from '@factdesk/database';

const HTTP_URL = { protocols: ['http', 'https'], require_protocol: true, require_tld: true };

export class AddEvidenceDto {
  @ApiProperty({ example: 'https://www.reuters.com/article/us-mideast-crisis-syria-aleppo' })
  @IsUrl(HTTP_URL, { message: 'url must be a public http(s) URL' })
  @MaxLength(2048)
  url!: string;

  @ApiProperty({ example: 'Syrian army takes most of east Aleppo' })
  @IsString()
  @Length(1, 500)
  @Matches(/\S/, { message: 'title must not be blank' })
  title!: string;

  @ApiProperty({ example: 'Reuters', description: 'Linked to a normalised source when one matches' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'publisher must not be blank' })
  publisher!: string;

  @ApiProperty({ enum: EvidenceStance })
  @IsEnum(EvidenceStance, { message: `stance must be one of: ${Object.values(EvidenceStance).join(', ')}` })
  stance!: EvidenceStance;

  @ApiPropertyOptional({ example: 'The UN said it had no confirmation of the figures.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  excerpt?: string;

  @ApiPropertyOptional({ example: 'https://web.archive.org/web/2016/https://www.reuters.com/...' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'archivedUrl must be a public http(s) URL' })
  @MaxLength(2048)
  archivedUrl?: string;
}

export class UpdateEvidenceDto extends PartialType(AddEvidenceDto) {}

export class DeleteEvidenceDto {
  @ApiProperty({ example: 'The page was a copy of another source' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
