import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_PASSWORD_COST, TEST_TODAY } from '../../test/test-content';
import { openTestDatabase } from '../../test/test-database';
import { createApp } from '../app';
import { captureLogs } from '../log-capture';
import { MAX_BODY_BYTES } from './body-limit';

// Over a real socket, as @hono/node-server hands requests to the app: a GET there has no body
// object at all, whatever its headers say, which app.request() would not show.

const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function listen() {
  const logs = captureLogs();
  const db = await openTestDatabase('demo');
  const app = createApp({ db, today: () => TEST_TODAY, passwordCost: TEST_PASSWORD_COST, logger: logs.logger });
  const port = await new Promise<number>((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    stops.push(
      () =>
        new Promise((done) => {
          server.close(() => done());
          if ('closeAllConnections' in server) server.closeAllConnections();
        }),
    );
  });
  return { port, logs };
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** The first response on the socket, read as far as its Content-Length (every answer here has one). */
function readResponse(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [statusLine = '', ...lines] = received.subarray(0, end).toString('latin1').split('\r\n');
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      const length = Number(headers.get('content-length') ?? '0');
      if (received.length < end + 4 + length) return;
      socket.off('data', onData);
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: received.subarray(end + 4, end + 4 + length).toString('utf8') });
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('end', () => reject(new Error(`The connection ended before a whole response: ${received.toString('latin1')}`)));
  });
}

async function send(port: number, head: string[], body = ''): Promise<RawResponse> {
  const socket = await open(port);
  const response = readResponse(socket);
  socket.write(`${[...head, 'Host: 127.0.0.1', 'Connection: close'].join('\r\n')}\r\n\r\n${body}`);
  try {
    return await response;
  } finally {
    socket.destroy();
  }
}

const tooLarge = String(MAX_BODY_BYTES + 1);

describe('the body limit', () => {
  it.each(['GET', 'HEAD', 'POST', 'DELETE'])('refuses %s with a Content-Length over 64 KB with 413, before reading it, on any path', async (method) => {
    const { port } = await listen();

    for (const path of ['/api/projects', '/api/session', '/healthz', '/some-page']) {
      const response = await send(port, [`${method} ${path} HTTP/1.1`, `Content-Length: ${tooLarge}`, 'Content-Type: application/json']);
      expect(response.status, `${method} ${path}`).toBe(413);
      if (method !== 'HEAD') expect(JSON.parse(response.body)).toEqual({ error: { status: 413, message: 'The request is too large' } });
    }
  });

  it('refuses a GET or HEAD that carries a chunked body', async () => {
    const { port } = await listen();

    for (const method of ['GET', 'HEAD']) {
      const response = await send(port, [`${method} /api/projects HTTP/1.1`, 'Transfer-Encoding: chunked'], '5\r\nhello\r\n0\r\n\r\n');
      expect(response.status, method).toBe(400);
      if (method === 'GET') expect(JSON.parse(response.body)).toEqual({ error: { status: 400, message: 'A GET request cannot carry a body' } });
    }
  });

  it('counts a chunked body as it arrives and refuses it with 413 once it passes 64 KB', async () => {
    const { port } = await listen();
    const chunk = 'x'.repeat(16 * 1024);
    const chunks = Array.from({ length: 5 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');

    const response = await send(port, ['POST /api/session HTTP/1.1', 'Transfer-Encoding: chunked', 'Content-Type: application/json'], `${chunks}0\r\n\r\n`);

    expect(response.status).toBe(413);
  });

  it('lets ordinary requests through', async () => {
    const { port } = await listen();
    const body = JSON.stringify({ email: 'manager@demo.test', password: 'a wrong password' });

    const read = await send(port, ['GET /api/projects HTTP/1.1']);
    const write = await send(port, ['POST /api/session HTTP/1.1', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`], body);
    const chunked = await send(port, ['POST /api/session HTTP/1.1', 'Content-Type: application/json', 'Transfer-Encoding: chunked'], `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`);

    expect([read.status, write.status, chunked.status]).toEqual([200, 401, 401]);
  });
});

describe('a client that hangs up while sending its body', () => {
  it.each([
    ['with a Content-Length', ['Content-Length: 1000'], '{"email":"manager@demo.test","pass'],
    ['in chunks', ['Transfer-Encoding: chunked'], '10\r\n{"email":"manager'],
  ])('is logged %s as one line at info, with its method, route and request id, and no stack', async (_how, framing, partial) => {
    const { port, logs } = await listen();
    const socket = await open(port);
    const closed = new Promise((resolve) => socket.once('close', resolve));

    const continued = new Promise<void>((resolve) => socket.once('data', () => resolve()));
    // Node answers `Expect: 100-continue` as it hands the request to the app, so the body is then being awaited there.
    socket.write(
      `${['POST /api/session HTTP/1.1', 'Host: 127.0.0.1', 'Content-Type: application/json', 'Expect: 100-continue', 'X-Request-Id: hung-up-1', ...framing].join('\r\n')}\r\n\r\n`,
    );
    await continued;
    await new Promise<void>((resolve) => socket.write(partial, () => resolve()));
    socket.destroy();
    await closed;
    const event = await logs.waitFor((logged) => logged.requestId === 'hung-up-1');

    expect(Object.keys(event)).toEqual(['time', 'level', 'msg', 'method', 'route', 'durationMs', 'requestId']);
    expect(event).toMatchObject({ level: 'info', msg: 'request aborted by the client', method: 'POST', route: '/api/session', requestId: 'hung-up-1' });
    expect(logs.lines).toHaveLength(1);
  });
});
