import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RESPONSE_EXCERPT_BYTES, WebhookSender } from './webhook-sender';

describe('WebhookSender', () => {
  let server: Server;
  let port: number;
  let handler: (request: IncomingMessage, response: ServerResponse) => void;
  const seen: Array<{ host?: string; body: string; headers: IncomingMessage['headers'] }> = [];
  const sender = new WebhookSender();
  const loopback = [{ address: '127.0.0.1', family: 4 }];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        seen.push({ host: request.headers.host, body, headers: request.headers });
        handler(request, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await sender.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => (seen.length = 0));

  const send = (host: string, timeoutMs = 2000) =>
    sender.send({
      url: new URL(`http://${host}:${port}/hook`),
      addresses: loopback,
      headers: { 'webhook-id': 'msg_1' },
      body: '{"type":"ping"}',
      timeoutMs,
    });

  it('connects only to the checked address, keeping the host name in the Host header', async () => {
    handler = (_, response) => response.writeHead(204).end();
    // The name does not resolve anywhere: the connection still goes to the checked 127.0.0.1.
    const result = await send('receiver.invalid');
    expect(result).toMatchObject({ statusCode: 204, error: null, excerpt: '' });
    expect(seen[0]).toMatchObject({ host: `receiver.invalid:${port}`, body: '{"type":"ping"}' });
    expect(seen[0]!.headers['webhook-id']).toBe('msg_1');
    expect(seen[0]!.headers['content-type']).toBe('application/json');
  });

  it('keeps at most 4 KB of the response body', async () => {
    handler = (_, response) => response.writeHead(500).end('x'.repeat(1_000_000));
    const result = await send('127.0.0.1');
    expect(result.statusCode).toBe(500);
    expect(result.excerpt).toHaveLength(RESPONSE_EXCERPT_BYTES);
  });

  it('does not follow a redirect', async () => {
    handler = (request, response) =>
      request.url === '/hook' ? response.writeHead(307, { location: '/elsewhere' }).end() : response.writeHead(200).end();
    const result = await send('127.0.0.1');
    expect(result.statusCode).toBe(307);
    expect(seen.map((request) => request.body)).toHaveLength(1);
  });

  it('gives up on a receiver that never answers, within the timeout', async () => {
    handler = () => undefined; // never answers
    const result = await send('127.0.0.1', 200);
    expect(result).toMatchObject({ statusCode: null, error: 'no response within 200 ms', excerpt: null });
    expect(result.latencyMs).toBeLessThan(1500);
  });

  it('passes retry-after on', async () => {
    handler = (_, response) => response.writeHead(429, { 'retry-after': '7' }).end('slow down');
    expect(await send('127.0.0.1')).toMatchObject({ statusCode: 429, retryAfter: '7', excerpt: 'slow down' });
  });

  it('reports a refused connection as an error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await sender.send({
      url: new URL(`http://127.0.0.1:${closedPort}/`),
      addresses: loopback,
      headers: {},
      body: '{}',
      timeoutMs: 1000,
    });
    expect(result.statusCode).toBeNull();
    expect(result.error).toContain('ECONNREFUSED');
  });
});
