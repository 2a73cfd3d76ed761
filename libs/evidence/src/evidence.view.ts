import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EvidenceEntity, EvidenceStance } from '@factdesk/database';

export class EvidenceView {
  @ApiProperty({ format: 'uuid', description: 'This version; an edit makes a new version with a new id' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The link whatever its versions: the id of its first version' }) rootId!: string;
  @ApiProperty({ description: 'From 1; each edit is the next version' }) version!: number;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'When an edit replaced this version (null on the current one)' })
  supersededAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The version that replaced this one' }) supersededById!: string | null;
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
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Who deleted the link' }) deletedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) deletedReason!: string | null;

  static of(evidence: EvidenceEntity): EvidenceView {
    return {
      id: evidence.id,
      rootId: evidence.rootId,
      version: evidence.version,
      supersededAt: evidence.supersededAt,
      supersededById: evidence.supersededById,
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
      deletedBy: evidence.deletedBy,
      deletedReason: evidence.deletedReason,
    };
  }
}
