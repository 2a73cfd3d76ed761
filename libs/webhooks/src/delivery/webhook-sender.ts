import type { LookupAddress } from 'node:dns';
import { Agent, errors, request } from 'undici';
import type { AttemptResult } from './retry-policy';

/** How much of a response body is kept for the delivery log; the rest is not read. */
export const RESPONSE_EXCERPT_BYTES = 4096;

/** Agents kept for keep-alive reuse (one per origin and set of checked addresses); the oldest is closed past this. */
const MAX_AGENTS = 256;

export interface WebhookRequest {
  url: URL;
  /** The addresses checkWebhookUrl approved for this attempt: the only ones the connection may go to. */
  addresses: ReadonlyArray<LookupAddress>;
  headers: Record<string, string>;
  body: string;
  /** Bounds connecting, and then waiting for the response's headers and each piece of its body. */
  timeoutMs: number;
}

export interface WebhookResponse extends AttemptResult {
  latencyMs: number;
  /** The first RESPONSE_EXCERPT_BYTES of the body (UTF-8), or null without a response. */
  excerpt: string | null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * POSTs one signed webhook. The connection goes only to the checked addresses: the
 * agent's `lookup` answers with them whatever DNS says now (so a rebinding answer
 * cannot slip in between the check and the connect), while the URL's host name stays
 * the TLS server name and the Host header. Redirects are not followed (undici's
 * `request` never does), and at most RESPONSE_EXCERPT_BYTES of the body are read.
 */
export class WebhookSender {
  private readonly agents = new Map<string, Agent>();

  async send(attempt: WebhookRequest): Promise<WebhookResponse> {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    // The whole exchange, connecting included: undici's own timers are coarse below a second.
    // A timer cleared at the end rather than AbortSignal.timeout, whose timer would outlive
    // every request by the whole timeout (thousands pending at a high rate).
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('The operation timed out', 'TimeoutError')), attempt.timeoutMs);
    try {
      const response = await request(attempt.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Factdesk-Webhooks/1', ...attempt.headers },
        body: attempt.body,
        dispatcher: this.agentFor(attempt),
        signal: abort.signal,
      });
      const excerpt = await readCapped(response.body, RESPONSE_EXCERPT_BYTES);
      const retryAfter = response.headers['retry-after'];
      return {
        statusCode: response.statusCode,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : (retryAfter ?? null),
        error: null,
        latencyMs: latency(),
        excerpt,
      };
    } catch (caught) {
      return { statusCode: null, error: describeError(caught, attempt.timeoutMs), latencyMs: latency(), excerpt: null };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const agents = [...this.agents.values()];
    this.agents.clear();
    await Promise.all(agents.map((agent) => agent.close().catch(() => undefined)));
  }

  private agentFor({ url, addresses, timeoutMs }: WebhookRequest): Agent {
    const key = `${url.origin} ${timeoutMs} ${addresses.map((a) => a.address).join(',')}`;
    const known = this.agents.get(key);
    if (known) return known;
    const pinned = addresses.map(({ address, family }) => ({ address, family }));
    const lookup = (_hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
      if (pinned.length === 0) {
        callback(Object.assign(new Error('no checked address to connect to'), { code: 'ENOTFOUND' }), []);
        return;
      }
      if (options?.all) callback(null, pinned);
      else callback(null, pinned[0]!.address, pinned[0]!.family);
    };
    const agent = new Agent({
      connect: { timeout: timeoutMs, lookup: lookup as never },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    this.agents.set(key, agent);
    if (this.agents.size > MAX_AGENTS) {
      const [oldestKey, oldest] = this.agents.entries().next().value as [string, Agent];
      this.agents.delete(oldestKey);
      void oldest.close().catch(() => undefined);
    }
    return agent;
  }
}

/** Reads at most `limit` bytes of a body and drops the rest (destroying a body that goes on). */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      body.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}

function describeError(caught: unknown, timeoutMs: number): string {
  if (caught instanceof errors.ConnectTimeoutError) return `could not connect within ${timeoutMs} ms`;
  if (caught instanceof errors.HeadersTimeoutError) return `no response within ${timeoutMs} ms`;
  if (caught instanceof errors.BodyTimeoutError) return `the response body stalled for ${timeoutMs} ms`;
  const error = caught as Error & { code?: string; cause?: Error & { code?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no response within ${timeoutMs} ms`;
  const code = error.code ?? error.cause?.code;
  const message = error.cause?.message ?? error.message;
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
