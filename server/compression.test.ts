import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/test-database';
import { compressAnswers, MIN_COMPRESSED_BYTES } from './compression';

const LARGE = { items: Array.from({ length: 200 }, (_, index) => ({ index, name: `Project number ${index}` })) };
const LARGE_TEXT = JSON.stringify(LARGE);

function testApp() {
  return new Hono()
    .use(compressAnswers())
    .get('/large', (c) => c.json(LARGE))
    .get('/small', (c) => c.json({ ok: true }))
    // As a static file or a proxied answer arrives: with its length already said.
    .get('/large-with-length', (c) =>
      c.body(LARGE_TEXT, 200, { 'Content-Type': 'application/json', 'Content-Length': String(LARGE_TEXT.length) }),
    )
    .get('/with-cookie', (c) => {
      c.header('Set-Cookie', 'a=1; Path=/', { append: true });
      c.header('Set-Cookie', 'b=2; Path=/', { append: true });
      return c.json(LARGE);
    })
    .get('/already-encoded', (c) => c.body(gzipSync(LARGE_TEXT), 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }))
    .get('/binary', (c) => c.body(new Uint8Array(4096), 200, { 'Content-Type': 'application/octet-stream' }))
    .get('/events', (c) => c.body(`data: ${LARGE_TEXT}\n\n`, 200, { 'Content-Type': 'text/event-stream' }))
    .get('/empty', (c) => c.body(null, 204));
}

function decode(body: Buffer, encoding: string | null): string {
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  return body.toString('utf8');
}

async function get(path: string, acceptEncoding?: string) {
  const response = await testApp().request(path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } });
  const body = Buffer.from(await response.arrayBuffer());
  return { response, body, text: decode(body, response.headers.get('content-encoding')) };
}

describe('compressAnswers', () => {
  it('sends brotli to a browser that accepts it, and the same JSON once decoded', async () => {
    const { response, body, text } = await get('/large', 'gzip, deflate, br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(body.byteLength).toBeLessThan(LARGE_TEXT.length);
    expect(text).toBe(LARGE_TEXT);
  });

  it('sends gzip when that is all the client accepts', async () => {
    const { response, text } = await get('/large', 'gzip');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(text).toBe(LARGE_TEXT);
  });

  it('follows the client’s weights', async () => {
    const { response } = await get('/large', 'br;q=0.4, gzip;q=0.9');
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it.each([undefined, 'identity', 'br;q=0, gzip;q=0', 'deflate'])('sends the answer unencoded for Accept-Encoding %j', async (accept) => {
    const { response, body } = await get('/large', accept);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(body.toString('utf8')).toBe(LARGE_TEXT);
  });

  it('does not pass on the plain answer’s length', async () => {
    const { response, body, text } = await get('/large-with-length', 'br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect([null, String(body.byteLength)]).toContain(response.headers.get('content-length'));
    expect(text).toBe(LARGE_TEXT);
  });

  it('leaves small answers unencoded', async () => {
    const { response, text } = await get('/small', 'br, gzip');
    expect(JSON.stringify({ ok: true }).length).toBeLessThan(MIN_COMPRESSED_BYTES);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(text).toBe('{"ok":true}');
  });

  it('does not encode an answer twice, nor one that is not text or is a stream of events', async () => {
    const encoded = await get('/already-encoded', 'br');
    expect(encoded.response.headers.get('content-encoding')).toBe('gzip');
    expect(encoded.text).toBe(LARGE_TEXT);
    const binary = await get('/binary', 'br');
    expect(binary.response.headers.get('content-encoding')).toBeNull();
    expect(binary.body.byteLength).toBe(4096);
    const events = await get('/events', 'br');
    expect(events.response.headers.get('content-encoding')).toBeNull();
    expect(events.text).toBe(`data: ${LARGE_TEXT}\n\n`);
  });

  it('keeps the answer’s status and other headers, each cookie once', async () => {
    const { response, text } = await get('/with-cookie', 'br');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(text).toBe(LARGE_TEXT);
    const empty = await get('/empty', 'br');
    expect(empty.response.status).toBe(204);
    expect(empty.response.headers.get('content-encoding')).toBeNull();
  });
});

describe('the API’s answers', () => {
  it('are compressed when the client accepts it, and read the same', async () => {
    const { app } = await createTestApp();
    const plain = await app.request('/api/projects');
    const compressed = await app.request('/api/projects', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toBe('Accept-Encoding');
    // The API's own headers survive the change of body.
    expect(compressed.headers.get('cache-control')).toBe('no-store');
    expect(compressed.headers.get('x-content-type-options')).toBe('nosniff');
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(MIN_COMPRESSED_BYTES);
    expect(decode(Buffer.from(await compressed.arrayBuffer()), 'br')).toBe(plainText);
  });

  it('leave a small error unencoded', async () => {
    const { app } = await createTestApp();
    const response = await app.request('/api/no-such-thing', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toMatchObject({ error: { status: 404 } });
  });
});

describe('over HTTP', () => {
  let port = 0;
  let close: () => void = () => undefined;

  beforeAll(async () => {
    const server = serve({ fetch: testApp().fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => server.close();
  });
  afterAll(() => {
    close();
  });

  // node:http rather than fetch, which would decode the body and hide what was sent.
  function rawGet(path: string, acceptEncoding: string) {
    return new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const outgoing = httpRequest({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': acceptEncoding } }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => resolve({ headers: incoming.headers, body: Buffer.concat(chunks) }));
        incoming.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  it.each(['/large', '/large-with-length'])('sends %s compressed, with the length of what it sends', async (path) => {
    const { headers, body } = await rawGet(path, 'gzip, deflate, br');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-length']).toBe(String(body.byteLength));
    expect(brotliDecompressSync(body).toString('utf8')).toBe(LARGE_TEXT);
  });
});
