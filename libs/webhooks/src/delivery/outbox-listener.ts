import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { EnvironmentVariables } from '@factdesk/config';
import { OUTBOX_NOTIFY_CHANNEL } from '@factdesk/database';

/** The longest wait before listening again after the connection failed (the relay's interval covers the gap). */
const MAX_RECONNECT_DELAY_MS = 5000;

/**
 * Tells the worker when outbox rows commit: LISTEN on a connection of its own (outside the
 * pool: it is held for the process's life), fed by the trigger on outbox_events. A
 * notification only says "look now"; what to relay is always read from the table, so a
 * lost notification (the connection dropped, a restart) costs at most one relay interval.
 */
@Injectable()
export class OutboxListener implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxListener.name);
  private client: Client | null = null;
  private reconnect?: NodeJS.Timeout;
  private failures = 0;
  private closed = false;

  constructor(private readonly env: EnvironmentVariables) {}

  /**
   * Calls `onCommit` after each transaction that inserted outbox rows, and once each time
   * listening (re)starts, for the commits it may have missed meanwhile.
   */
  listen(onCommit: () => void): void {
    if (this.closed || this.client) return;
    const client = new Client({
      connectionString: this.env.DATABASE_URL,
      connectionTimeoutMillis: this.env.DATABASE_CONNECT_TIMEOUT_MS,
      application_name: 'factdesk-outbox-listener',
      keepAlive: true,
    });
    this.client = client;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      this.client = null;
      void client.end().catch(() => undefined);
      if (this.closed) return;
      this.failures += 1;
      const delay = Math.min(MAX_RECONNECT_DELAY_MS, this.env.WEBHOOK_RELAY_INTERVAL_MS * this.failures);
      this.logger.warn(`Not listening for outbox commits (${error.message}); trying again in ${delay} ms`);
      this.reconnect = setTimeout(() => this.listen(onCommit), delay);
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('the connection ended')));
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_NOTIFY_CHANNEL) onCommit();
    });
    client
      .connect()
      .then(() => client.query(`LISTEN "${OUTBOX_NOTIFY_CHANNEL}"`))
      .then(() => {
        this.failures = 0;
        onCommit();
      })
      .catch(fail);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
