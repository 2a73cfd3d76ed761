import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ExtractionReconciler } from '@factdesk/articles';
import { EnvironmentVariables } from '@factdesk/config';

/**
 * Compares PostgreSQL with the queues on start-up and then every
 * RECONCILE_INTERVAL_MS. A timer, not a repeatable BullMQ job, on purpose: it must
 * keep running when Redis has lost every key, scheduled jobs included.
 */
@Injectable()
export class ReconciliationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReconciliationScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly extraction: ExtractionReconciler,
    private readonly env: EnvironmentVariables,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.runOnce(0);
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.runOnce();
    }, this.env.RECONCILE_INTERVAL_MS);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(graceMs?: number): Promise<void> {
    try {
      await this.extraction.reconcile(graceMs);
    } catch (error) {
      this.logger.warn(`Reconciliation failed, will retry: ${(error as Error).message}`);
    } finally {
      this.running = undefined;
    }
  }
}
