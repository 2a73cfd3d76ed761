import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { WebhookSubscriptionEntity, WebhookSubscriptionStatus } from '@factdesk/database';

/** A subscription as admins see it: never a secret, sealed or not. */
export class WebhookSubscriptionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: [String] }) events!: string[];
  @ApiProperty() description!: string;
  @ApiProperty({ description: 'Events arrive in the order they happened; the next waits while one is retried' }) ordered!: boolean;
  @ApiProperty({
    enum: WebhookSubscriptionStatus,
    description:
      'active; paused (by an admin); disabled (410 Gone or failing too long: see disabledReason; resume to retry); deleted (final)',
  })
  status!: WebhookSubscriptionStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Why it was disabled or deleted' }) disabledReason!: string | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) disabledAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'Since when every attempt has failed (null while deliveries succeed)' })
  failingSince!: Date | null;
  @ApiPropertyOptional({
    type: Date,
    nullable: true,
    description: 'After a rotation: until when deliveries are also signed with the previous secret',
  })
  previousSecretExpiresAt!: Date | null;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(subscription: WebhookSubscriptionEntity): WebhookSubscriptionView {
    return {
      id: subscription.id,
      url: subscription.url,
      events: subscription.events,
      description: subscription.description,
      ordered: subscription.ordered,
      status: subscription.status,
      disabledReason: subscription.disabledReason,
      disabledAt: subscription.disabledAt,
      failingSince: subscription.failingSince,
      previousSecretExpiresAt: subscription.previousSecretExpiresAt,
      createdBy: subscription.createdBy,
      createdAt: subscription.createdAt,
      updatedAt: subscription.updatedAt,
    };
  }
}

/** The answer to creating a subscription or rotating its secret: the one time the secret is shown. */
export class WebhookWithSecretView extends WebhookSubscriptionView {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'The signing secret (whsec_ + base64), shown this once: verify webhook-signature with it (Standard Webhooks)',
  })
  secret!: string;
}
