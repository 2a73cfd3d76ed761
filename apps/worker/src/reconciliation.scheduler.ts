import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Redis } from 'ioredis';
import { ArticleExtractionService, ExtractionReconciler } from '@factdesk/articles';
import { EnvironmentVariables } from '@factdesk/config';
import { ExportReconciler, ExportRunner } from '@factdesk/exports';
import { REDIS } from '@factdesk/jobs';
import { ReviewQueueReconciler, ReviewQueueService } from '@factdesk/review-queue';
import { OutboxListener, WebhookRelayService } from '@factdesk/webhooks';

interface Loop {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  /** Asked for while a run was going: runs right after it. */
  rerun?: () => Promise<unknown>;
}

/**
 * The worker's timers, each run on start-up and then at its interval (never two runs
 * of one loop at once):
 * - reconciliation (RECONCILE_INTERVAL_MS): PostgreSQL against the extraction, export and review queues;
 *   on start-up it also signs check-worthy claims that have no matching signature;
 * - lease sweep (LEASE_SWEEP_INTERVAL_MS): ends expired leases, and rebuilds the review
 *   queue at once if Redis has lost it;
 * - export expiry (EXPORT_SWEEP_INTERVAL_MS): removes export files past their retention;
 * - webhook relay (WEBHOOK_RELAY_INTERVAL_MS): new outbox rows to deliveries, then wakes
 *   endpoints with due deliveries. Once per interval however many workers run: a Redis
 *   key that lives for most of the interval elects the run, and a PostgreSQL advisory
 *   lock keeps two from overlapping (so it still runs, one at a time, with Redis down).
 *   Besides, every outbox commit (LISTEN/NOTIFY) relays at once, under the same lock: each
 *   worker hears every commit, and one that hears it mid-run runs again right after, so
 *   the worker holding the lock picks the new rows up; the interval is the fallback;
 * - outbox trimming (WEBHOOK_TRIM_INTERVAL_MS): deletes outbox rows past their retention.
 * Timers, not repeatable BullMQ jobs, on purpose: they must keep running when Redis
 * has lost every key, scheduled jobs included.
 */
@Injectable()
export class ReconciliationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ReconciliationScheduler.name);
  private readonly loops: Loop[];
  private readonly relayNow: () => void;
  private stopping = false;

  constructor(
    extraction: ExtractionReconciler,
    articles: ArticleExtractionService,
    reviewQueue: ReviewQueueReconciler,
    leases: ReviewQueueService,
    exports: ExportReconciler,
    exportFiles: ExportRunner,
    relay: WebhookRelayService,
    private readonly outbox: OutboxListener,
    @Inject(REDIS) redis: Redis,
    env: EnvironmentVariables,
  ) {
    const relayTick = `${env.QUEUE_PREFIX}:webhooks:relay-tick`;
    const electedFor = (intervalMs: number) =>
      redis.set(relayTick, String(process.pid), 'PX', Math.max(1, Math.floor(intervalMs * 0.9)), 'NX').then(
        (answer) => answer === 'OK',
        () => true, // Redis away: the advisory lock alone keeps runs apart
      );
    let firstRun = true;
    const relayLoop: Loop = {
      name: 'webhook relay',
      intervalMs: env.WEBHOOK_RELAY_INTERVAL_MS,
      run: async () => {
        if (!(await electedFor(env.WEBHOOK_RELAY_INTERVAL_MS))) return;
        if ((await relay.relay()) === null) return; // another worker is relaying
        await relay.sweep();
      },
    };
    // No election and no sweep on a commit: only its rows are new, and the lock alone keeps runs apart.
    this.relayNow = () => this.wake(relayLoop, () => relay.relay());
    this.loops = [
      {
        name: 'reconciliation',
        intervalMs: env.RECONCILE_INTERVAL_MS,
        run: async () => {
          // On start-up, articles and exports of any age count: nothing else will enqueue them.
          await extraction.reconcile(firstRun ? 0 : undefined);
          await exports.reconcile(firstRun ? 0 : undefined);
          // Claims whose signatures an upgrade dropped (a new SIGNATURE_VERSION) become match candidates again.
          if (firstRun) while ((await articles.signUnsigned()) > 0);
          firstRun = false;
          await reviewQueue.reconcile();
        },
      },
      {
        name: 'lease sweep',
        intervalMs: env.LEASE_SWEEP_INTERVAL_MS,
        run: async () => {
          await leases.expireDue();
          if (await reviewQueue.redisLostQueue()) {
            this.logger.warn('The review queue is missing from Redis; rebuilding it from PostgreSQL');
            await reviewQueue.reconcile();
          }
        },
      },
      { name: 'export expiry', intervalMs: env.EXPORT_SWEEP_INTERVAL_MS, run: () => exportFiles.expireDue() },
      relayLoop,
      {
        name: 'outbox trimming',
        intervalMs: env.WEBHOOK_TRIM_INTERVAL_MS,
        run: async () => {
          const deleted = await relay.trim();
          if (deleted) this.logger.log(`Trimmed ${deleted} outbox events past WEBHOOK_OUTBOX_RETENTION_MS`);
        },
      },
    ];
  }

  onApplicationBootstrap(): void {
    for (const loop of this.loops) {
      this.start(loop);
      loop.timer = setInterval(() => this.start(loop), loop.intervalMs);
    }
    this.outbox.listen(this.relayNow);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    for (const loop of this.loops) clearInterval(loop.timer);
    await Promise.all(this.loops.map((loop) => loop.running));
  }

  /** Runs `run` for the loop now, or right after its current run. */
  private wake(loop: Loop, run: () => Promise<unknown>): void {
    if (loop.running) loop.rerun = run;
    else this.start(loop, run);
  }

  private start(loop: Loop, run: () => Promise<unknown> = loop.run): void {
    if (loop.running || this.stopping) return;
    loop.running = run()
      .then(
        () => undefined,
        (error: Error) => this.logger.warn(`${loop.name} failed, will retry: ${error.message}`),
      )
      .finally(() => {
        loop.running = undefined;
        const rerun = loop.rerun;
        loop.rerun = undefined;
        if (rerun) this.start(loop, rerun);
      });
  }
}
