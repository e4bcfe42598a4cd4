import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env';

/**
 * Serves the built app. Hashed assets are cached for a year; every other path that is not a
 * file gets index.html, so deep links such as /projects/:slug are answered by the app's router.
 */
export function serveClient(app: Hono<AppEnv>, clientDir: string): void {
  const indexHtml = readFileSync(join(clientDir, 'index.html'), 'utf8');
  app.use(
    '/assets/*',
    serveStatic({
      root: clientDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: clientDir }));
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.html(indexHtml);
  });
}
