import { ApiProperty } from '@nestjs/swagger';
import { QueueDepth } from '@factdesk/review-queue';

export class RatingCount {
  @ApiProperty({ example: 'false' }) rating!: string;
  @ApiProperty({ description: 'Claims whose verdict in the range has this rating' }) claims!: number;
}

export class SourceCount {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null: claims with no normalised source' })
  sourceId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'russian-ministry-of-defence' }) slug!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Russian Ministry of Defence' }) name!: string | null;
  @ApiProperty() claims!: number;
}

export class ReviewerCount {
  @ApiProperty({ format: 'uuid', description: 'The verdict’s author' }) reviewerId!: string;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty() claims!: number;
}

export class DurationStats {
  @ApiProperty({ description: 'Claims measured' }) claims!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Median in seconds (percentile_cont 0.5); null without claims' })
  medianSeconds!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '90th percentile in seconds (percentile_cont 0.9)' })
  p90Seconds!: number | null;
}

export class HourFigures {
  @ApiProperty({ type: String, format: 'date-time', description: 'Start of the hour' }) hour!: Date;
  @ApiProperty({ description: 'Claims whose first verdict was submitted in this hour' }) verdicts!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Their median seconds from queueing to that verdict; null without claims' })
  medianSecondsToVerdict!: number | null;
}

export class OpenConflicts {
  @ApiProperty({ description: 'Proposed, waiting for a person' }) proposed!: number;
  @ApiProperty({ description: 'Confirmed: the sources really disagree' }) confirmed!: number;
  @ApiProperty() total!: number;
}

export class QueueNow {
  @ApiProperty({ description: 'Claims waiting (ready) now' }) waiting!: number;
  @ApiProperty({ description: 'Claims held under a lease now' }) leased!: number;
  @ApiProperty({ type: [QueueDepth], description: 'By desk, state and review stage' }) depth!: QueueDepth[];
}

/**
 * Figures for the leads' dashboard. Counts are per claim: each claim once, with the newest
 * verdict version submitted in the range that was not rejected or replaced as a draft.
 */
export class ReportSummary {
  @ApiProperty({ type: String, format: 'date-time' }) from!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) to!: Date;
  @ApiProperty({ nullable: true, type: String }) desk!: string | null;
  @ApiProperty({ description: 'Claims with a verdict submitted in the range' }) verdicts!: number;
  @ApiProperty({ type: [RatingCount], description: 'Most frequent first' }) byRating!: RatingCount[];
  @ApiProperty({ type: [SourceCount], description: "By the normalised source of the claim's speaker, most frequent first" })
  bySource!: SourceCount[];
  @ApiProperty({ type: [ReviewerCount], description: 'By verdict author, most frequent first' }) byReviewer!: ReviewerCount[];
  @ApiProperty({
    type: DurationStats,
    description: 'From queueing to the first submitted verdict, for claims first submitted in the range',
  })
  queuedToVerdict!: DurationStats;
  @ApiProperty({ type: DurationStats, description: 'From queueing to the first publication, for claims first published in the range' })
  queuedToPublication!: DurationStats;
  @ApiProperty({
    type: [HourFigures],
    description: 'The 24 hours up to `to` (oldest first, every hour present): reviews finished per hour and their time to verdict',
  })
  byHour!: HourFigures[];
  @ApiProperty({ type: OpenConflicts, description: 'Open now (not limited to the range)' }) openConflicts!: OpenConflicts;
  @ApiProperty({ type: QueueNow, description: 'The review queue now (not limited to the range)' }) queue!: QueueNow;
}
