// Webhook delivery benchmark: events from the commit of their outbox row to a 2xx at a local receiver, through the
// whole path (relay, queue, signing, POST, attempt log), against plain signed POSTs with undici to the same receiver.
// Run: npm run bench:webhooks   (needs PostgreSQL and Redis as for the tests; creates and drops its own database)
//
// The worker runs as it is deployed: apps/worker/src/main.ts in its own process, on its own database and queue prefix.
// This process writes outbox rows (as the API's transactions do), runs the receiver and the baseline.
// BENCH_WORKER_NODE_ARGS are passed to the worker's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
//
// Throughput: BENCH_EVENTS events to BENCH_ENDPOINTS subscriptions (one receiver path each), written in transactions
// of 100, as fast as PostgreSQL takes them; rate = deliveries that reached the receiver with a 2xx per second, from the
// first commit to the last arrival. Baseline: the same number of signed POSTs (signWebhook, the same body size), one
// sequential loop per endpoint, as ordered delivery allows, with undici on keep-alive connections.
// Latency: BENCH_RATE events per second (one commit each, written when due on one of 8 connections) for
// BENCH_SECONDS to one more subscription; p50/p99 of commit → arrival. The worker runs with the deployment's
// defaults: each outbox commit wakes the relay (LISTEN/NOTIFY), WEBHOOK_RELAY_INTERVAL_MS is only its fallback;
// BENCH_RELAY_INTERVAL_MS sets it for a comparison (printed).
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Pool } from 'pg';
import { Agent, request } from 'undici';
import { EnvironmentVariables } from '@factdesk/config';
import { SecretBox, signWebhook } from '@factdesk/webhooks';
import { benchEnvironment } from '../deployment';
import { dropRunState, fmt, median, stopProcess } from '../support';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RELAY_INTERVAL_MS = process.env.BENCH_RELAY_INTERVAL_MS;
/** Connections writing the steady-rate events, so a slow commit does not hold the next one back. */
const WRITERS = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Arrivals by webhook-id, and a way to wait for a count of them. */
class Receiver {
  readonly arrivals = new Map<string, { at: number; revision: number; path: string }>();
  sampleBody = '';
  private waiting: { count: number; resolve: () => void } | null = null;
  private plainCount = 0;

  constructor(readonly port: number) {}

  static async start(): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new Receiver((server.address() as AddressInfo).port);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => receiver.handle(req, res));
    receiver.close = () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    };
    return receiver;
  }

  close!: () => Promise<void>;

  get plain(): number {
    return this.plainCount;
  }

  until(count: number, timeoutMs: number): Promise<void> {
    if (this.arrivals.size >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${this.arrivals.size} of ${count} deliveries arrived in ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting = {
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now() + performance.timeOrigin;
      res.writeHead(204).end();
      if (req.url === '/plain') {
        this.plainCount += 1;
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      if (!this.sampleBody) this.sampleBody = body;
      const id = String(req.headers['webhook-id']);
      if (!this.arrivals.has(id)) {
        const revision = (JSON.parse(body) as { data: { revised?: { revision: number }; extraction?: { claims: number } } }).data;
        this.arrivals.set(id, { at, revision: revision.revised?.revision ?? revision.extraction?.claims ?? -1, path: req.url ?? '' });
      }
      if (this.waiting && this.arrivals.size >= this.waiting.count) {
        const { resolve } = this.waiting;
        this.waiting = null;
        resolve();
      }
    });
  }
}

const now = () => performance.now() + performance.timeOrigin;

