import { Injectable } from '@nestjs/common';
import { EnvironmentVariables } from '@factdesk/config';
import { WebhookSubscriptionEntity } from '@factdesk/database';
import { SecretBox } from './secret-box';
import { generateWebhookSecret } from './signing';

/** Issues, seals and opens subscriptions' signing secrets. The plaintext leaves only in the one response that creates it. */
@Injectable()
export class WebhookSecretsService {
  private readonly box: SecretBox;

  constructor(private readonly env: EnvironmentVariables) {
    this.box = new SecretBox(env.WEBHOOK_SECRET_KEY);
  }

  /** A new secret: the plaintext (to show once) and its sealed form (to store). */
  issue(): { secret: string; sealed: string } {
    const secret = generateWebhookSecret();
    return { secret, sealed: this.box.seal(secret) };
  }

  /** When a secret replaced by a rotation now stops signing. */
  rotationEndsAt(now: Date = new Date()): Date {
    return new Date(now.getTime() + this.env.WEBHOOK_ROTATION_WINDOW_MS);
  }

  /**
   * The secrets to sign a delivery with at `now`: the current one, then the previous one
   * while its rotation window lasts (the `webhook-signature` header carries both).
   */
  signingSecrets(
    subscription: Pick<WebhookSubscriptionEntity, 'secretEncrypted' | 'previousSecretEncrypted' | 'previousSecretExpiresAt'>,
    now: Date = new Date(),
  ): string[] {
    const secrets = [this.box.open(subscription.secretEncrypted)];
    if (subscription.previousSecretEncrypted && subscription.previousSecretExpiresAt && subscription.previousSecretExpiresAt > now) {
      secrets.push(this.box.open(subscription.previousSecretEncrypted));
    }
    return secrets;
  }
}
