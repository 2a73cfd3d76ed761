import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EvidenceEntity, EvidenceStance } from '@factdesk/database';

export class EvidenceView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) claimId!: string;
  @ApiProperty({ description: 'Normalised' }) url!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) archivedUrl!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty() publisher!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The normalised source the publisher matched' }) sourceId!:
    string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) sourceName!: string | null;
  @ApiProperty({ enum: EvidenceStance }) stance!: EvidenceStance;
  @ApiProperty() excerpt!: string;
  @ApiProperty({ format: 'uuid' }) authorId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) deletedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deletedReason!: string | null;

  static of(evidence: EvidenceEntity): EvidenceView {
    return {
      id: evidence.id,
      claimId: evidence.claimId,
      url: evidence.url,
      archivedUrl: evidence.archivedUrl,
      title: evidence.title,
      publisher: evidence.publisher,
      sourceId: evidence.sourceId,
      sourceName: evidence.source?.name ?? null,
      stance: evidence.stance,
      excerpt: evidence.excerpt,
      authorId: evidence.authorId,
      createdAt: evidence.createdAt,
      updatedAt: evidence.updatedAt,
      deletedAt: evidence.deletedAt,
      deletedReason: evidence.deletedReason,
    };
  }
}