async function plainSignedPosts(receiver: Receiver, secret: string, body: string, count: number, endpoints: number): Promise<number> {
  const agent = new Agent({ connections: endpoints });
  const url = `http://127.0.0.1:${receiver.port}/plain`;
  const perEndpoint = Math.ceil(count / endpoints);
  const started = now();
  await Promise.all(
    Array.from({ length: endpoints }, async (_, endpoint) => {
      for (let i = 0; i < perEndpoint; i += 1) {
        const headers = signWebhook({ msgId: `msg_plain_${endpoint}_${i}`, timestamp: new Date(), body, secrets: [secret] });
        const response = await request(url, {
          method: 'POST',
          dispatcher: agent,
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        await response.body.dump();
        if (response.statusCode >= 300) throw new Error(`plain POST → ${response.statusCode}`);
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  await agent.close();
  return (perEndpoint * endpoints) / seconds;
}

async function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}

async function main(): Promise<void> {
  const receiver = await Receiver.start();
  const { database, prefix, settings } = await benchEnvironment({
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
    ...(RELAY_INTERVAL_MS ? { WEBHOOK_RELAY_INTERVAL_MS: RELAY_INTERVAL_MS } : {}),
  });
  const secretKey = settings.WEBHOOK_SECRET_KEY!;
  const worker = await startWorker(settings);
  const db = new Client({ connectionString: settings.DATABASE_URL });
  await db.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      const [row] = (
        await db.query(`SELECT to_regclass('webhook_deliveries') IS NOT NULL AS ready`).catch(() => ({ rows: [{ ready: false }] }))
      ).rows as Array<{ ready: boolean }>;
      if (row?.ready && (await db.query(`SELECT 1 FROM migrations WHERE name LIKE 'WebhookDeliveryQueue%'`)).rowCount) break;
      if (attempt > 600) throw new Error('the worker did not migrate the database within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const box = new SecretBox(secretKey);
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const [{ id: articleId }] = (
      await db.query(
        `INSERT INTO articles (title, body, content_hash) VALUES ('Bench', 'Officials said 3 convoys crossed.', $1) RETURNING id`,
        [`bench-${Date.now()}`],
      )
    ).rows as Array<{ id: string }>;
    const [{ id: userId }] = (await db.query(`INSERT INTO users (name, role) VALUES ('bench', 'admin') RETURNING id`)).rows as Array<{
      id: string;
    }>;
    const subscribe = async (path: string, events: string[]) =>
      db.query(`INSERT INTO webhook_subscriptions (url, events, secret_encrypted, created_by) VALUES ($1, $2, $3, $4)`, [
        `http://127.0.0.1:${receiver.port}${path}`,
        events,
        box.seal(secret),
        userId,
      ]);
    for (let endpoint = 0; endpoint < ENDPOINTS; endpoint += 1) await subscribe(`/throughput/${endpoint}`, ['article.revised']);
    await subscribe('/latency', ['article.extracted']);

    console.log(
      `webhooks: ${fmt(EVENTS)} events × ${ENDPOINTS} endpoints per round, median of ${ROUNDS} interleaved rounds; worker in its own process, ` +
        `WEBHOOK_RELAY_INTERVAL_MS=${RELAY_INTERVAL_MS ?? `${new EnvironmentVariables().WEBHOOK_RELAY_INTERVAL_MS} (default)`}, LOG_LEVEL=warn`,
    );
    let revision = 0;
    const burst = async (count: number) => {
      const expected = receiver.arrivals.size + count * ENDPOINTS;
      const started = now();
      for (let first = 0; first < count; first += 100) {
        const size = Math.min(100, count - first);
        await db.query(
          `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload)
           SELECT 'article.revised', 'article', $1, jsonb_build_object('revision', $2::int + g) FROM generate_series(1, $3::int) g`,
          [articleId, revision, size],
        );
        revision += size;
      }
      await receiver.until(expected, 300_000);
      return (count * ENDPOINTS) / ((now() - started) / 1000);
    };
    await burst(200); // warm up: JIT, pools, keep-alive connections
    const full: number[] = [];
    const plain: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      plain.push(await plainSignedPosts(receiver, secret, receiver.sampleBody, EVENTS * ENDPOINTS, ENDPOINTS));
      full.push(await burst(EVENTS));
    }
    const fullRate = median(full);
    const plainRate = median(plain);
    console.log(
      `throughput: factdesk ${fmt(fullRate)} deliveries/s (commit → 2xx, relay + queue + signing + POST + log) | ` +
        `plain signed POSTs with undici ${fmt(plainRate)}/s | ratio ${fmt((100 * fullRate) / plainRate, 1)}% (aim: at least 40%)`,
    );

    // Steady rate: one event (one transaction) every 1000/RATE ms, to the latency endpoint, each
    // written when due whether or not the one before has committed yet (as independent API
    // requests are), on WRITERS connections; commit time = when its transaction returned.
    const commits = new Map<number, number>();
    const total = RATE * SECONDS;
    const before = receiver.arrivals.size;
    const writers = new Pool({ connectionString: settings.DATABASE_URL, max: WRITERS });
    const written: Array<Promise<void>> = [];
    const started = now();
    for (let i = 1; i <= total; i += 1) {
      const due = started + (i * 1000) / RATE;
      const wait = due - now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      written.push(
        writers
          .query(
            `INSERT INTO outbox_events (type, aggregate_type, aggregate_id, payload) VALUES ('article.extracted', 'article', $1, $2)`,
            [articleId, { claims: i }],
          )
          .then(() => void commits.set(i, now())),
      );
    }
    await Promise.all(written);
    const achieved = total / ((now() - started) / 1000);
    await writers.end();
    await receiver.until(before + total, 60_000);
    const latencies = [...receiver.arrivals.values()]
      .filter((arrival) => arrival.path === '/latency')
      .map((arrival) => arrival.at - commits.get(arrival.revision)!)
      .sort((a, b) => a - b);
    console.log(
      `latency at ${fmt(achieved)} events/s for ${SECONDS} s: commit → arrival p50 ${fmt(percentile(latencies, 50), 1)} ms, ` +
        `p99 ${fmt(percentile(latencies, 99), 1)} ms, max ${fmt(latencies[latencies.length - 1]!, 1)} ms (aim: p99 under 1000 ms)`,
    );
    // The receiver sees a POST before the worker has logged it: give the last round's log a moment.
    let failed = -1;
    for (let attempt = 0; attempt < 50 && failed !== 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      failed = ((await db.query(`SELECT count(*)::int AS n FROM webhook_deliveries WHERE status <> 'delivered'`)).rows[0] as { n: number })
        .n;
    }
    console.log(`deliveries not delivered at the end: ${failed}`);
  } finally {
    await db.end();
    await stopProcess(worker);
    await receiver.close();
    await dropRunState(prefix, database);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
