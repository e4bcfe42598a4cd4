import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { chooseEncoding, type ContentCoding } from './accept-encoding';
import type { AppEnv } from './app-env';
import { routePreloads } from './route-preloads';

// The build names every file under /assets/ after its content, so a changed file gets a new name.
const HASHED_CACHE = 'public, max-age=31536000, immutable';
// index.html names the current release's assets, so the browser must check it each time it loads
// it; its ETag makes that check a 304 when nothing changed.
const HTML_CACHE = 'no-cache';
// Files copied from public/ (favicon.svg, robots.txt) keep their names from one release to the next:
// an hour spares the repeat requests of a visit, and a changed file still reaches everyone within the hour.
const UNHASHED_CACHE = 'public, max-age=3600';

/** The suffixes the build's precompress step (vite.config.ts) writes beside each file it compresses. */
const VARIANT_SUFFIXES: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

interface ClientFile {
  path: string;
  contentType: string;
  cacheControl: string;
  /** Weak, from size and modification time: the files only change when the app is rebuilt. */
  etag: string;
  /** Precompressed copies of the file. */
  variants: { coding: ContentCoding; path: string }[];
}

function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return HASHED_CACHE;
  return urlPath.endsWith('.html') ? HTML_CACHE : UNHASHED_CACHE;
}

/** Every file of the build by URL path. Only these are served, so no request path can reach outside it. */
function listClientFiles(clientDir: string): Map<string, ClientFile> {
  const onDisk = new Set(
    readdirSync(clientDir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(clientDir, name)).isFile()),
  );
  const variantNames = new Set([...onDisk].filter((name) => Object.values(VARIANT_SUFFIXES).some((suffix) => name.endsWith(suffix))));
  const files = new Map<string, ClientFile>();
  for (const name of onDisk) {
    // The build's manifest (.vite/) is for the server's own use, not something to publish.
    if (variantNames.has(name) || name.startsWith(`.vite${sep}`)) continue;
    const path = join(clientDir, name);
    const stats = statSync(path);
    const urlPath = `/${name.split(sep).join('/')}`;
    const variants = (Object.entries(VARIANT_SUFFIXES) as [ContentCoding, string][])
      .filter(([, suffix]) => onDisk.has(name + suffix))
      .map(([coding, suffix]) => ({ coding, path: path + suffix }));
    files.set(urlPath, {
      path,
      contentType: getMimeType(name) ?? 'application/octet-stream',
      cacheControl: cacheControlFor(urlPath),
      etag: `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}"`,
      variants,
    });
  }
  return files;
}

function matchesIfNoneMatch(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  // If-None-Match compares weakly (RFC 9110 §13.1.2): the W/ prefix does not count.
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

const readBytes = (path: string) => readFile(path);
type Read = (path: string) => ReturnType<typeof readBytes>;

/**
 * Reads each of the build's files from disk once: they change only when the app is rebuilt, which
 * restarts the server, and index.html goes out on every page load. A failed read is not kept.
 */
function readOnce(): Read {
  const contents = new Map<string, ReturnType<typeof readBytes>>();
  return (path) => {
    let content = contents.get(path);
    if (content === undefined) {
      content = readBytes(path);
      content.catch(() => contents.delete(path));
      contents.set(path, content);
    }
    return content;
  };
}

async function send(c: Context<AppEnv>, file: ClientFile, read: Read, status: 200 | 404 = 200): Promise<Response> {
  const coding = chooseEncoding(c.req.header('Accept-Encoding'), file.variants.map((variant) => variant.coding));
  const chosen = file.variants.find((variant) => variant.coding === coding);
  // Each encoding is its own representation, so it needs its own validator.
  const etag = chosen === undefined ? file.etag : file.etag.replace(/"$/, `-${chosen.coding}"`);
  c.header('Content-Type', file.contentType);
  c.header('Cache-Control', file.cacheControl);
  c.header('ETag', etag);
  if (file.variants.length > 0) c.header('Vary', 'Accept-Encoding');
  if (status === 200 && matchesIfNoneMatch(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  if (chosen !== undefined) c.header('Content-Encoding', chosen.coding);
  return c.body(await read(chosen?.path ?? file.path), status);
}

/**
 * Serves the built app: each file precompressed when the browser accepts it, hashed assets cached
 * for a year, index.html always revalidated. Every other path that is not a file gets index.html,
 * so deep links such as /projects/:slug are answered by the app's router, with a 404 status when
 * `pageExists` says the project or organisation it names is not there.
 */
/** Whether the record a page's address names is there; false sends the page with a 404, for crawlers, link checkers and `curl -I`. */
export type PageExists = (path: string) => Promise<boolean>;

export function serveClient(app: Hono<AppEnv>, clientDir: string, pageExists: PageExists = () => Promise.resolve(true)): void {
  const files = listClientFiles(clientDir);
  const preloadsFor = routePreloads(clientDir);
  const read = readOnce();
  const indexHtml = files.get('/index.html');
  if (indexHtml === undefined) throw new Error(`There is no index.html in ${clientDir}: build the app first (npm run build).`);
  app.get('*', async (c) => {
    const file = files.get(c.req.path);
    if (file !== undefined) return send(c, file, read);
    // A missing hashed file is another release's chunk: index.html in its place would fail as a
    // script with a confusing error, where a 404 tells the app that it is out of date.
    if (c.req.path.startsWith('/assets/')) return c.notFound();
    const preloads = preloadsFor(c.req.path);
    if (preloads !== null) c.header('Link', preloads);
    // The app still draws its own not-found page from index.html; the status says so to everything else.
    return send(c, indexHtml, read, (await pageExists(c.req.path)) ? 200 : 404);
  });
}
