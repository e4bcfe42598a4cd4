import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../test/server-process';
import { freshDatabaseLocation, TEST_DIALECT } from '../test/test-database';

// The real server in its own process, stopped as an orchestrator stops it, on either database.

let directory = '';
let child: ServerProcess | undefined;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'graceful-stop-'));
  writeFileSync(join(directory, 'index.html'), '<!doctype html><title>Portfolio</title>');
});

afterEach(async () => {
  if (child !== undefined && child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
  await child?.exited;
  child = undefined;
  rmSync(directory, { recursive: true, force: true });
});

async function startServer(): Promise<ServerProcess> {
  const location = TEST_DIALECT === 'postgres' ? await freshDatabaseLocation('empty') : join(directory, 'portfolio.sqlite');
  child = startServerProcess({ clientDir: directory, env: { DATABASE_URL: location } });
  return child;
}

function open(port: number): Promise<Socket> {
  return new Promise((done, failed) => {
    const socket = connect(port, '127.0.0.1', () => done(socket));
    socket.once('error', failed);
  });
}

/** Everything the server sends until it closes the connection. */
function untilClosed(socket: Socket): Promise<string> {
  return new Promise((done) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.once('close', () => done(received));
  });
}

describe('stopping on SIGTERM', () => {
  it('finishes a request still being sent, closes idle connections, refuses new ones, then exits 0', async () => {
    const server = await startServer();
    const port = await server.port();

    // A browser keeps its connection open after an answer, for the next request.
    const idle = await open(port);
    const idleAnswered = new Promise<void>((done) => idle.once('data', () => done()));
    const idleClosed = untilClosed(idle);
    idle.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    await idleAnswered;
    const body = JSON.stringify({ email: 'nobody@council.gov.uk', password: 'not anyone’s password' });
    const split = 20;

    const socket = await open(port);
    const continued = new Promise<void>((done) => socket.once('data', () => done()));
    socket.write(
      [
        'POST /api/session HTTP/1.1',
        'Host: 127.0.0.1',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        // Node answers this as it hands the request to the app: from then on the request is in progress.
        'Expect: 100-continue',
        '',
        '',
      ].join('\r\n'),
    );
    await continued;
    socket.write(body.slice(0, split));
    const answer = untilClosed(socket);

    server.process.kill('SIGTERM');
    await server.output(/"msg":"stopping/);
    // Closed while the other request is still waiting for its body.
    expect(await idleClosed).toContain('{"status":"ok"}');

    await expect(open(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    socket.write(body.slice(split));
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response).toContain('Enter a correct email address and password');

    expect(await server.exited).toBe(0);
    await server.output(/"msg":"stopped"/);
  }, 60_000);
});
