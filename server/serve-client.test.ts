import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../test/test-content';
import { createSeededDatabase } from '../test/test-database';
import { createApp } from './app';
import type { AppEnv } from './app-env';
import { serveClient } from './serve-client';

const INDEX_HTML = `<!doctype html><html lang="en-GB"><head><title>Local Digital Portfolio</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>`;
const APP_JS = `export const projects = [${Array.from({ length: 100 }, (_, index) => `'project ${index}'`).join(', ')}];`;
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';

/** A build as vite.config.ts leaves it: hashed assets and index.html with .br and .gz copies, public/ files beside them. */
function writeFixtureBuild(dir: string) {
  mkdirSync(join(dir, 'assets'));
  const withVariants = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    // Marked so a test can tell which file was sent.
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(`${content}/*br*/`));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(`${content}/*gz*/`));
  };
  withVariants('index.html', INDEX_HTML);
  withVariants('assets/app-abc123.js', APP_JS);
  writeFileSync(join(dir, 'favicon.svg'), FAVICON);
}

let clientDir = '';
let app: Hono<AppEnv>;

beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'serve-client-'));
  writeFixtureBuild(clientDir);
  app = new Hono<AppEnv>();
  serveClient(app, clientDir);
});

afterAll(() => {
  rmSync(clientDir, { recursive: true, force: true });
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await app.request(path, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  const encoding = response.headers.get('content-encoding');
  const text = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
  return { response, text: text.toString('utf8') };
}

describe('a hashed asset', () => {
  it('is sent as brotli to a browser that accepts it, as JavaScript, cached for good', async () => {
    const { response, text } = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(text).toBe(`${APP_JS}/*br*/`);
  });

  it('is sent as gzip when that is all the browser accepts', async () => {
    const { response, text } = await get('/assets/app-abc123.js', { 'Accept-Encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(text).toBe(`${APP_JS}/*gz*/`);
  });

  it.each([[{}], [{ 'Accept-Encoding': 'identity' }], [{ 'Accept-Encoding': 'br;q=0, gzip;q=0' }]])(
    'is sent as it is otherwise (%j), still saying it varies',
    async (headers) => {
      const { response, text } = await get('/assets/app-abc123.js', headers);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(text).toBe(APP_JS);
    },
  );

  it('is a 404 when it does not exist, never index.html in its place', async () => {
    const { response, text } = await get('/assets/app-old999.js', { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(404);
    expect(text).not.toContain('<html');
  });

  it('is not served as its compressed copy’s own file', async () => {
    expect((await get('/assets/app-abc123.js.br')).response.status).toBe(404);
  });
});

describe('index.html', () => {
  it.each(['/', '/index.html', '/projects/x', '/organisations/rugby-borough-council'])(
    'answers %s, revalidated on every load',
    async (path) => {
      for (const [accept, encoding] of [
        ['gzip, deflate, br', 'br'],
        [undefined, null],
      ] as const) {
        const { response, text } = await get(path, accept === undefined ? {} : { 'Accept-Encoding': accept });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.headers.get('vary')).toBe('Accept-Encoding');
        expect(response.headers.get('content-encoding')).toBe(encoding);
        expect(text).toContain(INDEX_HTML);
      }
    },
  );

  it('is a 304 when the browser’s copy is current, per encoding', async () => {
    const first = await get('/', { 'Accept-Encoding': 'br' });
    const etag = first.response.headers.get('etag');
    expect(etag).not.toBeNull();
    const again = await app.request('/projects/x', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    // The gzip copy is a different representation: the brotli validator does not stand for it.
    const otherEncoding = await app.request('/', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag ?? '' } });
    expect(otherEncoding.status).toBe(200);
  });
});

describe('a file from public/', () => {
  it('is cached for an hour, and sent as it is when it has no compressed copy', async () => {
    const { response, text } = await get('/favicon.svg', { 'Accept-Encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(text).toBe(FAVICON);
  });
});

describe('in the whole app', () => {
  it('leaves /api to the API', async () => {
    const whole = createApp({ db: await createSeededDatabase(), today: () => TEST_TODAY, clientDir });
    const response = await whole.request('/api/no-such-thing', { headers: { 'Accept-Encoding': 'br' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const page = await whole.request('/projects/x');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).not.toBeNull();
  });

  it('answers a project or organisation that is not there with the app’s page and a 404, and one that is with a 200', async () => {
    const whole = createApp({ db: await createSeededDatabase(), today: () => TEST_TODAY, clientDir });
    const statuses: Record<string, number> = {};
    for (const path of [
      '/projects/no-such-project',
      '/projects/digital-waste-service',
      '/projects/digital-waste-service/',
      '/projects/new',
      '/organisations/no-such-council',
      '/organisations/rugby-borough-council',
      '/organisations',
      '/sprint-notes/46',
      '/projects/%E0%A4%A',
    ]) {
      const response = await whole.request(path, { method: 'HEAD' });
      statuses[path] = response.status;
      expect(response.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
    }
    expect(statuses).toEqual({
      '/projects/no-such-project': 404,
      '/projects/digital-waste-service': 200,
      '/projects/digital-waste-service/': 200,
      '/projects/new': 200,
      '/organisations/no-such-council': 404,
      '/organisations/rugby-borough-council': 200,
      '/organisations': 200,
      '/sprint-notes/46': 200,
      '/projects/%E0%A4%A': 404,
    });
    // Still the app, which draws its own not-found page.
    const missing = await whole.request('/projects/no-such-project');
    expect(await missing.text()).toBe(INDEX_HTML);
    // Never a 304 for a 404, whatever the browser holds.
    const etag = (await whole.request('/projects/digital-waste-service')).headers.get('etag') ?? '';
    expect((await whole.request('/projects/no-such-project', { headers: { 'If-None-Match': etag } })).status).toBe(404);
  });

  it('refuses to start without a build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-client-empty-'));
    try {
      expect(() => serveClient(new Hono<AppEnv>(), empty)).toThrow(/no index\.html/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
