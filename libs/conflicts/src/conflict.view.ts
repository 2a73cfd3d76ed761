import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ConflictEntity, ConflictOrigin, ConflictStatus } from '@factdesk/database';

export class ConflictSideView {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The normalised source, when one matched' }) sourceId!: string | null;
  @ApiProperty() sourceName!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The claim this side rests on' }) claimId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The evidence this side rests on' }) evidenceId!: string | null;
  @ApiProperty() position!: string;
  @ApiProperty({ description: 'The evidence this side rested on was deleted: the side no longer stands' }) evidenceWithdrawn!: boolean;
}

export class ConflictView {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'Who says what against whom, for a person to confirm or dismiss' }) description!: string;
  @ApiProperty({ enum: ConflictStatus }) status!: ConflictStatus;
  @ApiProperty({ enum: ConflictOrigin }) origin!: ConflictOrigin;
  @ApiPropertyOptional({ type: String, nullable: true }) articleId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The claim it is about (evidence or hand-opened conflicts)' })
  claimId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) openedBy!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) decidedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ description: 'Evidence a side rested on was deleted since; see recheckNote and the sides' }) evidenceWithdrawn!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'What the re-check after a deletion found' })
  recheckNote!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: [ConflictSideView] }) sides!: ConflictSideView[];

  static of(conflict: ConflictEntity): ConflictView {
    return {
      id: conflict.id,
      description: conflict.description,
      status: conflict.status,
      origin: conflict.origin,
      articleId: conflict.articleId,
      claimId: conflict.claimId,
      openedBy: conflict.openedBy,
      decidedBy: conflict.decidedBy,
      decidedAt: conflict.decidedAt,
      decisionNote: conflict.decisionNote,
      evidenceWithdrawn: conflict.evidenceWithdrawn,
      recheckNote: conflict.recheckNote,
      createdAt: conflict.createdAt,
      sides: (conflict.sides ?? []).map((side) => ({
        sourceId: side.sourceId,
        sourceName: side.sourceName,
        claimId: side.claimId,
        evidenceId: side.evidenceId,
        position: side.position,
        evidenceWithdrawn: side.evidenceWithdrawn,
      })),
    };
  }
}
