import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, WebhookAttemptEntity, WebhookDeliveryStatus } from '@factdesk/database';
import type { DeliveryWithAttempts } from './webhook-delivery-log.service';

/** `GET /api/webhooks/:id/deliveries?status=&eventType=&limit=&cursor=` */
export class ListDeliveriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;

  @ApiPropertyOptional({ description: 'verdict.published, ..., or ping' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  eventType?: string;
}

export class ReplaySinceDto {
  @ApiProperty({ description: 'Every delivery created at or after this time (ISO 8601) that failed is sent again' })
  @IsISO8601({ strict: true })
  since!: string;
}

export class ReplaySinceView {
  @ApiProperty({ description: 'Failed deliveries queued again' }) queued!: number;
}

export class WebhookAttemptView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() attemptedAt!: Date;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'null when no response came' }) statusCode!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) latencyMs!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The start of the response body' }) responseExcerpt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Timeout, refused address, connection error, ...' })
  error!: string | null;

  static of(attempt: WebhookAttemptEntity): WebhookAttemptView {
    const { id, attemptedAt, statusCode, latencyMs, responseExcerpt, error } = attempt;
    return { id, attemptedAt, statusCode, latencyMs, responseExcerpt, error };
  }
}

export class WebhookDeliveryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The webhook-id header: the same on every attempt and replay' }) webhookId!: string;
  @ApiProperty() eventType!: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The outbox event (null for a ping)' }) outboxEventId!: string | null;
  @ApiProperty({ enum: WebhookDeliveryStatus }) status!: WebhookDeliveryStatus;
  @ApiProperty({ description: 'Attempts in the current run (a replay starts a new run; `attemptLog` keeps them all)' }) attempts!: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) nextAttemptAt!: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) lastStatusCode!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) deliveredAt!: Date | null;
  @ApiProperty({ type: Object, description: 'The exact JSON body sent ({version, type, timestamp, data})' }) payload!: Record<
    string,
    unknown
  >;
  @ApiProperty({ type: [WebhookAttemptView], description: 'Every attempt, oldest first' }) attemptLog!: WebhookAttemptView[];

  static of({ delivery, attempts }: DeliveryWithAttempts): WebhookDeliveryView {
    return {
      id: delivery.id,
      webhookId: delivery.msgId,
      eventType: delivery.eventType,
      outboxEventId: delivery.outboxEventId,
      status: delivery.status,
      attempts: delivery.attempts,
      nextAttemptAt: delivery.nextAttemptAt,
      lastStatusCode: delivery.lastStatusCode,
      lastError: delivery.lastError,
      createdAt: delivery.createdAt,
      deliveredAt: delivery.deliveredAt,
      payload: delivery.payload,
      attemptLog: attempts.map(WebhookAttemptView.of),
    };
  }
}

export class WebhookDeliveryPageView {
  @ApiProperty({ type: [WebhookDeliveryView] }) items!: WebhookDeliveryView[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextCursor!: string | null;
}
