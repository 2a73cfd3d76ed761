import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  webhookId: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { version: number; type: string; timestamp: string; data: Record<string, any> };
  /** Which of the receiver's secrets verified it (standardwebhooks `verify`), by index. */
  verifiedWith: number[];
  at: number;
  /** The status answered (undefined while hanging). */
  status?: number;
}

/** What to answer request number `n` (0-based, over the receiver's life): a status, or 'hang' to never answer. */
export type Responder = (request: Received, n: number) => { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/**
 * A newsroom's endpoint on 127.0.0.1: records every request and checks its signature
 * with the `standardwebhooks` package against each secret it knows.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  secrets: string[] = [];
  respond: Responder = () => ({ status: 204 });
  private readonly hanging: ServerResponse[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(path = '/hooks'): Promise<WebhookReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new WebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => receiver.handle(request, response));
    return receiver;
  }

  /** The requests answered with a 2xx, in arrival order. */
  get accepted(): Received[] {
    return this.received.filter((request) => request.status !== undefined && request.status < 300);
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      };
      const verifiedWith = this.secrets.flatMap((secret, index) => {
        try {
          new Webhook(secret).verify(body, headers);
          return [index];
        } catch {
          return [];
        }
      });
      const received: Received = {
        webhookId: headers['webhook-id'],
        timestamp: headers['webhook-timestamp'],
        signature: headers['webhook-signature'],
        body,
        payload: JSON.parse(body) as Received['payload'],
        verifiedWith,
        at: Date.now(),
      };
      const answer = this.respond(received, this.received.length);
      this.received.push(received);
      if (answer === 'hang') {
        this.hanging.push(response);
        return;
      }
      received.status = answer.status;
      response.writeHead(answer.status, answer.headers).end(answer.body ?? '');
    });
  }
}
